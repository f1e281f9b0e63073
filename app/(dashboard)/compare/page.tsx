// /compare?ids=a,b,…: one to four scenarios overlaid on the same charts, their headline figures
// and the assumptions that differ, and the comparison as CSV. The scenarios are picked on the page
// (the picker rewrites `ids`). The engine runs here on the server; client components get plain rows.
import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { listDestinations } from '@/lib/charts/dashboard-charts';
import { summarize, summaryOptions } from '@/lib/model/summarize';
import { listAssumptionDifferences } from '@/lib/compare/assumption-differences';
import { buildCompareCharts } from '@/lib/compare/compare-charts';
import { toCompareRouteCostData } from '@/lib/compare/route-costs';
import type { PickableScenario } from '@/lib/compare/picker';
import { listHeadlineDifferences } from '@/lib/compare/headline-differences';
import { toHeadlineFigures } from '@/lib/compare/headline-figures';
import { simulate } from '@/lib/model/simulate';
import { CompareIdsSchema, MAX_COMPARED_SCENARIOS, ScenarioIdSchema } from '@/lib/schemas/scenario';
import { getCatalog } from '@/lib/services/catalog';
import { getDatabase } from '@/lib/services/database';
import { getScenario, listScenarios } from '@/lib/services/scenarios';
import { CompareCharts } from './_components/compare-charts';
import { CompareRouteCosts } from './_components/compare-route-costs';
import { AssumptionTable, HeadlineTable } from './_components/difference-tables';
import { ComparePicker } from './_components/compare-picker';
import styles from './_components/compare.module.css';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Compare scenarios · Bering Link Scenario Dashboard' };

/** Year of the "cost per tonne, tunnel vs sea" headline: the dashboard's default (ADR 051). */
const COST_YEAR = 2050;

/** The most scenarios one comparison shows (CompareIdsSchema). */
const MAX_COMPARED = MAX_COMPARED_SCENARIOS;

/** What the picker needs of every scenario (no descriptions sent to the browser). */
async function listPickable(db: Parameters<typeof listScenarios>[0]): Promise<PickableScenario[]> {
  return (await listScenarios(db)).map(({ id, name, isPreset }) => ({ id, name, isPreset }));
}

function Problem({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main className={styles.page} id="main">
      <div className={styles.problem}>
        <h1>{title}</h1>
        {children}
        <p>
          <Link href="/scenarios">Choose scenarios to compare</Link>
        </p>
      </div>
    </main>
  );
}

/** Why a comparison link is unusable, in a sentence. */
function describeBadIds(ids: string[]): string {
  if (ids.length === 0) return 'The link names no scenarios.';
  if (ids.length > MAX_COMPARED) return `The link names ${ids.length} scenarios, but at most ${MAX_COMPARED} can be compared side by side.`;
  const bad = ids.find((id) => !ScenarioIdSchema.safeParse(id).success);
  return bad === undefined
    ? 'The link is not a valid list of scenario ids.'
    : `“${bad}” is not a scenario id: ids are letters, digits and dashes.`;
}

export default async function ComparePage(props: PageProps<'/compare'>) {
  const { ids: rawIds } = await props.searchParams;
  const idsText = Array.isArray(rawIds) ? rawIds.join(',') : (rawIds ?? '');
  if (idsText.trim() === '') {
    const { db } = await getDatabase();
    return (
      <main className={styles.page} id="main">
        <h1 className={styles.title}>Compare scenarios</h1>
        <p>
          Add two to four scenarios below (or tick them on the <Link href="/scenarios">Scenarios page</Link>): their charts are drawn over
          each other, with a table of the headline figures and of the assumptions that differ.
        </p>
        <ComparePicker scenarios={await listPickable(db)} compared={[]} />
      </main>
    );
  }
  const parsed = CompareIdsSchema.safeParse(idsText);
  if (!parsed.success) {
    const asked = idsText
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    return (
      <Problem title="These scenarios cannot be compared">
        <p>{describeBadIds(asked)}</p>
      </Problem>
    );
  }
  const ids = [...new Set(parsed.data)];

  const { db } = await getDatabase();
  const [found, all] = await Promise.all([Promise.all(ids.map((id) => getScenario(db, id))), listPickable(db)]);
  const records = found.flatMap((r) => (r.ok ? [r.value] : []));
  const missing = ids.filter((_, i) => !found[i]?.ok);
  if (missing.length > 0) {
    return (
      <Problem title="Scenario not found">
        <p>
          {missing.length === 1 ? 'No scenario has the id ' : 'No scenarios have the ids '}
          {missing.map((id, i) => (
            <span key={id}>
              {i > 0 ? ', ' : ''}“<code>{id}</code>”
            </span>
          ))}
          . It may have been deleted, or the link was mistyped.
        </p>
      </Problem>
    );
  }

  const catalog = await getCatalog(db);
  const tunnelRoute = catalog.routes.find((r) => r.isLink)?.name ?? null;
  const compared = records.map((r) => ({ id: r.id, name: r.name, result: simulate(catalog, r.assumptions) }));
  const firstResult = compared[0]?.result;
  const destinations = firstResult ? listDestinations(firstResult) : [];
  // The dashboard's default destination (its first), so both pages show the same figures.
  const destination = destinations[0] ?? '';

  const charts = buildCompareCharts(compared, tunnelRoute);
  const routeCosts = toCompareRouteCostData(compared);
  const headlineRows = listHeadlineDifferences(
    records.map((record, i) => {
      const headline = summarize(
        compared[i]!.result,
        summaryOptions(record.assumptions, { tunnelRoute: tunnelRoute ?? '', destination, costYear: COST_YEAR }),
      );
      return toHeadlineFigures(headline, destination);
    }),
  );
  const assumptionRows = listAssumptionDifferences(records.map((r) => r.assumptions));
  const scenarios = records.map((r) => ({ id: r.id, name: r.name, isPreset: r.isPreset }));
  const csvHref = `/api/compare.csv?ids=${ids.map(encodeURIComponent).join(',')}`;

  return (
    <main className={styles.page} id="main">
      <h1 className={styles.title}>Compare scenarios</h1>
      <div className={styles.toolbar}>
        <ComparePicker scenarios={all} compared={scenarios} />
        <a className={styles.download} href={csvHref} download>
          Download comparison (CSV)
        </a>
      </div>
      <CompareCharts data={charts} routeCosts={<CompareRouteCosts data={routeCosts} />} />
      <HeadlineTable scenarios={scenarios} rows={headlineRows} />
      <AssumptionTable scenarios={scenarios} rows={assumptionRows} />
    </main>
  );
}
