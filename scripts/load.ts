// Load, fault and soak runs against the production build, on loopback only and bounded in time
// (ADR 067). Figures go into BENCHMARKS.md by hand, with the machine, the date and `uptime`.
//   npm run load                 100 and 32 connections, 30 s per endpoint, PGlite and PostgreSQL
//                                (`/` as a browser asks for it, and once more rendered per request)
//   npm run load -- --fault      PostgreSQL cut for 5 s under 32 clients of the scenario list (API and page), then restored
//   npm run load -- --soak       5 minutes at 32 connections on PGlite, resident memory every 10 s
//   npm run load -- --soak --heap  the same, also the live heap after a forced full GC every 10 s
//                                (inspector on loopback; Node 20 needs NODE_OPTIONS=--experimental-websocket)
// Each row also gives the server's accept queue, sampled every 250 ms (Linux only): the most
// connections the kernel held for the server before it accepted them, and for how long it held any.
// PostgreSQL runs need TEST_DATABASE_URL (a fresh database is created and dropped).
// LOAD_SECONDS and SOAK_SECONDS shorten or lengthen the runs.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import autocannon from 'autocannon';
import { PRESETS } from '../lib/model/presets';
import { createPostgresDatabase } from '../tests/support/postgres';
import { startServer, type RunningServer } from '../tests/support/server';
import { startTcpProxy } from '../tests/support/tcp-proxy';

const SECONDS = Number(process.env.LOAD_SECONDS ?? 30);
const SOAK_SECONDS = Number(process.env.SOAK_SECONDS ?? 300);
const PRESET = PRESETS[1]!.id;
/** What a browser sends when it opens a page: `/` is then answered from its stored HTML (ADR 076). */
const BROWSER_HEADERS = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', 'sec-fetch-dest': 'document' };
const ENDPOINTS: { label: string; path: string; headers?: Record<string, string> }[] = [
  { label: '`/` (dashboard page)', path: '/', headers: BROWSER_HEADERS },
  { label: 'results JSON', path: `/api/scenarios/${PRESET}/results` },
  { label: 'report CSV', path: `/api/scenarios/${PRESET}/report.csv` },
];
/** `/` rendered on every request (a cookie keeps it from the stored HTML): the cost of one render. */
const RENDERED_HOME = { label: '`/` rendered per request', path: '/', headers: { ...BROWSER_HEADERS, cookie: 'load=1' } };

function assertLoopback(url: string): void {
  if (new URL(url).hostname !== '127.0.0.1') throw new Error(`load runs only against 127.0.0.1, not ${url}`);
}

const rssMb = (pid: number) => {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Math.round(Number(match[1]) / 1024) : Number.NaN;
};

/**
 * Connections the kernel has completed but the server has not accepted yet, on the server's
 * listening socket (Linux: the receive queue of a LISTEN row in /proc/net/tcp); null elsewhere.
 * A server that stops accepting under load shows here, not in its own logs (ADR 087).
 */
function acceptQueue(port: number): number | null {
  if (!existsSync('/proc/net/tcp')) return null;
  const local = `0100007F:${port.toString(16).toUpperCase().padStart(4, '0')}`;
  for (const line of readFileSync('/proc/net/tcp', 'utf8').split('\n').slice(1)) {
    const [, address, , state, queues] = line.trim().split(/\s+/);
    if (address === local && state === '0A') return Number.parseInt(queues!.split(':')[1]!, 16);
  }
  return null;
}

async function run(server: RunningServer, path: string, connections: number, headers: Record<string, string> = {}, seconds = SECONDS) {
  assertLoopback(server.url);
  const port = Number(new URL(server.url).port);
  // The accept queue every 250 ms: its largest size, and for how long it held a connection.
  let mostWaiting: number | null = null;
  let samplesWaiting = 0;
  const sampler = setInterval(() => {
    const waiting = acceptQueue(port);
    if (waiting !== null) mostWaiting = Math.max(mostWaiting ?? 0, waiting);
    if (waiting) samplesWaiting += 1;
  }, 250);
  const result = await autocannon({ url: `${server.url}${path}`, connections, duration: seconds, timeout: 10, headers });
  clearInterval(sampler);
  // autocannon counts a time-out among its errors too.
  const failures = result.errors + result.non2xx;
  // What the failures were: connection errors other than time-outs, time-outs, and each status.
  const statuses = Object.entries(result.statusCodeStats ?? {})
    .filter(([code]) => !code.startsWith('2'))
    .map(([code, stat]) => `${code}×${stat.count}`);
  const kinds = [`${result.errors - result.timeouts} errors`, `${result.timeouts} time-outs`, ...statuses].join(', ');
  return {
    kinds,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    failures,
    total: result.requests.total,
    waiting: mostWaiting === null ? 'n/a' : `${mostWaiting} / ${samplesWaiting / 4} s`,
  };
}

