// `/scenarios/{id}`: the same dashboard for a saved scenario or a preset.
import type { Metadata } from 'next';
import { DashboardRoute } from '@/app/_components/dashboard/dashboard-route';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Scenario — Bering Link Scenario Dashboard' };

export default async function ScenarioPage(props: PageProps<'/scenarios/[id]'>) {
  const [{ id }, searchParams] = await Promise.all([props.params, props.searchParams]);
  return <DashboardRoute scenarioId={id} searchParams={searchParams} />;
}
