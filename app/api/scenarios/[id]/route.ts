import { getDatabase } from '@/lib/services/database';
import { editorDenial, guarded, readJsonBody, resultResponse } from '@/lib/services/http';
import { deleteScenario, getScenario, updateScenario } from '@/lib/services/scenarios';

export const dynamic = 'force-dynamic';

type Context = RouteContext<'/api/scenarios/[id]'>;

/** One scenario with its assumptions; 404 if none. */
export function GET(request: Request, context: Context): Promise<Response> {
  return guarded(async () => {
    const { id } = await context.params;
    const { db } = await getDatabase();
    return resultResponse(await getScenario(db, id));
  }, request);
}

/** Updates a scenario; the body carries the `version` it was read at (409 if stale, 403 for presets, 401 without an editor). */
export function PUT(request: Request, context: Context): Promise<Response> {
  return guarded(async () => {
    const denied = await editorDenial(request);
    if (denied) return denied;
    const { id } = await context.params;
    const body = await readJsonBody(request);
    if (!body.ok) return body.response;
    const { db } = await getDatabase();
    return resultResponse(await updateScenario(db, id, body.value));
  }, request);
}

/** Deletes a saved scenario: 204; presets are refused with 403; 401 without an editor. */
export function DELETE(request: Request, context: Context): Promise<Response> {
  return guarded(async () => {
    const denied = await editorDenial(request);
    if (denied) return denied;
    const { id } = await context.params;
    const { db } = await getDatabase();
    const result = await deleteScenario(db, id);
    return result.ok ? new Response(null, { status: 204 }) : resultResponse(result);
  }, request);
}
