// Where the main thread's time goes while the dashboard starts on a phone: loads a page in Chromium
// with a phone viewport, records a Chrome trace and prints, per page load, the long tasks and their
// blocking time (the part over 50 ms, as total blocking time counts it) plus what the main thread
// did, by kind (script evaluation, compilation, parsing HTML, style and layout, garbage collection).
// Lighthouse's mobile preset simulates a CPU 4× slower than the machine by multiplying the tasks it
// observed; this script does the same with each task's thread CPU time (the time the main thread
// actually ran), which, unlike wall time, hardly depends on what else the machine is doing.
// `--throttle` slows the CPU 4× instead (Chrome's throttling; wall times, load-sensitive); `--desktop`
// uses a 1280×800 window instead of the phone and also reports when the first chart was drawn.
//   npx tsx scripts/trace-startup.ts [runs]                   starts the production build itself
//   npx tsx scripts/trace-startup.ts [runs] <url> [<url>...]  compares running servers, interleaved
// Several URLs are loaded in turn (a, b, a, b, ...), so a comparison shares the machine's load;
// counts and ratios between them mean more than the milliseconds on a shared machine.
// `--tasks` lists each long task with its largest pieces of work; `--profile=<file>` also writes a CPU profile (.cpuprofile, open in Chrome DevTools) and the trace (.trace.json) of the first run.
import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import type { Browser, CDPSession } from 'playwright-core';
import { CPU_SLOWDOWN, isTask, LONG_TASK_MS, pageMainThread, topLevel, type TraceEvent } from './chrome-trace';

/** Lighthouse's mobile preset: a Moto G Power sized screen, CPU 4× slower than the machine. */
const PHONE = { width: 412, height: 823 };
/** `--desktop`: the window of bench-browser.ts, where the first chart is on screen at load. */
const IS_DESKTOP = process.argv.includes('--desktop');
const VIEWPORT = IS_DESKTOP ? { width: 1280, height: 800 } : PHONE;
const THROTTLE = process.argv.includes('--throttle');
/** Quiet time after the load event before the trace stops (the page hydrates and settles). */
const SETTLE_MS = 4_000;

interface LoadFigures {
  /** Durations (ms) of the long tasks: CPU time × 4, or wall time with `--throttle`. */
  longTasks: number[];
  /** Each long task: start (ms after the first task), duration, and its largest pieces of work. */
  taskNotes: string[];
  blockingMs: number;
  /** Main-thread time (ms, CPU time × 4 or throttled wall time) by kind of work, inside all top-level tasks. */
  byKind: Record<string, number>;
  /** Total of all top-level tasks, ms. */
  busyMs: number;
  /** First chart line drawn, ms after navigation start (null: none drawn, e.g. below the fold). */
  firstChartMs: number | null;
}

