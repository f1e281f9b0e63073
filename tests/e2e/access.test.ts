// Editor access with EDITOR_TOKEN set (ADR 061), over real HTTP and in Chromium: everyone views;
// every write route and every server action refuses a visitor without the token and changes
// nothing; the sign-in page sets an httpOnly SameSite=Lax cookie; sign-out ends the session, and
// a copy of its cookie stops working (ADR 072).
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS, PRESETS } from '@/lib/model/presets';
import { callAction } from '../support/actions';
import { launchBrowser } from '../support/browser';
import { startServer, type RunningServer } from '../support/server';

/** Page updates under a busy 2-core machine can take seconds (expect.poll waits 1 s by default). */
const POLL = { timeout: 20_000, interval: 100 };

const TOKEN = 'e2e-editor-token-0123456789';
const BEARER = { authorization: `Bearer ${TOKEN}` };

describe('editor access with EDITOR_TOKEN set', () => {
  let server: RunningServer;
  let browser: Browser;
  let savedId: string;

  const api = (path: string, init: RequestInit = {}) =>
    fetch(`${server.url}${path}`, { ...init, headers: { 'content-type': 'application/json', ...init.headers } });
  /** Everything stored, presets included, with versions: must not move after a refused write. */
  const snapshot = async () => {
    const list = await (await api('/api/scenarios')).json();
    const file = (await (await api('/api/scenarios/export')).json()) as { scenarios: unknown[] };
    return JSON.stringify([list, file.scenarios]);
  };
  const validBody = (name: string) => JSON.stringify({ name, assumptions: DEFAULT_ASSUMPTIONS });
  const importBody = (id: string) =>
    JSON.stringify({
      format: 'bering-link-scenarios',
      formatVersion: 1,
      scenarios: [{ id, name: 'Imported', assumptions: DEFAULT_ASSUMPTIONS }],
    });

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer('pglite', { env: { EDITOR_TOKEN: TOKEN } }), launchBrowser()]);
    const created = await api('/api/scenarios', { method: 'POST', headers: BEARER, body: validBody('Editor target') });
    expect(created.status).toBe(201);
    savedId = ((await created.json()) as { id: string }).id;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('lets anyone view pages and read the API without signing in', async () => {
    for (const path of [
      '/',
      '/scenarios',
      `/scenarios/${savedId}`,
      '/methodology',
      '/api/scenarios',
      `/api/scenarios/${savedId}/results`,
      `/api/scenarios/${PRESETS[0]!.id}/report.csv`,
      '/api/scenarios/export',
    ]) {
      expect((await fetch(`${server.url}${path}`)).status, path).toBe(200);
    }
  });

  const writes: [string, () => { path: string; init: RequestInit }][] = [
    ['POST /api/scenarios', () => ({ path: '/api/scenarios', init: { method: 'POST', body: validBody('Intruder') } })],
    [
      'PUT /api/scenarios/{id}',
      () => ({ path: `/api/scenarios/${savedId}`, init: { method: 'PUT', body: JSON.stringify({ version: 1, name: 'Intruder' }) } }),
    ],
    ['DELETE /api/scenarios/{id}', () => ({ path: `/api/scenarios/${savedId}`, init: { method: 'DELETE' } })],
    [
      'POST /api/scenarios/import',
      () => ({ path: '/api/scenarios/import', init: { method: 'POST', body: importBody('intruder-import') } }),
    ],
  ];

  it.each(writes)(
    '%s answers 401 without the token, with a wrong one, or with the token as a cookie, and changes nothing',
    async (_label, make) => {
      const before = await snapshot();
      const { path, init } = make();
      const attempts: Record<string, string>[] = [
        {},
        { authorization: 'Bearer wrong-token-wrong-token' },
        { authorization: TOKEN },
        { cookie: `bering_editor=${TOKEN}` },
      ];
      for (const headers of attempts) {
        const response = await api(path, { ...init, headers });
        expect(response.status, JSON.stringify(headers)).toBe(401);
        expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
        const body = (await response.json()) as { error: string; issues: { path: string }[] };
        expect(body.issues[0]?.path).toBe('(authorization)');
      }
      expect(await snapshot()).toBe(before);
    },
  );

  it('accepts every write route with the bearer token', async () => {
    const created = await api('/api/scenarios', { method: 'POST', headers: BEARER, body: validBody('By editor') });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    expect(
      (await api(`/api/scenarios/${id}`, { method: 'PUT', headers: BEARER, body: JSON.stringify({ version: 1, name: 'Renamed' }) })).status,
    ).toBe(200);
    expect((await api('/api/scenarios/import', { method: 'POST', headers: BEARER, body: importBody('editor-import') })).status).toBe(200);
    expect((await api(`/api/scenarios/${id}`, { method: 'DELETE', headers: BEARER })).status).toBe(204);
    expect((await api('/api/scenarios/editor-import', { method: 'DELETE', headers: BEARER })).status).toBe(204);
  });

  const actions: [string, () => unknown[]][] = [
    ['saveScenarioAction', () => [{ name: 'Intruder', assumptions: DEFAULT_ASSUMPTIONS }]],
    ['updateScenarioAction', () => [savedId, { version: 1, name: 'Intruder' }]],
    ['duplicateScenarioAction', () => [savedId, 'Intruder copy']],
    ['deleteScenarioAction', () => [savedId]],
  ];

  it.each(actions)('server action %s refuses a visitor who is not signed in and changes nothing', async (name, args) => {
    const before = await snapshot();
    for (const cookie of [undefined, `bering_editor=${TOKEN}`, 'bering_editor=forged']) {
      const { status, text } = await callAction(server.url, name, args(), { cookie });
      expect(status).toBe(200);
      expect(text).toContain('"kind":"unauthorized"');
    }
    expect(await snapshot()).toBe(before);
  });

  it('signs an editor in through the page (httpOnly, SameSite=Lax cookie), lets the actions through, and signs out for good', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    // Name the resource behind any failed load, so a console error says which one it was.
    page.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`));
    await page.goto(`${server.url}/scenarios`);
    await page.getByRole('link', { name: 'Sign in' }).click();
    await page.getByLabel('Editor token').fill('not-the-token-at-all');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.locator('#editor-token-error').textContent(), POLL).toContain('not the editor token');
    expect(await context.cookies()).toEqual([]);

    await page.getByLabel('Editor token').fill(TOKEN);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${server.url}/scenarios`);
    const [cookie] = await context.cookies();
    expect(cookie).toMatchObject({ name: 'bering_editor', httpOnly: true, sameSite: 'Lax', secure: false, path: '/' });
    expect(cookie?.value).not.toContain(TOKEN);

    const jar = `${cookie!.name}=${cookie!.value}`;
    const saved = await callAction(server.url, 'saveScenarioAction', [{ name: 'Signed-in save', assumptions: DEFAULT_ASSUMPTIONS }], {
      cookie: jar,
    });
    const id = /"id":"([^"]+)"/.exec(saved.text)?.[1];
    expect(saved.text).toContain('"ok":true');
    expect(
      (await callAction(server.url, 'updateScenarioAction', [id, { version: 1, name: 'Signed-in rename' }], { cookie: jar })).text,
    ).toContain('"ok":true');
    expect((await callAction(server.url, 'duplicateScenarioAction', [id], { cookie: jar })).text).toContain('"ok":true');
    expect((await callAction(server.url, 'deleteScenarioAction', [id], { cookie: jar })).text).toContain('"ok":true');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${server.url}/`);
    expect(await context.cookies()).toEqual([]);
    await expect.poll(() => page.getByRole('link', { name: 'Sign in' }).count(), POLL).toBe(1);
    // A copy of the cookie taken before sign-out authorises nothing any more (ADR 072).
    const before = await snapshot();
    const afterSignOut = await callAction(server.url, 'saveScenarioAction', [{ name: 'Copied cookie', assumptions: DEFAULT_ASSUMPTIONS }], {
      cookie: jar,
    });
    expect(afterSignOut.text).toContain('"kind":"unauthorized"');
    expect((await api('/api/scenarios', { method: 'POST', headers: { cookie: jar }, body: validBody('Copied cookie') })).status).toBe(401);
    expect(await snapshot()).toBe(before);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('marks the cookie Secure when the site is served over https', async () => {
    const context = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-proto': 'https' } });
    const page = await context.newPage();
    await page.goto(`${server.url}/sign-in`);
    await page.getByLabel('Editor token').fill(TOKEN);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${server.url}/scenarios`);
    expect((await context.cookies())[0]).toMatchObject({ name: 'bering_editor', secure: true, httpOnly: true });
    await context.close();
  });

  it('logs API answers as JSON lines with a request id, and never the token', async () => {
    const response = await api('/api/scenarios', {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}-wrong`, 'x-request-id': 'e2e-trace-42' },
      body: '{}',
    });
    expect(response.headers.get('x-request-id')).toBe('e2e-trace-42');
    await expect
      .poll(
        () =>
          server
            .output()
            .split('\n')
            .filter((line) => line.includes('"requestId":"e2e-trace-42"')),
        POLL,
      )
      .toContainEqual(expect.stringContaining('"status":401'));
    const line = server
      .output()
      .split('\n')
      .find((l) => l.includes('"requestId":"e2e-trace-42"'))!;
    expect(JSON.parse(line)).toMatchObject({ level: 30, method: 'POST', path: '/api/scenarios', status: 401 });
    expect(server.output()).not.toContain(TOKEN);
  });

  it('tells a visitor who is not signed in to sign in when saving from the page, and saves nothing', async () => {
    const before = await snapshot();
    const page = await browser.newPage();
    await page.goto(`${server.url}/scenarios`);
    await page.getByLabel('Name', { exact: true }).fill('Visitor attempt');
    await page.getByRole('button', { name: /create/i }).click();
    await expect.poll(() => page.getByRole('alert').allTextContents(), POLL).toContainEqual(expect.stringContaining('Only editors'));
    expect(await snapshot()).toBe(before);
    await page.close();
  });
});
