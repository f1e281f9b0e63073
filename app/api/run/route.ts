import { getDatabase } from '@/lib/services/database';
import { guarded, readJsonBody, resultResponse } from '@/lib/services/http';
import { runAssumptions } from '@/lib/services/reports';

export const dynamic = 'force-dynamic';

/** Results `{ years, series }` for unsaved assumptions (the body is the assumptions object); 400 naming each bad field. */
export function POST(request: Request): Promise<Response> {
  return guarded(async () => {
    const body = await readJsonBody(request);
    if (!body.ok) return body.response;
    const { db } = await getDatabase();
    return resultResponse(await runAssumptions(db, body.value));
  }, request);
}
