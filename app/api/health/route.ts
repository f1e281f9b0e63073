import { getDatabase, pingDatabase } from '@/lib/services/database';
import { guarded } from '@/lib/services/http';

export const dynamic = 'force-dynamic';

/** `{ status, database }`: which backend serves this instance; 503 while that database is unreachable. */
export function GET(request: Request): Promise<Response> {
  return guarded(async () => {
    const { db, kind } = await getDatabase();
    await pingDatabase(db);
    return Response.json({ status: 'ok', database: kind });
  }, request);
}
