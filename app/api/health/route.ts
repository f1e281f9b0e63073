import { getDatabase } from '@/lib/services/database';
import { guarded } from '@/lib/services/http';

export const dynamic = 'force-dynamic';

/** `{ status, database }`: which backend serves this instance. */
export function GET(request: Request): Promise<Response> {
  return guarded(async () => {
    const { kind } = await getDatabase();
    return Response.json({ status: 'ok', database: kind });
  }, request);
}
