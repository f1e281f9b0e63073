import { getDatabase } from '@/lib/services/database';
import { editorDenial, guarded, readJsonBody, resultResponse } from '@/lib/services/http';
import { importScenarios } from '@/lib/services/scenario-transfer';

export const dynamic = 'force-dynamic';

/** An export file may hold many scenarios: 1 MB instead of the API's 64 KB (ADR 062). */
const IMPORT_BODY_LIMIT_BYTES = 1024 * 1024;

/**
 * Imports an export file: 200 `{ imported, skipped }` (ids that already exist are left as they are),
 * 400 naming each bad field and importing nothing, 413 over 1 MB, 401 without an editor.
 */
export function POST(request: Request): Promise<Response> {
  return guarded(async () => {
    const denied = await editorDenial(request);
    if (denied) return denied;
    const body = await readJsonBody(request, IMPORT_BODY_LIMIT_BYTES);
    if (!body.ok) return body.response;
    const { db } = await getDatabase();
    return resultResponse(await importScenarios(db, body.value));
  }, request);
}