function needsReExec(url: string | undefined): boolean {
  return url === undefined && !process.execArgv.some((a) => a.includes('react-server'));
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length === 0 ? Number.NaN : sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Kinds of work, by trace event name (the innermost matching event gets the time). */
const KINDS: Record<string, string> = {
  EvaluateScript: 'script evaluation',
  FunctionCall: 'script evaluation',
  TimerFire: 'script evaluation',
  EventDispatch: 'script evaluation',
  FireAnimationFrame: 'script evaluation',
  RunMicrotasks: 'script evaluation',
  'v8.evaluateModule': 'script evaluation',
  'V8.Execute': 'script evaluation',
  'v8.compile': 'script parse & compile',
  'v8.compileModule': 'script parse & compile',
  'V8.CompileCode': 'script parse & compile',
  'v8.parseOnBackground': 'script parse & compile',
  'V8.GCScavenger': 'garbage collection',
  MajorGC: 'garbage collection',
  MinorGC: 'garbage collection',
  'V8.GC_MC_BACKGROUND_MARKING': 'garbage collection',
  ParseHTML: 'parse HTML',
  ParseAuthorStyleSheet: 'style & layout',
  UpdateLayoutTree: 'style & layout',
  RecalculateStyles: 'style & layout',
  Layout: 'style & layout',
  'Document::updateStyle': 'style & layout',
  Paint: 'rendering',
  PrePaint: 'rendering',
  Layerize: 'rendering',
  UpdateLayer: 'rendering',
  CompositeLayers: 'rendering',
  Commit: 'rendering',
};

/** Splits each top-level task's time among kinds by the innermost known event (self time). */
function analyse(events: TraceEvent[], origin: string): Omit<LoadFigures, 'firstChartMs'> {
  const main = pageMainThread(events, origin)?.events ?? [];
  const top = topLevel(main.filter(isTask));
  // Simulated (CPU time × 4) unless Chrome throttled the CPU itself.
  const time = (e: TraceEvent) => (THROTTLE ? e.dur! : (e.tdur ?? e.dur!) * CPU_SLOWDOWN);
  const longTasks = top.map((t) => time(t) / 1000).filter((d) => d > LONG_TASK_MS);
  const t0 = top[0]?.ts ?? 0;
  const taskNotes = top
    .filter((t) => time(t) / 1000 > LONG_TASK_MS)
    .map((t) => {
      const inside = main
        .filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur! <= t.ts + t.dur! && e.dur! > 5_000 && !e.name.includes('RunTask'))
        .sort((a, b) => b.dur! - a.dur!)
        .slice(0, 6)
        .map((e) => `${e.name}${e.args?.data?.url ? ` ${e.args.data.url.split('/').pop()}` : ''} ${(time(e) / 1000).toFixed(0)}`);
      return `at ${((t.ts - t0) / 1000).toFixed(0)} ms: ${(time(t) / 1000).toFixed(0)} ms [${inside.join(', ')}]`;
    });
  const blockingMs = longTasks.reduce((s, d) => s + d - LONG_TASK_MS, 0);
  const busyMs = top.reduce((s, t) => s + time(t) / 1000, 0);

  // Self time of known kinds: walk events as a stack.
  const byKind: Record<string, number> = {};
  const known = main.filter((e) => KINDS[e.name] !== undefined);
  const stack: { end: number; kind: string; start: number; childTime: number; cpu: number }[] = [];
  const close = (until: number) => {
    while (stack.length && stack[stack.length - 1]!.end <= until) {
      const s = stack.pop()!;
      const self = s.cpu - s.childTime;
      byKind[s.kind] = (byKind[s.kind] ?? 0) + self / 1000;
      if (stack.length) stack[stack.length - 1]!.childTime += s.cpu;
    }
  };
  for (const e of known) {
    close(e.ts);
    stack.push({ start: e.ts, end: e.ts + e.dur!, kind: KINDS[e.name]!, childTime: 0, cpu: time(e) });
  }
  close(Number.POSITIVE_INFINITY);
  const inKinds = Object.values(byKind).reduce((s, v) => s + v, 0);
  byKind.other = Math.max(0, busyMs - inKinds);
  return { longTasks, taskNotes, blockingMs, byKind, busyMs };
}

async function collectTrace(cdp: CDPSession, run: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (d) => {
    events.push(...(d.value as unknown as TraceEvent[]));
  });
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      includedCategories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'v8',
        'v8.execute',
        'blink',
        'loading',
        'toplevel',
        '__metadata',
      ],
    },
  });
  await run();
  await cdp.send('Tracing.end');
  await done;
  return events;
}

