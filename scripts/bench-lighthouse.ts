// Lighthouse (mobile preset, performance only) on the dashboard, several runs, medians:
//   npx tsx scripts/bench-lighthouse.ts [runs]          starts the production build itself
//   npx tsx scripts/bench-lighthouse.ts [runs] <url>     audits a running server
// Needs Chromium (CHROME_PATH, default /usr/bin/chromium). Scores are noisy on shared 2-core
// machines: run while idle, one audit at a time, and quote the medians with the load average.
import { execFile, spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { promisify } from 'node:util';

const run = promisify(execFile);

interface Audit {
  score: number;
  tbtMs: number;
  longTasks: number;
  lcpMs: number;
  fcpMs: number;
  /** The script with the most main-thread time, and that time. */
  topScript: string;
  topScriptMs: number;
}

interface LighthouseJson {
  categories: { performance: { score: number } };
  audits: Record<string, { numericValue?: number; details?: { items?: Record<string, unknown>[] } }>;
}

/** tests/support/server.ts reaches db code marked `server-only`; that needs Node's react-server condition. */
function needsReExec(url: string | undefined): boolean {
  return url === undefined && !process.execArgv.some((a) => a.includes('react-server'));
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

async function audit(url: string): Promise<Audit> {
  const { stdout } = await run(
    process.execPath,
    [
      'node_modules/lighthouse/cli/index.js',
      url,
      '--only-categories=performance',
      '--output=json',
      '--output-path=stdout',
      '--quiet',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
    ],
    { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' }, maxBuffer: 64 * 1024 * 1024 },
  );
  const report = JSON.parse(stdout) as LighthouseJson;
  const a = report.audits;
  const bootup = (a['bootup-time']?.details?.items ?? []) as { url?: string; total?: number }[];
  const top = [...bootup].sort((x, y) => (y.total ?? 0) - (x.total ?? 0))[0];
  return {
    score: Math.round(report.categories.performance.score * 100),
    tbtMs: a['total-blocking-time']?.numericValue ?? Number.NaN,
    longTasks: a['long-tasks']?.details?.items?.length ?? 0,
    lcpMs: a['largest-contentful-paint']?.numericValue ?? Number.NaN,
    fcpMs: a['first-contentful-paint']?.numericValue ?? Number.NaN,
    topScript: (top?.url ?? '').split('/').pop() ?? '',
    topScriptMs: top?.total ?? 0,
  };
}

async function main(): Promise<void> {
  const runs = Number(process.argv[2] ?? 5);
  const argUrl = process.argv[3];
  if (needsReExec(argUrl)) {
    const child = spawn(process.execPath, [...process.execArgv, '--conditions=react-server', ...process.argv.slice(1)], {
      stdio: 'inherit',
    });
    child.on('exit', (code) => process.exit(code ?? 1));
    return;
  }
  const server = argUrl ? null : await (await import('../tests/support/server')).startServer('pglite');
  const url = (argUrl ?? server!.url).replace(/\/$/, '') + '/';
  try {
    await fetch(url); // warm the route once
    const audits: Audit[] = [];
    for (let i = 0; i < runs; i++) {
      const load = loadavg()[0]!.toFixed(1);
      const result = await audit(url);
      audits.push(result);
      console.log(
        `run ${i + 1}: performance ${result.score}, TBT ${result.tbtMs.toFixed(0)} ms, long tasks ${result.longTasks}, ` +
          `LCP ${result.lcpMs.toFixed(0)} ms, FCP ${result.fcpMs.toFixed(0)} ms, top script ${result.topScript} ${result.topScriptMs.toFixed(0)} ms (load ${load})`,
      );
    }
    console.log(
      `\nLighthouse mobile, ${url}, median of ${runs}: performance ${median(audits.map((r) => r.score))}, ` +
        `TBT ${median(audits.map((r) => r.tbtMs)).toFixed(0)} ms, long tasks ${median(audits.map((r) => r.longTasks))}, ` +
        `LCP ${median(audits.map((r) => r.lcpMs)).toFixed(0)} ms (aim: performance ≥ 90, TBT ≤ 200 ms)`,
    );
  } finally {
    await server?.stop();
  }
}

await main();