async function withServer<T>(kind: 'pglite' | 'postgres', body: (server: RunningServer) => Promise<T>): Promise<T> {
  const server = await startServer(kind, { env: { LOG_LEVEL: 'warn' } });
  try {
    // Warm up: first renders compile and fill the caches.
    for (const e of ENDPOINTS)
      for (let i = 0; i < 5; i++) await (await fetch(`${server.url}${e.path}`, { headers: e.headers })).arrayBuffer();
    return await body(server);
  } finally {
    await server.stop();
  }
}

async function throughput(): Promise<void> {
  const kinds: ('pglite' | 'postgres')[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
  console.log(
    `| database | endpoint | connections | requests/s | p50 ms | p99 ms | max ms | not yet accepted: most / for | errors + non-2xx / requests |`,
  );
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const kind of kinds) {
    await withServer(kind, async (server) => {
      const rows = [
        ...[100, 32].flatMap((connections) => ENDPOINTS.map((e) => ({ ...e, connections }))),
        { ...RENDERED_HOME, connections: 32 },
      ];
      for (const e of rows) {
        const r = await run(server, e.path, e.connections, e.headers);
        console.log(
          `| ${kind} | ${e.label} | ${e.connections} | ${r.rps} | ${r.p50} | ${r.p99} | ${r.max} | ${r.waiting} | ${r.failures} / ${r.total}${r.failures > 0 ? ` (${r.kinds})` : ''} |`,
        );
      }
    });
  }
}

async function fault(): Promise<void> {
  const database = await createPostgresDatabase();
  const url = new URL(database.url);
  const proxy = await startTcpProxy({ host: url.hostname, port: Number(url.port || 5432) });
  url.hostname = '127.0.0.1';
  url.port = String(proxy.port);
  const server = await startServer('postgres', { databaseUrl: url.toString(), env: { LOG_LEVEL: 'error' } });
  try {
    // The list needs the database on every request (presets alone are served from memory); half
    // the clients ask the API, half the page (which answers 503 from the proxy while it is down).
    const paths = ['/api/scenarios', '/scenarios'];
    const samples: { path: string; at: number; status: number; ms: number }[] = [];
    let isRunning = true;
    const clients = Array.from({ length: 32 }, async (_, i) => {
      const path = paths[i % paths.length]!;
      while (isRunning) {
        const at = Date.now(); // when sent: requests in flight at the cut count as before it
        const started = performance.now();
        const response = await fetch(`${server.url}${path}`).catch(() => null);
        await response?.arrayBuffer();
        samples.push({ path, at, status: response?.status ?? 0, ms: performance.now() - started });
      }
    });
    await new Promise((r) => setTimeout(r, 10_000));
    const cutAt = Date.now();
    await proxy.cut();
    await new Promise((r) => setTimeout(r, 5_000));
    await proxy.restore();
    const restoredAt = Date.now();
    await new Promise((r) => setTimeout(r, 10_000));
    isRunning = false;
    await Promise.all(clients);
    // A request counts as "while cut" if it was sent and answered between the cut and the restore;
    // on a busy machine some sent during the cut are only handled after the restore.
    const during = samples.filter((s) => s.at > cutAt && s.at + s.ms <= restoredAt);
    const straddling = samples.filter((s) => s.at > cutAt && s.at <= restoredAt && s.at + s.ms > restoredAt);
    const after = samples.filter((s) => s.at > restoredAt);
    const firstOk = after.find((s) => s.status === 200);
    const count = (xs: typeof samples) =>
      paths
        .map((path) => {
          const byStatus = new Map<number, number>();
          for (const s of xs.filter((x) => x.path === path)) byStatus.set(s.status, (byStatus.get(s.status) ?? 0) + 1);
          return `${path} ${[...byStatus].map(([status, n]) => `${status === 0 ? 'no answer' : status}: ${n}`).join(', ') || 'none'}`;
        })
        .join('; ');
    const sorted = during.map((s) => s.ms).sort((a, b) => a - b);
    console.log(`sent before the cut (10 s): ${count(samples.filter((s) => s.at <= cutAt))}`);
    console.log(
      `sent and answered while cut (5 s): ${count(during)}; answer time p50 ${sorted[Math.floor(sorted.length / 2)]?.toFixed(1)} ms, max ${sorted.at(-1)?.toFixed(1)} ms`,
    );
    console.log(`sent while cut, answered after the restore: ${count(straddling)}`);
    console.log(
      `sent after restore (10 s): ${count(after)}; first 200 sent ${firstOk ? firstOk.at - restoredAt : 'never'} ms after the restore`,
    );
  } finally {
    await server.stop();
    await proxy.close();
    await database.drop();
  }
}

