// Editor sessions and the sign-in limit over real HTTP against the production build (ADRs 072,
// 073): sign-out revokes the session on every app server, so a copied cookie stops authorising
// writes (API and server actions); failed sign-ins are limited per client and in total, with 429
// and Retry-After.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS } from '@/lib/model/presets';
import { callAction } from '../support/actions';
import { createPostgresDatabase, testBackends } from '../support/databases';
import { startServer, type RunningServer } from '../support/server';

const TOKEN = 'e2e-session-token-0123456789';
const WRONG = 'not-the-editor-token-at-all';

/** Posts the sign-in form as a browser would (no redirect followed). */
const signIn = (server: RunningServer, token: string, client: string, accept = '*/*') =>
  fetch(`${server.url}/api/session`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': client, accept },
    body: new URLSearchParams({ token, next: '/scenarios' }).toString(),
  });

/** The `name=value` of the editor cookie a sign-in answer sets. */
const cookieOf = (response: Response) => {
  const set = response.headers.getSetCookie().find((c) => c.startsWith('bering_editor='));
  expect(set, 'no editor cookie set').toBeDefined();
  return set!.split(';')[0]!;
};

const createWith = (server: RunningServer, cookie: string, name: string) =>
  fetch(`${server.url}/api/scenarios`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ name, assumptions: DEFAULT_ASSUMPTIONS }),
  });
const saveWith = (server: RunningServer, cookie: string, name: string) =>
  callAction(server.url, 'saveScenarioAction', [{ name, assumptions: DEFAULT_ASSUMPTIONS }], { cookie });
const savedNames = async (server: RunningServer) =>
  ((await (await fetch(`${server.url}/api/scenarios`)).json()) as { name: string; isPreset: boolean }[])
    .filter((s) => !s.isPreset)
    .map((s) => s.name)
    .sort();

describe.each(testBackends())('editor sessions on %s', (kind) => {
  // On PostgreSQL two app servers share the database: sign in on one, sign out on the other.
  let a: RunningServer;
  let b: RunningServer;
  let drop: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    const env = { EDITOR_TOKEN: TOKEN };
    if (kind === 'postgres') {
      const database = await createPostgresDatabase();
      drop = database.drop;
      a = await startServer('postgres', { databaseUrl: database.url, env });
      b = await startServer('postgres', { databaseUrl: database.url, env });
    } else {
      a = await startServer('pglite', { env });
      b = a;
    }
  });
  afterAll(async () => {
    await a?.stop();
    if (b !== a) await b?.stop();
    await drop?.();
  });

  it('signs in with a cookie (httpOnly, SameSite=Lax, random, not the token) that writes through the API and the actions', async () => {
    const response = await signIn(a, TOKEN, '192.0.2.10');
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/scenarios');
    const set = response.headers.getSetCookie()[0]!;
    expect(set).toMatch(/^bering_editor=[A-Za-z0-9_-]{43}; Path=\/; Max-Age=2592000; HttpOnly; SameSite=Lax$/);
    expect(set).not.toContain(TOKEN);
    const cookie = cookieOf(response);
    const second = cookieOf(await signIn(a, TOKEN, '192.0.2.10'));
    expect(second).not.toBe(cookie); // each sign-in is its own session

    expect((await createWith(a, cookie, 'API write on A')).status).toBe(201);
    expect((await createWith(b, cookie, 'API write on B')).status).toBe(201);
    expect((await saveWith(b, cookie, 'Action write on B')).text).toContain('"ok":true');
    expect(await savedNames(a)).toEqual(['API write on A', 'API write on B', 'Action write on B']);
  });

  it('revokes the session at sign-out: a copied cookie no longer writes through the API or the actions, on any server', async () => {
    const cookie = cookieOf(await signIn(a, TOKEN, '192.0.2.11'));
    const otherEditor = cookieOf(await signIn(a, TOKEN, '192.0.2.12'));
    expect((await saveWith(a, cookie, 'Before sign-out')).text).toContain('"ok":true');
    const before = await savedNames(a);

    await callAction(b.url, 'signOutAction', [], { cookie }); // the header's Sign out button, on the other server
    for (const server of [a, b]) {
      expect((await createWith(server, cookie, 'Copied cookie')).status).toBe(401);
      const action = await saveWith(server, cookie, 'Copied cookie');
      expect(action.text).toContain('"kind":"unauthorized"');
      expect(await (await fetch(`${server.url}/sign-in`, { headers: { cookie } })).text()).toContain('Sign in as an editor');
    }
    expect(await savedNames(a)).toEqual(before);
    // Another editor's session is not touched.
    expect((await saveWith(b, otherEditor, 'Other editor')).text).toContain('"ok":true');
  });
});

