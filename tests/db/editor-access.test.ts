// Editor access on both databases (ADRs 061, 072, 073): the bearer token, server-side sessions that
// sign-out and expiry end, and the limit on failed sign-ins, shared through the database.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import {
  closeEditorSession,
  EDITOR_COOKIE,
  EDITOR_SESSION_SECONDS,
  isEditorRequest,
  isEditorRequired,
  isEditorSession,
  isEditorToken,
  openEditorSession,
} from '@/lib/services/editor-access';
import {
  attemptSignIn,
  clientAddress,
  SIGN_IN_FAILURES_IN_TOTAL,
  SIGN_IN_FAILURES_PER_CLIENT,
  SIGN_IN_WINDOW_SECONDS,
} from '@/lib/services/sign-in';
import { openTestDatabase, testBackends } from '../support/databases';

const TOKEN = 'correct-horse-battery-staple';
const request = (headers: Record<string, string>) => new Request('http://127.0.0.1/api/scenarios', { method: 'POST', headers });
/** The start of a counting window, so tests do not straddle two windows. */
const windowAt = (minute: number) => new Date(Date.UTC(2030, 0, 1, 0, minute, 0));

describe.each(testBackends())('editor access on %s', (kind) => {
  let handle: DatabaseHandle;
  const saved = process.env.EDITOR_TOKEN;

  beforeAll(async () => {
    handle = await openTestDatabase(kind);
  });
  afterAll(async () => {
    await handle?.close();
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.EDITOR_TOKEN;
    else process.env.EDITOR_TOKEN = saved;
  });

  describe('without EDITOR_TOKEN', () => {
    it('lets every request and every visitor change scenarios, and has nothing to sign in to', async () => {
      delete process.env.EDITOR_TOKEN;
      expect(isEditorRequired()).toBe(false);
      expect(await isEditorRequest(handle.db, request({}))).toBe(true);
      expect(await isEditorSession(handle.db, undefined)).toBe(true);
      expect(isEditorToken('')).toBe(false);
      expect(await openEditorSession(handle.db)).toBeUndefined();
      expect(await attemptSignIn(handle.db, 'anything', '10.0.0.1')).toEqual({ kind: 'open' });
    });
  });

  describe('with EDITOR_TOKEN', () => {
    it('accepts the bearer token and refuses a missing, wrong, prefixed or longer one', async () => {
      process.env.EDITOR_TOKEN = TOKEN;
      const may = (headers: Record<string, string>) => isEditorRequest(handle.db, request(headers));
      expect(await may({ authorization: `Bearer ${TOKEN}` })).toBe(true);
      expect(await may({})).toBe(false);
      expect(await may({ authorization: 'Bearer wrong-token-of-some-length' })).toBe(false);
      expect(await may({ authorization: `Bearer ${TOKEN.slice(0, -1)}` })).toBe(false);
      expect(await may({ authorization: `Bearer ${TOKEN}x` })).toBe(false);
      expect(await may({ authorization: `Basic ${btoa(`editor:${TOKEN}`)}` })).toBe(false);
      expect(isEditorToken(TOKEN)).toBe(true);
      expect(isEditorToken(TOKEN.toUpperCase())).toBe(false);
    });

    it('accepts a session cookie until sign-out, then refuses every copy of it', async () => {
      process.env.EDITOR_TOKEN = TOKEN;
      const session = await openEditorSession(handle.db);
      const value = session!.cookieValue;
      expect(value).not.toContain(TOKEN);
      expect(value).toMatch(/^[A-Za-z0-9_-]{43}$/);
      const copy = `other=1; ${EDITOR_COOKIE}=${value}`;
      expect(await isEditorRequest(handle.db, request({ cookie: copy }))).toBe(true);
      expect(await isEditorSession(handle.db, value)).toBe(true);

      const other = (await openEditorSession(handle.db))!.cookieValue;
      await closeEditorSession(handle.db, value);
      expect(await isEditorRequest(handle.db, request({ cookie: copy }))).toBe(false);
      expect(await isEditorSession(handle.db, value)).toBe(false);
      expect(await isEditorSession(handle.db, other)).toBe(true); // another editor's session stays
    });

    it('refuses the raw token, a forged value and no cookie', async () => {
      process.env.EDITOR_TOKEN = TOKEN;
      expect(await isEditorRequest(handle.db, request({ cookie: `${EDITOR_COOKIE}=${TOKEN}` }))).toBe(false);
      expect(await isEditorSession(handle.db, 'A'.repeat(43))).toBe(false);
      expect(await isEditorSession(handle.db, "x' or '1'='1")).toBe(false);
      expect(await isEditorSession(handle.db, undefined)).toBe(false);
    });

    it('ends a session when it expires', async () => {
      process.env.EDITOR_TOKEN = TOKEN;
      const openedAt = new Date('2030-01-01T00:00:00Z');
      const session = (await openEditorSession(handle.db, openedAt))!;
      expect(session.expiresAt.getTime() - openedAt.getTime()).toBe(EDITOR_SESSION_SECONDS * 1000);
      const justBefore = new Date(session.expiresAt.getTime() - 1000);
      expect(await isEditorSession(handle.db, session.cookieValue, justBefore)).toBe(true);
      expect(await isEditorSession(handle.db, session.cookieValue, session.expiresAt)).toBe(false);
    });

    it('signs every editor out when the token changes', async () => {
      process.env.EDITOR_TOKEN = TOKEN;
      const session = (await openEditorSession(handle.db))!;
      process.env.EDITOR_TOKEN = `${TOKEN}-rotated`;
      expect(await isEditorSession(handle.db, session.cookieValue)).toBe(false);
    });
  });

  describe('sign-in attempts', () => {
    it('signs in with the token, and limits each client to a few failures a minute, then 429 until the window ends', async () => {
      process.env.EDITOR_TOKEN = TOKEN;
      const start = windowAt(1);
      const at = (seconds: number) => new Date(start.getTime() + seconds * 1000);
      const signedIn = await attemptSignIn(handle.db, TOKEN, '10.0.1.1', at(0));
      expect(signedIn.kind).toBe('signed-in');
      if (signedIn.kind === 'signed-in') expect(await isEditorSession(handle.db, signedIn.cookieValue, at(1))).toBe(true);
      for (let i = 0; i < SIGN_IN_FAILURES_PER_CLIENT; i++) {
        expect(await attemptSignIn(handle.db, 'wrong-token-wrong-token', '10.0.1.1', at(1 + i))).toEqual({ kind: 'wrong-token' });
      }
      // The right token too is refused once the client is over its limit: nothing is compared.
      expect(await attemptSignIn(handle.db, TOKEN, '10.0.1.1', at(20))).toEqual({ kind: 'limited', retryAfterSeconds: 40 });
      expect((await attemptSignIn(handle.db, TOKEN, '10.0.1.2', at(21))).kind).toBe('signed-in'); // another client
      expect((await attemptSignIn(handle.db, TOKEN, '10.0.1.1', at(SIGN_IN_WINDOW_SECONDS))).kind).toBe('signed-in'); // next window
    });

    it('lets no more failures through than the limit when attempts arrive at once', async () => {
      process.env.EDITOR_TOKEN = TOKEN;
      const now = windowAt(3);
      const outcomes = await Promise.all(
        Array.from({ length: 12 }, () => attemptSignIn(handle.db, 'wrong-token-wrong-token', '10.0.3.1', now)),
      );
      expect(outcomes.filter((o) => o.kind === 'wrong-token')).toHaveLength(SIGN_IN_FAILURES_PER_CLIENT);
      expect(outcomes.filter((o) => o.kind === 'limited')).toHaveLength(12 - SIGN_IN_FAILURES_PER_CLIENT);
    });

    it('limits the failures of all clients together, whatever address each claims', async () => {
      process.env.EDITOR_TOKEN = TOKEN;
      const now = windowAt(5);
      for (let i = 0; i < SIGN_IN_FAILURES_IN_TOTAL; i++) {
        expect((await attemptSignIn(handle.db, 'wrong-token-wrong-token', `10.0.5.${i}`, now)).kind).toBe('wrong-token');
      }
      expect((await attemptSignIn(handle.db, 'wrong-token-wrong-token', '10.0.5.250', now)).kind).toBe('limited');
      expect((await attemptSignIn(handle.db, TOKEN, '10.0.5.251', now)).kind).toBe('limited');
    });

    it('counts a client of unknown address in the total only', async () => {
      process.env.EDITOR_TOKEN = TOKEN;
      const now = windowAt(6);
      for (let i = 0; i < SIGN_IN_FAILURES_PER_CLIENT + 2; i++) {
        expect((await attemptSignIn(handle.db, 'wrong-token-wrong-token', null, now)).kind).toBe('wrong-token');
      }
      expect((await attemptSignIn(handle.db, TOKEN, null, now)).kind).toBe('signed-in');
    });
  });
});

