// Reading a Chrome trace (the JSON of DevTools' Performance panel, also what Lighthouse saves): the
// events, the names of processes and threads, the page's main thread and its top-level tasks.
// Shared by scripts/trace-startup.ts and scripts/bench-lighthouse.ts.

export interface TraceEvent {
  name: string;
  ph: string;
  /** Start, µs (monotonic clock). */
  ts: number;
  /** Wall time, µs. */
  dur?: number;
  /** Thread (CPU) time, µs. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: {
    name?: string;
    data?: { url?: string; frame?: string; documentLoaderURL?: string };
    beginData?: { url?: string };
  };
}

/** Lighthouse's mobile preset: the CPU is taken as 4× slower than the machine's. */
export const CPU_SLOWDOWN = 4;
/** A task longer than this (ms) is long; total blocking time sums the part over it. */
export const LONG_TASK_MS = 50;

/** A thread's key: process and thread id. */
export const threadKey = (e: TraceEvent): string => `${e.pid}:${e.tid}`;

/** A unit of work of a thread's task loop. */
export const isTask = (e: TraceEvent): boolean => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask';

/** Thread names by `threadKey`, and process names by process id. */
export function namesOf(events: TraceEvent[]): { threads: Map<string, string>; processes: Map<number, string> } {
  const threads = new Map<string, string>();
  const processes = new Map<number, string>();
  for (const e of events) {
    if (e.ph !== 'M') continue;
    if (e.name === 'thread_name') threads.set(threadKey(e), e.args?.name ?? '');
    if (e.name === 'process_name') processes.set(e.pid, e.args?.name ?? '');
  }
  return { threads, processes };
}

/**
 * The page's main thread: a renderer main thread that loaded something from `origin`, the one with
 * the most task time if several did; with its complete events (`ph` "X"), sorted by start.
 */
export function pageMainThread(events: TraceEvent[], origin: string): { key: string; events: TraceEvent[] } | null {
  const { threads } = namesOf(events);
  const pageThreads = new Set<string>();
  for (const e of events) if ((e.args?.data?.url ?? e.args?.beginData?.url ?? '').startsWith(origin)) pageThreads.add(threadKey(e));
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    if (e.ph !== 'X' || e.dur === undefined) continue;
    const key = threadKey(e);
    if (threads.get(key) !== 'CrRendererMain' || !pageThreads.has(key)) continue;
    const list = byThread.get(key) ?? [];
    list.push(e);
    byThread.set(key, list);
  }
  let best: { key: string; events: TraceEvent[] } | null = null;
  let bestTime = -1;
  for (const [key, list] of byThread) {
    const time = list.filter(isTask).reduce((s, e) => s + e.dur!, 0);
    if (time > bestTime) [bestTime, best] = [time, { key, events: list }];
  }
  best?.events.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  return best;
}

/** The events of `list` that lie inside no other one of them (a task nested in another is part of it), by start. */
export function topLevel(list: TraceEvent[]): TraceEvent[] {
  const top: TraceEvent[] = [];
  for (const e of [...list].sort((a, b) => a.ts - b.ts || b.dur! - a.dur!)) {
    const last = top[top.length - 1];
    if (!last || e.ts >= last.ts + last.dur!) top.push(e);
  }
  return top;
}
