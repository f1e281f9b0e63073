// Lighthouse (mobile preset, performance only) on the dashboard, several runs, medians:
//   npx tsx scripts/bench-lighthouse.ts [runs]          starts the production build itself
//   npx tsx scripts/bench-lighthouse.ts [runs] <url>     audits a running server
// Needs Chromium (CHROME_PATH, default /usr/bin/chromium). Scores are noisy on shared 2-core
// machines: run while idle, one audit at a time, and quote the medians with the load average.
// Lighthouse's mobile preset multiplies the wall time of each main-thread task it recorded by 4, so
// a task that waited for a core counts as if the page had worked all that time. Each run therefore
// also reads Lighthouse's own trace and prints how much of its tasks' wall time the page's main
// thread actually ran (its CPU time), the blocking time the same tasks give from CPU time × 4, and
// the CPU time Chromium's other threads took meanwhile (V8's background compilation, the GPU
// process's compositor, which also encodes the filmstrip's screenshots, and the browser process).
import { execFile, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CPU_SLOWDOWN, isTask, LONG_TASK_MS, namesOf, pageMainThread, threadKey, topLevel, type TraceEvent } from './chrome-trace';

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
  contention: Contention;
}

/**
 * What the trace says about the main thread's share of the machine, over the page load: from the
 * navigation to the end of the last task that counts as long after × 4. Lighthouse's simulation
 * reorders these tasks and counts only those after its estimate of first contentful paint, so
 * its total blocking time is a part of `blockingFromWallMs`; the ratio of the two blocking figures
 * is what a busy machine adds.
 */
interface Contention {
  /** Main thread: wall time inside its tasks, and the CPU time it ran in them, ms. */
  mainWallMs: number;
  mainCpuMs: number;
  /** Blocking time of the same tasks (over 50 ms after × 4), from wall time and from CPU time. */
  blockingFromWallMs: number;
  blockingFromCpuMs: number;
  /** CPU time of Chromium's other busy threads in the same window, ms, by role. */
  others: Record<string, number>;
}

/** The role of a Chromium thread for the contention figures (null: not counted). */
function roleOf(process: string, thread: string, isPageProcess: boolean): string | null {
  if (isPageProcess && thread.startsWith('ThreadPoolForegroundWorker')) return 'V8 background';
  if (process === 'GPU Process' && thread === 'VizCompositorThread') return 'GPU compositor';
  if (process === 'Browser' && thread === 'CrBrowserMain') return 'browser main';
  return null;
}

/** Contention figures from a Lighthouse trace of `url` (see `Contention`). */
function contentionOf(events: TraceEvent[], url: string): Contention {
  const { threads: threadNames, processes: processNames } = namesOf(events);
  const origin = new URL(url).origin;
  const page = pageMainThread(events, origin);
  const main = page?.key;
  const mainTasks = topLevel((page?.events ?? []).filter(isTask));
  const mainPid = page?.events[0]?.pid;
  const navigation = (e: TraceEvent) =>
    e.name === 'navigationStart' && threadKey(e) === main && (e.args?.data?.documentLoaderURL ?? '').startsWith(origin);
  const start = events.find(navigation)?.ts ?? mainTasks[0]?.ts ?? 0;
  const isLong = (t: TraceEvent) => (t.dur! * CPU_SLOWDOWN) / 1000 > LONG_TASK_MS;
  const lastLong = mainTasks.filter(isLong).pop();
  const end = lastLong ? lastLong.ts + lastLong.dur! : start;
  const inWindow = mainTasks.filter((t) => t.ts >= start && t.ts + t.dur! <= end);
  const blocking = (ms: number) => Math.max(0, ms * CPU_SLOWDOWN - LONG_TASK_MS);
  const others: Record<string, number> = {};
  // Every event of those threads, not only RunTask: V8's background compilation is not wrapped in one.
  const byThread = new Map<string, { role: string; events: TraceEvent[] }>();
  for (const e of events) {
    if (e.ph !== 'X' || e.dur === undefined) continue;
    const role = roleOf(processNames.get(e.pid) ?? '', threadNames.get(threadKey(e)) ?? '', e.pid === mainPid);
    if (!role) continue;
    const entry = byThread.get(threadKey(e)) ?? { role, events: [] };
    entry.events.push(e);
    byThread.set(threadKey(e), entry);
  }
  for (const { role, events: list } of byThread.values()) {
    for (const t of topLevel(list)) {
      const overlap = Math.min(t.ts + t.dur!, end) - Math.max(t.ts, start);
      if (overlap > 0) others[role] = (others[role] ?? 0) + ((t.tdur ?? 0) * overlap) / t.dur! / 1000;
    }
  }
  return {
    mainWallMs: inWindow.reduce((s, t) => s + t.dur! / 1000, 0),
    mainCpuMs: inWindow.reduce((s, t) => s + (t.tdur ?? 0) / 1000, 0),
    blockingFromWallMs: inWindow.reduce((s, t) => s + blocking(t.dur! / 1000), 0),
    blockingFromCpuMs: inWindow.reduce((s, t) => s + blocking((t.tdur ?? 0) / 1000), 0),
    others,
  };
}