describe('client address for the sign-in limit', () => {
  it('takes the last X-Forwarded-For entry behind one trusted proxy (the default), the one it added', () => {
    expect(clientAddress('203.0.113.9', 1)).toBe('203.0.113.9');
    expect(clientAddress('198.51.100.1, 203.0.113.9', 1)).toBe('203.0.113.9');
    expect(clientAddress('::ffff:127.0.0.1', 1)).toBe('::ffff:127.0.0.1');
  });

  it('takes the entry the outermost of several trusted proxies added, never one the client wrote', () => {
    // client claims 10.6.6.6; the CDN saw 203.0.113.9 and added it; the inner proxy added the CDN's address
    const header = '10.6.6.6, 203.0.113.9, 192.0.2.10';
    expect(clientAddress(header, 2)).toBe('203.0.113.9');
    expect(clientAddress(header, 3)).toBe('10.6.6.6');
    expect(clientAddress('203.0.113.9, 192.0.2.10', 5)).toBe('203.0.113.9'); // fewer entries than hops: the first
  });

  it('trusts no X-Forwarded-For with 0 hops: the address is unknown', () => {
    expect(clientAddress('203.0.113.9', 0)).toBeNull();
  });

  it('gives null for a missing or unusable entry', () => {
    expect(clientAddress(null, 1)).toBeNull();
    expect(clientAddress('', 1)).toBeNull();
    expect(clientAddress('<script>', 1)).toBeNull();
    expect(clientAddress('x'.repeat(65), 1)).toBeNull();
    expect(clientAddress('203.0.113.9, <script>', 1)).toBeNull();
  });
});
