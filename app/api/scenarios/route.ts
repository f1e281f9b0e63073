import { getDatabase } from '@/lib/services/database';
import { guarded, readJsonBody, resultResponse } from '@/lib/services/http';
import { createScenario, listScenarios } from '@/lib/services/scenarios';

export const dynamic = 'force-dynamic';

/** All scenarios: presets first, then saved ones, newest first. */
export function GET(): Promise<Response> {
  return guarded(async () => {
    const { db } = await getDatabase();
    return Response.json(await listScenarios(db));
  });
}

/** Creates a scenario from `{ name, description?, assumptions }`: 201, or 400 naming each bad field. */
export function POST(request: Request): Promise<Response> {
  return guarded(async () => {
    const body = await readJsonBody(request);
    if (!body.ok) return body.response;
    const { db } = await getDatabase();
    return resultResponse(await createScenario(db, body.value), 201);
  });
}