interface LighthouseJson {
  runtimeError?: { code: string; message: string };
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
  const folder = await mkdtemp(join(tmpdir(), 'lighthouse-'));
  try {
    await run(
      process.execPath,
      [
        'node_modules/lighthouse/cli/index.js',
        url,
        '--only-categories=performance',
        '--output=json',
        `--output-path=${join(folder, 'report.json')}`,
        '--save-assets',
        '--quiet',
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
      ],
      { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' }, maxBuffer: 64 * 1024 * 1024 },
    );
    const report = JSON.parse(await readFile(join(folder, 'report.json'), 'utf8')) as LighthouseJson;
    if (report.runtimeError) throw new Error(`Lighthouse: ${report.runtimeError.code}: ${report.runtimeError.message}`);
    const trace = JSON.parse(await readFile(join(folder, 'report-0.trace.json'), 'utf8')) as { traceEvents: TraceEvent[] };
    return { ...figuresOf(report), contention: contentionOf(trace.traceEvents, url) };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

function figuresOf(report: LighthouseJson): Omit<Audit, 'contention'> {
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

/** Percentage of the main thread's task wall time in which it ran. */
const share = (c: Contention): string => ((100 * c.mainCpuMs) / Math.max(c.mainWallMs, 1)).toFixed(0);

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
      // Lighthouse now and then fails to record the trace (NO_NAVSTART); such a run is repeated once.
      const result = await audit(url).catch((error: unknown) => {
        console.log(`run ${i + 1} repeated: ${error instanceof Error ? error.message : String(error)}`);
        return audit(url);
      });
      audits.push(result);
      const c = result.contention;
      console.log(
        `run ${i + 1}: performance ${result.score}, TBT ${result.tbtMs.toFixed(0)} ms, long tasks ${result.longTasks}, ` +
          `LCP ${result.lcpMs.toFixed(0)} ms, FCP ${result.fcpMs.toFixed(0)} ms, top script ${result.topScript || '(the page)'} ${result.topScriptMs.toFixed(0)} ms (load ${load})\n` +
          `       main thread ran ${c.mainCpuMs.toFixed(0)} of ${c.mainWallMs.toFixed(0)} ms in its tasks (${share(c)} %); ` +
          `blocking × 4 from wall ${c.blockingFromWallMs.toFixed(0)} ms, from CPU ${c.blockingFromCpuMs.toFixed(0)} ms; meanwhile ` +
          Object.entries(c.others)
            .map(([role, ms]) => `${role} ${ms.toFixed(0)} ms`)
            .join(', '),
      );
    }
    console.log(
      `\nLighthouse mobile, ${url}, median of ${runs}: performance ${median(audits.map((r) => r.score))}, ` +
        `TBT ${median(audits.map((r) => r.tbtMs)).toFixed(0)} ms, long tasks ${median(audits.map((r) => r.longTasks))}, ` +
        `LCP ${median(audits.map((r) => r.lcpMs)).toFixed(0)} ms (aim: performance ≥ 90, TBT ≤ 200 ms)\n` +
        `main thread ran ${median(audits.map((r) => Number(share(r.contention))))} % of its tasks' wall time; ` +
        `blocking × 4 from CPU time ${median(audits.map((r) => r.contention.blockingFromCpuMs)).toFixed(0)} ms`,
    );
  } finally {
    await server?.stop();
  }
}

await main();
