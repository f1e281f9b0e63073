import { getCatalog } from '@/lib/services/catalog';
import { getDatabase } from '@/lib/services/database';
import { guarded } from '@/lib/services/http';

export const dynamic = 'force-dynamic';

/** Basins, routes and ice observations, each with its sources. */
export function GET(request: Request): Promise<Response> {
  return guarded(async () => {
    const { db } = await getDatabase();
    return Response.json(await getCatalog(db));
  }, request);
}
