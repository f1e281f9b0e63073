// Opens, migrates and seeds the database once when the server starts, before requests arrive.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { getDatabase } = await import('@/lib/services/database');
  const started = performance.now();
  const { kind } = await getDatabase();
  console.log(`database ready (${kind}) in ${Math.round(performance.now() - started)} ms`);
}
