import { csvResponse } from '@/lib/services/csv-response';
import { getDatabase } from '@/lib/services/database';
import { guarded } from '@/lib/services/http';
import { getComparisonReport } from '@/lib/services/reports';

export const dynamic = 'force-dynamic';

/** `?ids=a,b` (1 to 4 scenarios) in one CSV, IAMC wide or `&format=long`; 400 naming `ids`/`format`, 404 naming a missing id. */
export function GET(request: Request): Promise<Response> {
  return guarded(async () => {
    const params = new URL(request.url).searchParams;
    const { db } = await getDatabase();
    return csvResponse(await getComparisonReport(db, params.get('ids'), params.get('format')), request);
  }, request);
}