/** Waits, if needed, so the next few seconds stay inside one counting window (a minute of the clock). */
const awayFromWindowEnd = async (seconds = 15) => {
  const left = 60_000 - (Date.now() % 60_000);
  if (left < seconds * 1000) await new Promise((r) => setTimeout(r, left + 200));
};

describe('sign-in limit over HTTP', () => {
  let server: RunningServer;

  beforeAll(async () => {
    server = await startServer('pglite', { env: { EDITOR_TOKEN: TOKEN } });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('answers 429 with Retry-After after five failures from one client, even for the right token, and not for other clients', async () => {
    await awayFromWindowEnd();
    for (let i = 0; i < 5; i++) {
      const failed = await signIn(server, WRONG, '198.51.100.7');
      expect(failed.status).toBe(303);
      expect(failed.headers.get('location')).toBe('/sign-in?failed=1&next=%2Fscenarios');
      expect(failed.headers.getSetCookie()).toEqual([]);
    }
    const limited = await signIn(server, WRONG, '198.51.100.7');
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(await limited.json()).toEqual({
      error: `Too many failed sign-ins: try again in ${retryAfter} seconds.`,
      issues: [{ path: 'token', message: 'too many failed attempts' }],
    });

    const rightButLimited = await signIn(server, TOKEN, '198.51.100.7', 'text/html');
    expect(rightButLimited.status).toBe(429);
    expect(rightButLimited.headers.getSetCookie()).toEqual([]);
    expect(rightButLimited.headers.get('content-type')).toContain('text/html');
    expect(rightButLimited.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    const page = await rightButLimited.text();
    expect(page).toContain('Too many failed sign-ins: try again in');
    expect(page).not.toContain('<script');

    const otherClient = await signIn(server, TOKEN, '198.51.100.8');
    expect(otherClient.status).toBe(303);
    expect(cookieOf(otherClient)).toMatch(/^bering_editor=/);
  });

  it('refuses an oversized or non-UTF-8 sign-in body with a 4xx naming the body, and signs no one in', async () => {
    const post = (body: Uint8Array<ArrayBuffer> | string) =>
      fetch(`${server.url}/api/session`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': '198.51.100.20' },
        body,
      });
    const huge = await post(`token=${'a'.repeat(70 * 1024)}`);
    expect(huge.status).toBe(413);
    expect(((await huge.json()) as { issues: { path: string }[] }).issues[0]?.path).toBe('(body)');
    const binary = await post(new Uint8Array([0x74, 0x6f, 0x6b, 0x65, 0x6e, 0x3d, 0xff, 0xfe]));
    expect(binary.status).toBe(400);
    expect(((await binary.json()) as { issues: { path: string }[] }).issues[0]?.path).toBe('(body)');
    for (const response of [huge, binary]) expect(response.headers.getSetCookie()).toEqual([]);
  });

  it('limits failures over all clients together, so changing the claimed address does not help', async () => {
    // Failures of the previous test may fall in this minute; fill the rest of the total from fresh addresses.
    await awayFromWindowEnd(20);
    const statuses: number[] = [];
    for (let i = 0; i < 60; i++) statuses.push((await signIn(server, WRONG, `203.0.113.${i}`)).status);
    const firstLimited = statuses.indexOf(429);
    expect(firstLimited, `statuses: ${statuses.join(' ')}`).toBeGreaterThan(0);
    expect(statuses.slice(0, firstLimited).every((s) => s === 303)).toBe(true);
    expect(statuses.slice(firstLimited).every((s) => s === 429)).toBe(true);
    expect((await signIn(server, TOKEN, '203.0.113.250')).status).toBe(429);
    expect(server.output()).not.toContain(TOKEN);
  });
});