async function loadOnce(browser: Browser, url: string, profilePath: string | null): Promise<LoadFigures> {
  const context = await browser.newContext(
    IS_DESKTOP
      ? { viewport: VIEWPORT }
      : // As Lighthouse's mobile preset: a phone's screen, touch, and the client hint a phone's Chrome sends (ADR 095).
        { viewport: VIEWPORT, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true, extraHTTPHeaders: { 'sec-ch-ua-mobile': '?1' } },
  );
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __firstChart?: number };
    new MutationObserver((_, observer) => {
      if (document.querySelector('.recharts-line-curve')) {
        w.__firstChart = performance.now();
        observer.disconnect();
      }
    }).observe(document, { subtree: true, childList: true });
  });
  const cdp = await context.newCDPSession(page);
  if (THROTTLE) await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  if (profilePath) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  const events = await collectTrace(cdp, async () => {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(SETTLE_MS);
  });
  if (profilePath) {
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: unknown };
    await writeFile(profilePath, JSON.stringify(profile));
    await writeFile(profilePath.replace(/(\.cpuprofile)?$/, '.trace.json'), JSON.stringify({ traceEvents: events }));
  }
  const firstChartMs = await page.evaluate(() => (window as unknown as { __firstChart?: number }).__firstChart ?? null);
  await context.close();
  return { ...analyse(events, new URL(url).origin), firstChartMs };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const profileArg = process.argv.find((a) => a.startsWith('--profile='))?.slice('--profile='.length) ?? null;
  const runs = Number(args[0] ?? 5);
  const showTasks = process.argv.includes('--tasks');
  const argUrls = args.slice(1);
  if (needsReExec(argUrls[0])) {
    const child = spawn(process.execPath, [...process.execArgv, '--conditions=react-server', ...process.argv.slice(1)], {
      stdio: 'inherit',
    });
    child.on('exit', (code) => process.exit(code ?? 1));
    return;
  }
  const { launchBrowser } = await import('../tests/support/browser');
  const server = argUrls.length ? null : await (await import('../tests/support/server')).startServer('pglite');
  const urls = (argUrls.length ? argUrls : [server!.url]).map((u) => (u.endsWith('/') || u.includes('?') ? u : `${u}/`));
  const browser = await launchBrowser();
  try {
    for (const url of urls) await (await fetch(url)).text(); // warm each route once
    const results = new Map<string, LoadFigures[]>(urls.map((u) => [u, []]));
    for (let i = 0; i < runs; i++) {
      for (const url of urls) {
        const load = loadavg()[0]!.toFixed(1);
        const r = await loadOnce(browser, url, i === 0 && url === urls[0] ? profileArg : null);
        results.get(url)!.push(r);
        console.log(
          `${url} run ${i + 1}: ${r.longTasks.length} long tasks, blocking ${r.blockingMs.toFixed(0)} ms, ` +
            `longest ${Math.max(0, ...r.longTasks).toFixed(0)} ms, busy ${r.busyMs.toFixed(0)} ms (load ${load})`,
        );
        if (showTasks) for (const note of r.taskNotes) console.log(`  ${note}`);
      }
    }
    const how = THROTTLE ? `CPU throttled ${CPU_SLOWDOWN}×, wall times` : `thread CPU time × ${CPU_SLOWDOWN}`;
    console.log(`\nMedians of ${runs} loads, ${VIEWPORT.width}×${VIEWPORT.height}, ${how}:`);
    for (const url of urls) {
      const rs = results.get(url)!;
      const kinds = [...new Set(rs.flatMap((r) => Object.keys(r.byKind)))];
      console.log(
        `\n${url}\n  long tasks ${median(rs.map((r) => r.longTasks.length))}, blocking ${median(rs.map((r) => r.blockingMs)).toFixed(0)} ms, ` +
          `longest ${median(rs.map((r) => Math.max(0, ...r.longTasks))).toFixed(0)} ms, busy ${median(rs.map((r) => r.busyMs)).toFixed(0)} ms`,
      );
      const charts = rs.map((r) => r.firstChartMs).filter((x): x is number => x !== null);
      if (charts.length)
        console.log(`  first chart drawn ${median(charts).toFixed(0)} ms after navigation (${charts.length} of ${rs.length} loads)`);
      for (const kind of kinds.sort())
        console.log(
          `  ${kind.padEnd(24)} ${median(rs.map((r) => r.byKind[kind] ?? 0))
            .toFixed(0)
            .padStart(6)} ms`,
        );
    }
    console.log(
      `\nload average now ${loadavg()
        .map((x) => x.toFixed(2))
        .join(', ')}`,
    );
  } finally {
    await browser.close();
    await server?.stop();
  }
}

await main();
