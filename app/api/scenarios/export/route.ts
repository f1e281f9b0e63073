import { getDatabase } from '@/lib/services/database';
import { guarded } from '@/lib/services/http';
import { exportScenarios } from '@/lib/services/scenario-transfer';

export const dynamic = 'force-dynamic';

/** Every saved scenario (no presets) as one JSON file, for backups and moving between databases. */
export function GET(request: Request): Promise<Response> {
  return guarded(async () => {
    const { db } = await getDatabase();
    const now = new Date();
    const file = await exportScenarios(db, now);
    const day = now.toISOString().slice(0, 10);
    return Response.json(file, {
      headers: {
        'content-disposition': `attachment; filename="bering-link-scenarios-${day}.json"`,
        'cache-control': 'no-store',
      },
    });
  }, request);
}
