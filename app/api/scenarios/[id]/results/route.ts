import { getDatabase } from '@/lib/services/database';
import { guarded, resultResponse } from '@/lib/services/http';
import { getScenarioResults } from '@/lib/services/reports';

export const dynamic = 'force-dynamic';

type Context = RouteContext<'/api/scenarios/[id]/results'>;

/** Yearly results `{ years, series }` of a saved scenario or preset; 404 if none. */
export function GET(request: Request, context: Context): Promise<Response> {
  return guarded(async () => {
    const { id } = await context.params;
    const { db } = await getDatabase();
    return resultResponse(await getScenarioResults(db, id));
  }, request);
}
