// /methodology: a table of contents, the engine in words and every default with its source,
// generated from the data the engine uses (the catalog from the database, the assumption field
// table and the engine defaults from lib/model). No code paths or file names on the page: people
// read it, and the dashboard's info buttons link to its assumption rows.
import type { Metadata } from 'next';
import { FIELD_GROUPS } from '@/lib/model/assumption-fields';
import { groupAnchor } from '@/lib/methodology/assumption-rows';
import { getCatalog } from '@/lib/services/catalog';
import { getDatabase } from '@/lib/services/database';
import { DefaultAssumptionTables } from './_components/assumption-table';
import { BasinTable, IceTable, LegTable, RouteTable } from './_components/catalog-tables';
import { EngineDefaultsTable } from './_components/engine-defaults-table';
import { EngineSteps } from './_components/engine-steps';
import { NetworkTable } from './_components/network-table';
import { AssumptionBadge } from './_components/data-table';
import styles from './methodology.module.css';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Methodology · Bering Link Scenario Dashboard' };

export default async function MethodologyPage() {
  const { db } = await getDatabase();
  const catalog = await getCatalog(db);
  return (
    <main className={styles.page} id="main">
      <h1>Methodology</h1>
      <p className={styles.lead}>
        How the scenario engine turns assumptions into yearly results, and where every default number comes from. A number marked{' '}
        <AssumptionBadge /> is the modeller’s choice where no published figure was found; change it through the scenario sliders or the
        catalog, and read the reasoning in the project’s decision records.
      </p>

      <nav className={styles.toc} aria-labelledby="contents">
        <h2 id="contents">Contents</h2>
        <ol>
          <li>
            <a href="#steps">What the engine does each year</a>
          </li>
          <li>
            <a href="#assumptions">Default scenario assumptions</a>
            <ol>
              {FIELD_GROUPS.map((group) => (
                <li key={group}>
                  <a href={`#${groupAnchor(group)}`}>{group}</a>
                </li>
              ))}
            </ol>
          </li>
          <li>
            <a href="#engine">Engine parameters</a>
          </li>
          <li>
            <a href="#network">Corridor network</a>
          </li>
          <li>
            <a href="#catalog">Reference catalog</a>
          </li>
        </ol>
      </nav>

      <section className={styles.section} aria-labelledby="steps">
        <h2 id="steps">What the engine does each year</h2>
        <EngineSteps />
      </section>

      <section className={styles.section} aria-labelledby="assumptions">
        <h2 id="assumptions">Default scenario assumptions</h2>
        <p className={styles.lead}>
          The values the dashboard starts from, grouped like its sliders. “Range accepted” is what a scenario may hold; “stated uncertainty”
          is the spread the figure plausibly has (lowest, most likely and highest value) and where that spread comes from.
        </p>
        <DefaultAssumptionTables />
      </section>

      <section className={styles.section} aria-labelledby="engine">
        <h2 id="engine">Engine parameters</h2>
        <EngineDefaultsTable />
      </section>

      <section className={styles.section} aria-labelledby="network">
        <h2 id="network">Corridor network</h2>
        <p className={styles.lead}>
          Every route leg in the catalog below is a path over these segments: its sea, rail and new-rail distances are the sums along the
          path, and a leg crosses the strait only if its path uses the tunnel. Segments a source does not give are great circles between the
          places’ coordinates, figures derived from a cited voyage, or marked as assumptions.
        </p>
        <NetworkTable />
      </section>

      <section className={styles.section} aria-labelledby="catalog">
        <h2 id="catalog">Reference catalog</h2>
        <BasinTable basins={catalog.basins} />
        <RouteTable routes={catalog.routes} />
        <LegTable routes={catalog.routes} />
        <IceTable observations={catalog.iceObservations} />
      </section>
    </main>
  );
}