/** Heap figures of the server process after a full collection, read through its inspector (`--soak --heap`). */
async function heapProbe(server: RunningServer): Promise<() => Promise<{ heapUsed: number; external: number; rss: number }>> {
  const Socket = (globalThis as { WebSocket?: typeof WebSocket }).WebSocket;
  if (!Socket) throw new Error('--heap needs a global WebSocket: Node 22+, or NODE_OPTIONS=--experimental-websocket on Node 20');
  const address = /ws:\/\/127\.0\.0\.1:\d+\/[\w-]+/.exec(server.output())?.[0];
  if (!address) throw new Error('the server printed no inspector address');
  const socket = new Socket(address);
  await new Promise((resolve, reject) => {
    socket.onopen = resolve;
    socket.onerror = reject;
  });
  let lastId = 0;
  const waiting = new Map<number, (result: unknown) => void>();
  socket.onmessage = (event) => {
    const message = JSON.parse(String(event.data)) as { id?: number; result?: unknown };
    if (message.id !== undefined) waiting.get(message.id)?.(message.result);
  };
  const call = (method: string, params: object = {}) =>
    new Promise<unknown>((resolve) => {
      const id = ++lastId;
      waiting.set(id, resolve);
      socket.send(JSON.stringify({ id, method, params }));
    });
  return async () => {
    await call('HeapProfiler.collectGarbage');
    const answer = (await call('Runtime.evaluate', { expression: 'JSON.stringify(process.memoryUsage())', returnByValue: true })) as {
      result: { value: string };
    };
    const usage = JSON.parse(answer.result.value) as Record<'heapUsed' | 'external' | 'rss', number>;
    const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
    return { heapUsed: mb(usage.heapUsed), external: mb(usage.external), rss: mb(usage.rss) };
  };
}

/**
 * The soak: 32 connections over the three endpoints for SOAK_SECONDS on PGlite, resident memory
 * (RSS) sampled every 10 s, then 30 s idle. With `--heap` the server runs with an inspector on
 * loopback and every sample also forces a full garbage collection and reads the live heap: a heap
 * that stays flat after collection means RSS growth is uncollected garbage, not a leak.
 */
async function soak(withHeap: boolean): Promise<void> {
  const env: Record<string, string> = { LOG_LEVEL: 'warn', ...(withHeap ? { NODE_OPTIONS: '--inspect=127.0.0.1:0' } : {}) };
  const server = await startServer('pglite', { env });
  try {
    for (const e of ENDPOINTS)
      for (let i = 0; i < 5; i++) await (await fetch(`${server.url}${e.path}`, { headers: e.headers })).arrayBuffer();
    const probe = withHeap ? await heapProbe(server) : null;
    const started = Date.now();
    const samples: { s: number; rss: number }[] = [];
    const sample = async () => {
      const at = { s: Math.round((Date.now() - started) / 1000), rss: rssMb(server.pid) };
      samples.push(at);
      const heap = probe ? await probe() : null;
      console.log(
        heap
          ? `${at.s} s: RSS ${at.rss} MB; after a full GC: heap used ${heap.heapUsed} MB, external ${heap.external} MB, RSS ${heap.rss} MB`
          : `${at.s} s: RSS ${at.rss} MB`,
      );
    };
    console.log(`soak: ${SOAK_SECONDS} s at 32 connections over the three endpoints on PGlite, RSS every 10 s`);
    await sample();
    const timer = setInterval(() => void sample(), 10_000);
    assertLoopback(server.url);
    const result = await autocannon({
      url: server.url,
      connections: 32,
      duration: SOAK_SECONDS,
      timeout: 10,
      requests: ENDPOINTS.map((e) => ({ path: e.path, headers: e.headers })),
    });
    clearInterval(timer);
    await sample();
    const end = samples.at(-1)!.rss;
    await new Promise((r) => setTimeout(r, 30_000));
    await sample();
    const loaded = samples.slice(0, -1).map((s) => s.rss);
    console.log(
      `requests ${result.requests.total}, errors + non-2xx ${result.errors + result.non2xx}, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms`,
    );
    console.log(`RSS at start: ${samples[0]!.rss} MB`);
    console.log(`RSS at end:   ${end} MB`);
    console.log(`RSS peak:     ${Math.max(...loaded)} MB`);
    console.log(`RSS 30 s after the load stopped: ${samples.at(-1)!.rss} MB`);
  } finally {
    await server.stop();
  }
}

console.log(
  `machine: ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}; ${new Date().toISOString()}`,
);
console.log(`uptime: ${execSync('uptime').toString().trim()}`);
const mode = process.argv[2] ?? '--throughput';
if (mode === '--fault') await fault();
else if (mode === '--soak') await soak(process.argv.includes('--heap'));
else await throughput();
console.log(`uptime after: ${execSync('uptime').toString().trim()}`);
