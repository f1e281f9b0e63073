// The stored HTML of `/` (ADR 076) against the production server: every answer carries its own CSP
// nonce in the header, the script tags and the RSC payload; the page is the same for every visitor
// without cookies, and query parameters, a signed-in editor and client navigations still get their
// own render.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../support/server';

const TOKEN = 'e2e-page-cache-token-0123456789';

const nonceOf = (response: Response) => /'nonce-([A-Za-z0-9+/=]+)'/.exec(response.headers.get('content-security-policy') ?? '')?.[1];

async function page(server: RunningServer, path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}${path}`, { headers: { accept: 'text/html', ...headers } });
  return { response, html: await response.text(), nonce: nonceOf(response) };
}

describe('the stored home page', () => {
  let server: RunningServer;

  beforeAll(async () => {
    server = await startServer('pglite', { env: { EDITOR_TOKEN: TOKEN } });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('gives each answer its own nonce, everywhere the page uses one, and the same page otherwise', async () => {
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await page(server, '/'));
    const nonces = answers.map((a) => a.nonce);
    expect(new Set(nonces).size).toBe(answers.length);
    for (const { response, html, nonce } of answers) {
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-request-id')).toBeTruthy();
      const scriptNonces = [...html.matchAll(/<script[^>]*\snonce="([^"]+)"/g)].map((m) => m[1]);
      expect(scriptNonces.length).toBeGreaterThan(0);
      expect(new Set(scriptNonces)).toEqual(new Set([nonce]));
      expect(html).toContain(`\\"nonce\\":\\"${nonce}\\"`); // the RSC payload's copy
      for (const other of nonces.filter((n) => n !== nonce)) expect(html).not.toContain(other!);
    }
    const normalised = answers.map(({ html, nonce }) => html.replaceAll(nonce!, 'NONCE'));
    expect(new Set(normalised).size).toBe(1);
    expect(answers[0]!.html).toContain('Sign in'); // a visitor who is not signed in
  });

  it('stores a version for phones that say so, without the folded controls, apart from the full page', async () => {
    const ranges = (html: string) => html.match(/type="range"/g)?.length ?? 0;
    const phones = [await page(server, '/', { 'sec-ch-ua-mobile': '?1' }), await page(server, '/', { 'sec-ch-ua-mobile': '?1' })];
    const others = [await page(server, '/', { 'sec-ch-ua-mobile': '?0' }), await page(server, '/')];
    for (const { response, html } of phones) {
      expect(response.status).toBe(200);
      expect(ranges(html)).toBe(0);
      expect(html).toContain('data-group-toggle="Link"');
    }
    for (const { html } of others) expect(ranges(html)).toBeGreaterThan(20);
    const normalised = (answers: typeof phones) => new Set(answers.map(({ html, nonce }) => html.replaceAll(nonce!, 'NONCE')));
    expect(normalised(phones).size).toBe(1);
    expect(normalised(others).size).toBe(1);
    expect(phones[0]!.nonce).not.toBe(phones[1]!.nonce);
  });

  it('renders query parameters, a signed-in editor and client navigations per request', async () => {
    const plain = await page(server, '/');
    const withQuery = await page(server, '/?iceFree=2077');
    expect(withQuery.response.status).toBe(200);
    expect(withQuery.html).toContain('value="2077"');
    expect(plain.html).not.toContain('value="2077"');

    const signIn = await fetch(`${server.url}/api/session`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: TOKEN, next: '/' }).toString(),
    });
    expect(signIn.status).toBe(303);
    const cookie = signIn.headers
      .getSetCookie()
      .find((c) => c.startsWith('bering_editor='))!
      .split(';')[0]!;
    const editor = await page(server, '/', { cookie });
    expect(editor.html).toContain('Sign out');
    expect(editor.html).not.toContain('>Sign in<');
    expect((await page(server, '/')).html).not.toContain('Sign out'); // and visitors still get theirs

    // The router's fetch of `/` (as Next's client sends it: RSC header, any type accepted) gets the
    // RSC payload, not the stored HTML; Next redirects it once to add its cache-busting parameter.
    const navigation = await fetch(`${server.url}/`, { headers: { rsc: '1', accept: '*/*', 'sec-fetch-dest': 'empty' } });
    expect(navigation.status).toBe(200);
    expect(navigation.headers.get('content-type')).toMatch(/^text\/x-component/);
  });
});
