// PostgreSQL unreachable under load, then back (ADR 063): the server sits behind a loopback TCP
// proxy that the test cuts for a few seconds. While cut, API requests fail fast with 503 and a
// plain message; once restored, they succeed again within seconds, with no app restart.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeAssumptions } from '../builders';
import { testBackends } from '../support/databases';
import { createPostgresDatabase } from '../support/postgres';
import { startServer, type RunningServer } from '../support/server';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy';

/**
 * Slowest acceptable answer while the database is down: "fail fast" means within the 5 s connect
 * timeout (ADR 063), not hanging for the driver's default 30 s; on an idle machine it is milliseconds.
 */
const FAIL_FAST_MS = 5_000;
/** Longest acceptable time from restoring the database to a successful answer. */
const RECOVERY_MS = 10_000;

describe.runIf(testBackends().includes('postgres'))('PostgreSQL unreachable under load', () => {
  let server: RunningServer;
  let proxy: TcpProxy;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const database = await createPostgresDatabase();
    drop = database.drop;
    const url = new URL(database.url);
    proxy = await startTcpProxy({ host: url.hostname, port: Number(url.port || 5432) });
    url.hostname = '127.0.0.1';
    url.port = String(proxy.port);
    server = await startServer('postgres', { databaseUrl: url.toString() });
    const imported = await fetch(`${server.url}/api/scenarios/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        format: 'bering-link-scenarios',
        formatVersion: 1,
        scenarios: [{ id: 'saved-before-the-outage', name: 'Saved', assumptions: makeAssumptions() }],
      }),
    });
    expect(imported.status).toBe(200);
  });
  afterAll(async () => {
    await server?.stop();
    await proxy?.close();
    await drop?.();
  });

  // Paths that need the database on every request (presets are served from memory, ADR 066).
  const paths = ['/api/scenarios', '/api/scenarios/saved-before-the-outage', '/api/health'];
  /** One request; `at` is when it was sent, so requests already in flight at the cut are told apart. */
  const timed = async (path: string) => {
    const at = Date.now();
    const started = performance.now();
    const response = await fetch(`${server.url}${path}`);
    const text = await response.text();
    return { path, status: response.status, text, ms: performance.now() - started, at, doneAt: Date.now() };
  };

  it('answers 503 fast with a plain message while the database is down, and 200 again soon after it is back', async () => {
    for (const path of paths) expect((await timed(path)).status).toBe(200);

    // Load: eight clients looping over the paths for the whole test.
    let isRunning = true;
    const samples: Awaited<ReturnType<typeof timed>>[] = [];
    const clients = Array.from({ length: 8 }, async (_, i) => {
      for (let k = i; isRunning; k += 1) samples.push(await timed(paths[k % paths.length]!));
    });

    await new Promise((r) => setTimeout(r, 1_000));
    await proxy.cut();
    const cutAt = Date.now();
    await new Promise((r) => setTimeout(r, 4_000));
    await proxy.restore();
    const restoredAt = Date.now();
    await new Promise((r) => setTimeout(r, RECOVERY_MS));
    isRunning = false;
    await Promise.all(clients);

    // Sent after the cut and answered before the restore: the database was down for all of it.
    const during = samples.filter((s) => s.at > cutAt && s.doneAt < restoredAt);
    expect(during.length).toBeGreaterThan(5);
    for (const s of during) {
      expect(s.status, `${s.path} while down: ${s.text}`).toBe(503);
      expect(s.ms, `${s.path} took ${Math.round(s.ms)} ms while down`).toBeLessThan(FAIL_FAST_MS);
      expect(JSON.parse(s.text)).toEqual({ error: 'the database is unreachable; try again in a few seconds', issues: [] });
    }
    const after = samples.filter((s) => s.at > restoredAt);
    const firstOk = after.find((s) => s.status === 200);
    expect(firstOk, 'no request succeeded after the database came back').toBeDefined();
    expect(firstOk!.at - restoredAt).toBeLessThan(RECOVERY_MS);
    // Once one request succeeds, the rest of the run succeeds too.
    const last = after.filter((s) => s.at > firstOk!.at + 2_000);
    expect(last.length).toBeGreaterThan(0);
    expect(last.every((s) => s.status === 200)).toBe(true);
    expect(server.output()).not.toContain('postgres://'); // no database URL in the logs
  });
});
