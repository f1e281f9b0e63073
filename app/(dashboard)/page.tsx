// `/`: the dashboard of the default scenario (the first preset).
import { DashboardRoute } from '@/app/_components/dashboard/dashboard-route';
import { PRESETS } from '@/lib/model/presets';

export const dynamic = 'force-dynamic';

export default async function HomePage(props: PageProps<'/'>) {
  const searchParams = await props.searchParams;
  return <DashboardRoute scenarioId={PRESETS[0]?.id ?? 'reference'} searchParams={searchParams} />;
}
