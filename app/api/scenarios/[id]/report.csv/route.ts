import { csvResponse } from '@/lib/services/csv-response';
import { getDatabase } from '@/lib/services/database';
import { guarded } from '@/lib/services/http';
import { getScenarioReport } from '@/lib/services/reports';

export const dynamic = 'force-dynamic';

type Context = RouteContext<'/api/scenarios/[id]/report.csv'>;

/** The full report as CSV: IAMC wide, or `?format=long` tidy; 400 naming `format`, 404 if no such scenario. */
export function GET(request: Request, context: Context): Promise<Response> {
  return guarded(async () => {
    const { id } = await context.params;
    const format = new URL(request.url).searchParams.get('format');
    const { db } = await getDatabase();
    return csvResponse(await getScenarioReport(db, id, format), request);
  }, request);
}
