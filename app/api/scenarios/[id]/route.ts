import { getDatabase } from '@/lib/services/database';
import { guarded, readJsonBody, resultResponse } from '@/lib/services/http';
import { deleteScenario, getScenario, updateScenario } from '@/lib/services/scenarios';

export const dynamic = 'force-dynamic';

type Context = RouteContext<'/api/scenarios/[id]'>;

/** One scenario with its assumptions; 404 if none. */
export function GET(_request: Request, context: Context): Promise<Response> {
  return guarded(async () => {
    const { id } = await context.params;
    const { db } = await getDatabase();
    return resultResponse(await getScenario(db, id));
  });
}

/** Updates a scenario; the body carries the `version` it was read at (409 if stale, 403 for presets). */
export function PUT(request: Request, context: Context): Promise<Response> {
  return guarded(async () => {
    const { id } = await context.params;
    const body = await readJsonBody(request);
    if (!body.ok) return body.response;
    const { db } = await getDatabase();
    return resultResponse(await updateScenario(db, id, body.value));
  });
}

/** Deletes a saved scenario: 204; presets are refused with 403. */
export function DELETE(_request: Request, context: Context): Promise<Response> {
  return guarded(async () => {
    const { id } = await context.params;
    const { db } = await getDatabase();
    const result = await deleteScenario(db, id);
    return result.ok ? new Response(null, { status: 204 }) : resultResponse(result);
  });
}
