// Server component shared by `/` and `/scenarios/[id]`: reads the catalog and the scenario
// through lib/services, parses the URL state, and hands plain props to the client dashboard.
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { buildDashboardView, toStartView } from '@/lib/charts/dashboard-start';
import { getCatalog } from '@/lib/services/catalog';
import { getDatabase } from '@/lib/services/database';
import { getScenario, type ScenarioRecord } from '@/lib/services/scenarios';
import type { Assumptions } from '@/lib/model/types';
import { parseUrlState, type SearchParamsInput } from '@/lib/schemas/url-state';
import { pageVariantOf } from '@/lib/security/page-cache-rules';
import { Dashboard } from './dashboard';
import type { DashboardScenario } from './types';

function toDashboardScenario(record: ScenarioRecord): DashboardScenario {
  const { id, name, description, isPreset, version } = record;
  return { id, name, description, isPreset, version, assumptions: record.assumptions as Assumptions };
}

/** The dashboard of scenario `scenarioId` with the state in `searchParams`; 404 if no such scenario. */
export async function DashboardRoute({ scenarioId, searchParams }: { scenarioId: string; searchParams: SearchParamsInput }) {
  const { db } = await getDatabase();
  const [catalog, found] = await Promise.all([getCatalog(db), getScenario(db, scenarioId)]);
  if (!found.ok) notFound();
  const scenario = toDashboardScenario(found.value);
  const { state, ignored } = parseUrlState(searchParams, scenario.assumptions);

  let initialBase: DashboardScenario | null = null;
  if (state.baseId !== null && state.baseId !== scenario.id) {
    const base = await getScenario(db, state.baseId);
    if (base.ok) initialBase = toDashboardScenario(base.value);
    else {
      ignored.push('base');
      state.baseId = null;
    }
  }
  // The first view, built here so the browser hydrates without running the engine (ADR 080).
  const initialView = toStartView(buildDashboardView(catalog, state.assumptions, (initialBase ?? scenario).assumptions, state.view));
  // A phone that says so gets the folded slider groups without their controls (ADR 095).
  const isPhoneClient = pageVariantOf(await headers()) === 'phone';
  // No catalog in the props: the browser fetches it when its engine first runs (ADR 081).
  return (
    <Dashboard
      scenario={scenario}
      initialState={state}
      initialBase={initialBase}
      ignoredParams={ignored}
      initialView={initialView}
      isPhoneClient={isPhoneClient}
    />
  );
}
