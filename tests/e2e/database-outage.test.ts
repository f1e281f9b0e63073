// PostgreSQL unreachable under load, then back (ADRs 063, 074): the server sits behind a loopback
// TCP proxy that the test cuts for a few seconds. While cut, API requests and pages fail fast with
// 503, Retry-After and a plain message (pages: an HTML page that reloads itself); once restored,
// they succeed again within seconds, with no app restart.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeAssumptions } from '../builders';
import { launchBrowser } from '../support/browser';
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
/**
 * Slowest acceptable answer once the server knows the database is down (ADR 075): far below the
 * 5 s connect timeout a request would wait if it tried to connect; milliseconds on an idle machine.
 */
const KNOWN_DOWN_MS = 1_500;

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

  // API paths that need the database on every request (presets are served from memory, ADR 066),
  // and pages: every page answers 503 while PostgreSQL is unreachable.
  const apiPaths = ['/api/scenarios', '/api/scenarios/saved-before-the-outage', '/api/health'];
  const pagePaths = ['/scenarios', '/scenarios/saved-before-the-outage', '/compare', '/methodology', '/'];
  const paths = [...apiPaths, ...pagePaths];
  /** One request; `at` is when it was sent, so requests already in flight at the cut are told apart. */
  const timed = async (path: string) => {
    const at = Date.now();
    const started = performance.now();
    // A request that never answers is recorded with status 0, so the checks below name its path.
    const response = await fetch(`${server.url}${path}`, { signal: AbortSignal.timeout(30_000) }).catch(() => null);
    if (!response) {
      const headers = { retryAfter: null, contentType: '', csp: '' };
      return { path, status: 0, text: 'no answer within 30 s', headers, ms: performance.now() - started, at, doneAt: Date.now() };
    }
    const text = await response.text();
    const headers = {
      retryAfter: response.headers.get('retry-after'),
      contentType: response.headers.get('content-type') ?? '',
      csp: response.headers.get('content-security-policy') ?? '',
    };
    return { path, status: response.status, text, headers, ms: performance.now() - started, at, doneAt: Date.now() };
  };

  it('answers 503 fast with Retry-After and a plain message on the API and on pages while the database is down, and 200 again soon after it is back', async () => {
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
    for (const path of paths)
      expect(
        during.some((s) => s.path === path),
        `no request to ${path} while down`,
      ).toBe(true);
    for (const s of during) {
      expect(s.status, `${s.path} while down: ${s.text.slice(0, 300)}`).toBe(503);
      expect(s.ms, `${s.path} took ${Math.round(s.ms)} ms while down`).toBeLessThan(FAIL_FAST_MS);
      expect(s.headers.retryAfter, s.path).toBe('5');
      expect(s.text, s.path).not.toMatch(/\n\s+at |ECONNREFUSED|postgres:\/\//); // no stack trace, no driver detail
      if (apiPaths.includes(s.path)) {
        expect(JSON.parse(s.text)).toEqual({ error: 'the database is unreachable; try again in a few seconds', issues: [] });
      } else {
        expect(s.headers.contentType).toBe('text/html; charset=utf-8');
        expect(s.headers.csp).toContain("script-src 'self' 'nonce-");
        expect(s.text).toContain('<h1>The database is unavailable</h1>');
        expect(s.text).toContain('The database is unavailable, try again in a few seconds.');
        expect(s.text).toContain('<meta http-equiv="refresh" content="5">'); // the browser retries by itself
        expect(s.text).not.toContain('<script');
      }
    }
    const after = samples.filter((s) => s.at > restoredAt);
    const firstOk = after.find((s) => s.status === 200);
    expect(firstOk, 'no request succeeded after the database came back').toBeDefined();
    expect(firstOk!.at - restoredAt).toBeLessThan(RECOVERY_MS);
    // Once one request succeeds, the rest of the run succeeds too.
    const last = after.filter((s) => s.at > firstOk!.at + 2_000);
    for (const path of paths)
      expect(
        last.some((s) => s.path === path),
        `no request to ${path} after recovery (first 200 sent ${firstOk!.at - restoredAt} ms after the restore, ${last.length} requests from 2 s after it)`,
      ).toBe(true);
    for (const s of last) expect(s.status, `${s.path} after recovery`).toBe(200);
    expect(last.find((s) => s.path === '/scenarios')?.text).toContain('/scenarios/saved-before-the-outage'); // the real page, with the saved scenario
    expect(server.output()).not.toContain('postgres://'); // no database URL in the logs
  });
  it('shows the unavailable page in the browser while the database is down, and the real page by itself once it is back', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await proxy.cut();
      try {
        const response = await page.goto(`${server.url}/scenarios`);
        expect(response?.status()).toBe(503);
        expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('The database is unavailable');
        expect(await page.locator('main').textContent()).toContain('try again in a few seconds');
      } finally {
        await proxy.restore();
      }
      // No click, no reload from the test: the page's own refresh brings the list back.
      await expect
        .poll(
          () =>
            page
              .getByRole('heading', { level: 1 })
              .textContent()
              .catch(() => null),
          { timeout: 30_000, interval: 250 },
        )
        .toBe('Scenarios');
      expect(await page.locator(`a[href="/scenarios/saved-before-the-outage"]`).count()).toBeGreaterThan(0);
    } finally {
      await browser.close();
    }
  });
  it('answers 503 at once, without waiting for a connection, once an outage is known, even when connecting hangs', async () => {
    expect((await timed('/api/scenarios')).status).toBe(200);
    await proxy.stall(); // connections are accepted and never answered: each attempt waits for the connect timeout
    try {
      // A read sent at the instant the connections are reset may wait on a dying connection with no
      // timeout of its own (postgres.js); it is let go once any other request finds the outage.
      const early = timed('/api/scenarios/saved-before-the-outage');
      await new Promise((r) => setTimeout(r, 300));
      // This one meets the outage itself, after the driver's connect timeout.
      const first = await timed('/api/scenarios');
      expect(first.status).toBe(503);
      const released = await early;
      expect(released.status).toBe(503);
      expect(released.doneAt - first.doneAt, 'the early read was not let go with the outage').toBeLessThan(KNOWN_DOWN_MS);
      // From then on every request is told at once, on every path, reads and writes alike.
      const known: Awaited<ReturnType<typeof timed>>[] = [];
      for (let i = 0; i < 3; i++) for (const path of paths) known.push(await timed(path));
      const write = await fetch(`${server.url}/api/scenarios/saved-before-the-outage`, { method: 'DELETE' });
      expect(write.status).toBe(503);
      for (const s of known) {
        expect(s.status, `${s.path} while known down`).toBe(503);
        expect(s.headers.retryAfter, s.path).toBe('5');
        expect(s.ms, `${s.path} took ${Math.round(s.ms)} ms while known down`).toBeLessThan(KNOWN_DOWN_MS);
      }
    } finally {
      await proxy.restore();
    }
    const restoredAt = Date.now();
    await expect.poll(async () => (await timed('/api/scenarios')).status, { timeout: RECOVERY_MS, interval: 200 }).toBe(200);
    expect(Date.now() - restoredAt).toBeLessThan(RECOVERY_MS);
    for (const path of paths) expect((await timed(path)).status, `${path} after recovery`).toBe(200);
  });
});
