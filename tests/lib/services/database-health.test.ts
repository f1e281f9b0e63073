// The outage fast path (ADR 075): once an outage is known, `guarded` answers 503 without running the
// handler, reads already waiting are let go, and recovery is found by one background ping at a time.
// The database and its ping are stand-ins here; tests/e2e/database-outage.test.ts cuts a real one.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const ping = vi.hoisted(() => ({ calls: 0, answer: (): Promise<void> => Promise.resolve() }));
vi.mock('@/db/connection', () => ({ getDatabase: async () => ({ db: {}, kind: 'postgres', close: async () => {} }) }));
vi.mock('@/db/health', () => ({
  pingDatabase: () => {
    ping.calls += 1;
    return ping.answer();
  },
}));

const { isDatabaseKnownDown, isDatabaseReachable, noteDatabaseError, onDatabaseOutage, PING_TIMEOUT_MS, UNREACHABLE_RECHECK_MS } =
  await import('@/lib/services/database-health');
const { guarded } = await import('@/lib/services/http');

const refused = () =>
  new Error('Failed query: select 1', { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) });
const get = (path: string, method = 'GET') => new Request(`http://127.0.0.1${path}`, { method });
const never = () => new Promise<Response>(() => {});

describe('database health fast path', () => {
  beforeEach(() => {
    delete (globalThis as Record<symbol, unknown>)[Symbol.for('bering-link.database-health')];
    vi.stubEnv('DATABASE_URL', 'postgres://127.0.0.1:1/unused');
    ping.calls = 0;
    ping.answer = () => Promise.resolve();
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.useRealTimers();
  });

  it('answers 503 at once without running the handler once an outage is known', async () => {
    noteDatabaseError(refused());
    const handler = vi.fn(async () => new Response('ok'));
    const response = await guarded(handler, get('/api/scenarios'));
    expect(handler).not.toHaveBeenCalled();
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
    expect(await response.json()).toEqual({ error: 'the database is unreachable; try again in a few seconds', issues: [] });
  });

  it('runs handlers as usual while no outage is known, and never on the embedded database', async () => {
    expect(await (await guarded(async () => new Response('ok'), get('/api/scenarios'))).text()).toBe('ok');
    vi.stubEnv('DATABASE_URL', '');
    noteDatabaseError(refused());
    expect(isDatabaseKnownDown()).toBe(false);
    expect(await (await guarded(async () => new Response('ok'), get('/api/scenarios'))).text()).toBe('ok');
  });

  it('lets go of a read waiting on the database as soon as another request meets the outage', async () => {
    const waiting = guarded(never, get('/api/scenarios/saved'));
    await Promise.resolve();
    noteDatabaseError(refused());
    expect((await waiting).status).toBe(503);
  });

  it('lets a write wait for its own outcome: it may still succeed', async () => {
    let finish: (r: Response) => void = () => {};
    const writing = guarded(() => new Promise<Response>((resolve) => (finish = resolve)), get('/api/scenarios/saved', 'PUT'));
    await Promise.resolve();
    noteDatabaseError(refused());
    let isSettled = false;
    void writing.then(() => (isSettled = true));
    await new Promise((r) => setTimeout(r, 10));
    expect(isSettled).toBe(false);
    finish(new Response('saved'));
    expect(await (await writing).text()).toBe('saved');
  });

  it('stops listening for outages when a request ends', async () => {
    const listener = vi.fn();
    const stop = onDatabaseOutage(listener);
    stop();
    await guarded(async () => new Response('ok'), get('/api/scenarios'));
    noteDatabaseError(refused());
    expect(listener).not.toHaveBeenCalled();
  });

  it('asks again with one ping at a time, at most once a second, and serves again once a ping succeeds', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    let answerPing: () => void = () => {};
    ping.answer = () => new Promise<void>((resolve) => (answerPing = resolve));
    noteDatabaseError(refused());
    expect(isDatabaseKnownDown()).toBe(true);
    expect(ping.calls).toBe(0); // less than a second since the outage was seen
    vi.advanceTimersByTime(UNREACHABLE_RECHECK_MS);
    for (let i = 0; i < 5; i++) expect(isDatabaseKnownDown()).toBe(true);
    await vi.waitFor(() => expect(ping.calls).toBe(1)); // five requests, one ping
    answerPing();
    await vi.waitFor(() => expect(isDatabaseKnownDown()).toBe(false));
    expect(await (await guarded(async () => new Response('ok'), get('/api/scenarios'))).text()).toBe('ok');
  });

  it('checks again a second after the last check began, however many errors requests report meanwhile', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    ping.answer = () => Promise.reject(refused());
    noteDatabaseError(refused());
    vi.advanceTimersByTime(600);
    noteDatabaseError(refused()); // a request that was still waiting reports the outage again
    vi.advanceTimersByTime(UNREACHABLE_RECHECK_MS - 600);
    expect(isDatabaseKnownDown()).toBe(true);
    await vi.waitFor(() => expect(ping.calls).toBe(1));
    await vi.waitFor(() => expect(isDatabaseKnownDown()).toBe(true));
    for (let i = 0; i < 3; i++) {
      vi.advanceTimersByTime(UNREACHABLE_RECHECK_MS / 2);
      noteDatabaseError(refused());
      isDatabaseKnownDown();
    }
    await vi.waitFor(() => expect(ping.calls).toBe(2)); // 1.5 s later: one more check, not none
  });

  it('gives up on a ping that never answers, so later checks still run and find the database back', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    ping.answer = () => new Promise<void>(() => {}); // sent on a connection reset under it
    const reachable = isDatabaseReachable();
    await vi.advanceTimersByTimeAsync(PING_TIMEOUT_MS);
    expect(await reachable).toBe(false);
    expect(isDatabaseKnownDown()).toBe(true);
    ping.answer = () => Promise.resolve();
    await vi.advanceTimersByTimeAsync(UNREACHABLE_RECHECK_MS);
    expect(isDatabaseKnownDown()).toBe(true); // starts the next check
    await vi.advanceTimersByTimeAsync(1);
    expect(isDatabaseKnownDown()).toBe(false);
    expect(ping.calls).toBe(2);
  });

  it('ignores an outage reported by a request older than the last successful check, not one by a newer request', async () => {
    expect(await isDatabaseReachable()).toBe(true); // a check succeeds now
    const before = Date.now() - 1_000;
    noteDatabaseError(refused(), before); // a request that waited through an outage that is over
    expect(isDatabaseKnownDown()).toBe(false);
    noteDatabaseError(refused(), Date.now() + 1);
    expect(isDatabaseKnownDown()).toBe(true);
  });
});
