// Server benchmarks: cold start of the production build to its first answers, per database.
// Run: npx tsx scripts/bench-server.ts (needs `npm run build`; PostgreSQL rows need TEST_DATABASE_URL).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer } from '../tests/support/server';

const RUNS = 3;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function timeStart(database: 'pglite' | 'postgres', dataDir?: string) {
  const t0 = performance.now();
  const server = await startServer(database, dataDir ? { dataDir } : {});
  const healthy = performance.now() - t0;
  const t1 = performance.now();
  const page = await fetch(server.url);
  await page.text();
  const firstPage = performance.now() - t1;
  await server.stop();
  return { healthy, firstPage, total: healthy + firstPage };
}

async function main() {
  const cases: { label: string; run: () => Promise<{ healthy: number; firstPage: number; total: number }> }[] = [
    { label: 'PGlite, new data folder (initdb + migrate + seed)', run: () => timeStart('pglite') },
  ];
  const kept = await mkdtemp(path.join(tmpdir(), 'bering-bench-'));
  await (await startServer('pglite', { dataDir: kept })).stop();
  cases.push({ label: 'PGlite, existing data folder', run: () => timeStart('pglite', kept) });
  if (process.env.TEST_DATABASE_URL) {
    cases.push({ label: 'PostgreSQL, new database', run: () => timeStart('postgres') });
  }
  console.log(`cold start to first response, median of ${RUNS} runs (ms)`);
  console.log('| case | spawn → /api/health 200 | then GET / | total |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const c of cases) {
    const runs: { healthy: number; firstPage: number; total: number }[] = [];
    for (let i = 0; i < RUNS; i += 1) runs.push(await c.run());
    const m = (k: 'healthy' | 'firstPage' | 'total') => median(runs.map((r) => r[k])).toFixed(0);
    console.log(`| ${c.label} | ${m('healthy')} | ${m('firstPage')} | ${m('total')} |`);
  }
  await rm(kept, { recursive: true, force: true });
}

await main();
