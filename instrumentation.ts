// Opens, migrates and seeds the database once when the server starts, before requests arrive;
// logs errors of page renders and server actions as JSON lines with their request id (ADR 064).
import type { Instrumentation } from 'next';

export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { getDatabase } = await import('@/lib/services/database');
  const { getLogger } = await import('@/lib/services/log');
  const started = performance.now();
  const { kind } = await getDatabase();
  getLogger().info({ database: kind, ms: Math.round(performance.now() - started) }, 'database ready');
}

export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const [{ getLogger }, { noteDatabaseError }] = await Promise.all([
    import('@/lib/services/log'),
    import('@/lib/services/database-health'),
  ]);
  // A page that met an unreachable database: the next pages answer 503 at once (ADR 074).
  noteDatabaseError(error);
  const requestId = request.headers['x-request-id'];
  getLogger().error(
    {
      err: error,
      requestId: typeof requestId === 'string' ? requestId : undefined,
      method: request.method,
      path: request.path,
      route: context.routePath,
    },
    'request failed',
  );
};
