// The headline figures as a definition list; texts come ready from lib/charts.
import { memo } from 'react';
import type { HeadlineFigure } from '@/lib/charts/headline-figures';
import styles from './dashboard.module.css';

function HeadlineFiguresInner({ figures }: { figures: HeadlineFigure[] }) {
  return (
    <section aria-labelledby="headline-title" className={styles.headlineSection}>
      <h2 id="headline-title" className="visually-hidden">
        Headline figures
      </h2>
      <dl className={styles.headline}>
        {figures.map((f) => (
          <div key={f.id} className={styles.figure} data-figure={f.id}>
            <dt>{f.label}</dt>
            <dd>
              <span className={styles.figureValue} data-value>
                {f.value}
              </span>
              {f.details.map((d) => (
                <span key={d} className={styles.figureSmall}>
                  {d}
                  <br />
                </span>
              ))}
              <span className={styles.delta}>{f.delta}</span>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export const HeadlineFigures = memo(HeadlineFiguresInner);
