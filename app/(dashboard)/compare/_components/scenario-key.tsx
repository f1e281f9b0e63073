// Server component: the compared scenarios with their colours (the key shared by every chart
// and table on /compare).
import Link from 'next/link';
import { LineSwatch } from '@/app/_components/charts/line-swatch';
import { scenarioColor, scenarioDash } from '@/lib/compare/overlay';
import styles from './compare.module.css';

/** A compared scenario as the page shows it. */
export interface CompareScenario {
  id: string;
  name: string;
  isPreset: boolean;
}

/** The line swatch of the scenario at `index`. */
export function ScenarioSwatch({ index }: { index: number }) {
  return <LineSwatch color={scenarioColor(index)} dash={scenarioDash(index)} />;
}

/** The list of compared scenarios, each linked to its dashboard. */
export function ScenarioKey({ scenarios }: { scenarios: CompareScenario[] }) {
  return (
    <ol className={styles.key} aria-label="Compared scenarios">
      {scenarios.map((s, i) => (
        <li key={s.id} data-scenario-id={s.id}>
          <ScenarioSwatch index={i} />
          <Link href={`/scenarios/${encodeURIComponent(s.id)}`}>{s.name}</Link>
          {s.isPreset ? <span className={styles.badge}>preset</span> : null}
        </li>
      ))}
    </ol>
  );
}
