import { isNotModified } from '@/lib/services/csv-response';
import { getDatabase } from '@/lib/services/database';
import { guarded, serviceErrorResponse } from '@/lib/services/http';
import { getScenarioResultsJson } from '@/lib/services/reports';

export const dynamic = 'force-dynamic';

type Context = RouteContext<'/api/scenarios/[id]/results'>;

/** Yearly results `{ years, series }` of a saved scenario or preset (ETag; 304 when unchanged); 404 if none. */
export function GET(request: Request, context: Context): Promise<Response> {
  return guarded(async () => {
    const { id } = await context.params;
    const { db } = await getDatabase();
    const result = await getScenarioResultsJson(db, id);
    if (!result.ok) return serviceErrorResponse(result.error);
    const headers = { etag: result.value.etag, 'cache-control': 'no-cache' };
    if (isNotModified(request, result.value.etag)) return new Response(null, { status: 304, headers });
    return new Response(result.value.json, { headers: { ...headers, 'content-type': 'application/json' } });
  }, request);
}
