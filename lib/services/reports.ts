// Report use cases: run the engine on unsaved or saved assumptions, and build the CSV reports.
// The one code path behind /api/run, /api/scenarios/{id}/results, report.csv and compare.csv.
import 'server-only';
import type { Database } from '@/db/client';
import { toReportCsv, type CsvLayout, type ScenarioResult } from '@/lib/export/csv';
import { toContentDisposition } from '@/lib/export/filename';
import { withRouteCostSeries } from '@/lib/export/route-cost-series';
import { simulate } from '@/lib/model/simulate';
import type { SimulationResult } from '@/lib/model/types';
import { AssumptionsSchema, toFieldIssues, type FieldIssue } from '@/lib/schemas/assumptions';
import { ReportLayoutSchema } from '@/lib/schemas/report';
import { CompareIdsSchema } from '@/lib/schemas/scenario';
import { getCatalog } from './catalog';
import { cachedText, etagOf, outputKey } from './output-cache';
import { failure, success, type ServiceResult } from './result';
import { getScenario, getScenarios, type ScenarioRecord } from './scenarios';

/** A CSV file ready to send: its text and its Content-Disposition value. */
export interface CsvReport {
  body: string;
  contentDisposition: string;
  /** Strong ETag of the body: the same scenarios at the same versions give the same file. */
  etag: string;
}

/** The layout named by `format`, or the issue naming `format`. */
function parseLayout(format: string | null): { ok: true; value: CsvLayout } | { ok: false; issue: FieldIssue } {
  const parsed = ReportLayoutSchema.safeParse(format ?? undefined);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, issue: { path: 'format', message: parsed.error.issues[0]?.message ?? 'invalid' } };
}

const invalidReport = (issues: FieldIssue[]) => failure<never>({ kind: 'invalid', message: 'invalid report request', issues });

async function simulateRecord(db: Database, record: ScenarioRecord): Promise<SimulationResult> {
  return simulate(await getCatalog(db), record.assumptions);
}

/**
 * Yearly results for unsaved assumptions (the contract object itself, not wrapped); invalid
 * input is an `invalid` failure naming each bad field by its dotted path.
 */
export async function runAssumptions(db: Database, input: unknown): Promise<ServiceResult<SimulationResult>> {
  const parsed = AssumptionsSchema.safeParse(input);
  if (!parsed.success) {
    return failure({ kind: 'invalid', message: 'invalid assumptions', issues: toFieldIssues(parsed.error) });
  }
  return success(simulate(await getCatalog(db), parsed.data));
}

/** A JSON text ready to send, with its strong ETag. */
export interface JsonOutput {
  json: string;
  etag: string;
}

/** Yearly results of a saved scenario or preset as JSON text, computed once per scenario version. */
export async function getScenarioResultsJson(db: Database, id: string): Promise<ServiceResult<JsonOutput>> {
  const record = await getScenario(db, id);
  if (!record.ok) return record;
  const key = outputKey('results', [record.value]);
  const json = await cachedText(key, async () => JSON.stringify(await simulateRecord(db, record.value)));
  return success({ json, etag: etagOf(key) });
}

/**
 * The full CSV report of one scenario: `format` null or "wide" = IAMC, "long" = tidy; any other
 * format is `invalid` naming `format`. File name: the scenario's name (plus "-long").
 */
export async function getScenarioReport(db: Database, id: string, format: string | null): Promise<ServiceResult<CsvReport>> {
  const layout = parseLayout(format);
  if (!layout.ok) return invalidReport([layout.issue]);
  const record = await getScenario(db, id);
  if (!record.ok) return record;
  const key = outputKey(`csv:${layout.value}`, [record.value]);
  const body = await cachedText(key, async () =>
    toReportCsv([{ scenario: record.value.name, result: await simulateRecord(db, record.value) }], layout.value),
  );
  const suffix = layout.value === 'long' ? ' long' : '';
  return success({ body, contentDisposition: toContentDisposition(`${record.value.name}${suffix}`), etag: etagOf(key) });
}

/** Row labels for the compared scenarios: their names, with the id added where names repeat. */
function labelScenarios(records: ScenarioRecord[]): string[] {
  const counts = new Map<string, number>();
  for (const r of records) counts.set(r.name, (counts.get(r.name) ?? 0) + 1);
  return records.map((r) => ((counts.get(r.name) ?? 0) > 1 ? `${r.name} [${r.id}]` : r.name));
}

/**
 * One CSV of 1 to 4 scenarios (`ids` = comma-separated, repeats ignored), in the order given: each
 * scenario's series, then its `Route Cost|…` rows (route costs by component, ADR 048).
 * Bad or missing `ids` (or `format`) is `invalid` naming the parameter; an unknown id is
 * not-found naming it. Years are the union of the scenarios' years.
 */
export async function getComparisonReport(db: Database, ids: string | null, format: string | null): Promise<ServiceResult<CsvReport>> {
  const layout = parseLayout(format);
  const parsedIds = CompareIdsSchema.safeParse(ids ?? '');
  if (!layout.ok || !parsedIds.success) {
    const issues: FieldIssue[] = parsedIds.success
      ? []
      : [{ path: 'ids', message: [...new Set(parsedIds.error.issues.map((i) => i.message))].join('; ') }];
    return invalidReport(layout.ok ? issues : [...issues, layout.issue]);
  }
  const records = await getScenarios(db, [...new Set(parsedIds.data)]);
  if (!records.ok) return records;
  const labels = labelScenarios(records.value);
  // The kind names the route-cost rows, so files cached or tagged before they were added do not match.
  const key = outputKey(`compare+route-costs:${layout.value}`, records.value);
  const body = await cachedText(key, async () => {
    const results: ScenarioResult[] = await Promise.all(
      records.value.map(async (record, i) => ({
        scenario: labels[i] ?? record.name,
        result: withRouteCostSeries(await simulateRecord(db, record)),
      })),
    );
    return toReportCsv(results, layout.value);
  });
  const suffix = layout.value === 'long' ? ' long' : '';
  return success({
    body,
    contentDisposition: toContentDisposition(`compare ${records.value.map((r) => r.id).join(' ')}${suffix}`),
    etag: etagOf(key),
  });
}
