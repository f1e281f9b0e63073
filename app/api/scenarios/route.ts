import { getDatabase } from '@/lib/services/database';
import { editorDenial, guarded, readJsonBody, resultResponse } from '@/lib/services/http';
import { createScenario, listScenarios } from '@/lib/services/scenarios';

export const dynamic = 'force-dynamic';

/** All scenarios: presets first, then saved ones, newest first. */
export function GET(request: Request): Promise<Response> {
  return guarded(async () => {
    const { db } = await getDatabase();
    return Response.json(await listScenarios(db));
  }, request);
}

/** Creates a scenario from `{ name, description?, assumptions }`: 201, 400 naming each bad field, 401 without an editor. */
export function POST(request: Request): Promise<Response> {
  return guarded(async () => {
    const denied = await editorDenial(request);
    if (denied) return denied;
    const body = await readJsonBody(request);
    if (!body.ok) return body.response;
    const { db } = await getDatabase();
    return resultResponse(await createScenario(db, body.value), 201);
  }, request);
}
