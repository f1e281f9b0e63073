import { afterEach, describe, expect, it } from 'vitest';
import {
  editorSessionValue,
  isEditorRequest,
  isEditorRequired,
  isEditorSession,
  isEditorToken,
  EDITOR_COOKIE,
} from '@/lib/services/editor-access';

const TOKEN = 'correct-horse-battery-staple';
const request = (headers: Record<string, string>) => new Request('http://127.0.0.1/api/scenarios', { method: 'POST', headers });

describe('editor access', () => {
  const saved = process.env.EDITOR_TOKEN;
  afterEach(() => {
    if (saved === undefined) delete process.env.EDITOR_TOKEN;
    else process.env.EDITOR_TOKEN = saved;
  });

  describe('without EDITOR_TOKEN', () => {
    it('lets every request and every visitor change scenarios', () => {
      delete process.env.EDITOR_TOKEN;
      expect(isEditorRequired()).toBe(false);
      expect(isEditorRequest(request({}))).toBe(true);
      expect(isEditorSession(undefined)).toBe(true);
    });

    it('accepts no token at all at sign-in (there is nothing to sign in to)', () => {
      delete process.env.EDITOR_TOKEN;
      expect(isEditorToken('')).toBe(false);
      expect(editorSessionValue()).toBeUndefined();
    });
  });

  describe('with EDITOR_TOKEN', () => {
    it('accepts the bearer token and refuses a missing, wrong, prefixed or longer one', () => {
      process.env.EDITOR_TOKEN = TOKEN;
      expect(isEditorRequest(request({ authorization: `Bearer ${TOKEN}` }))).toBe(true);
      expect(isEditorRequest(request({}))).toBe(false);
      expect(isEditorRequest(request({ authorization: 'Bearer wrong-token-of-some-length' }))).toBe(false);
      expect(isEditorRequest(request({ authorization: `Bearer ${TOKEN.slice(0, -1)}` }))).toBe(false);
      expect(isEditorRequest(request({ authorization: `Bearer ${TOKEN}x` }))).toBe(false);
      expect(isEditorRequest(request({ authorization: `Basic ${btoa(`editor:${TOKEN}`)}` }))).toBe(false);
    });

    it('accepts the session cookie set at sign-in, and not the raw token as a cookie', () => {
      process.env.EDITOR_TOKEN = TOKEN;
      const session = editorSessionValue();
      expect(session).toBeDefined();
      expect(session).not.toContain(TOKEN);
      expect(isEditorRequest(request({ cookie: `other=1; ${EDITOR_COOKIE}=${session}` }))).toBe(true);
      expect(isEditorRequest(request({ cookie: `${EDITOR_COOKIE}=${TOKEN}` }))).toBe(false);
      expect(isEditorSession(undefined)).toBe(false);
    });

    it('signs every editor out when the token changes', () => {
      process.env.EDITOR_TOKEN = TOKEN;
      const session = editorSessionValue();
      process.env.EDITOR_TOKEN = `${TOKEN}-rotated`;
      expect(isEditorSession(session)).toBe(false);
    });

    it('checks a token typed at sign-in', () => {
      process.env.EDITOR_TOKEN = TOKEN;
      expect(isEditorToken(TOKEN)).toBe(true);
      expect(isEditorToken(TOKEN.toUpperCase())).toBe(false);
      expect(isEditorToken('')).toBe(false);
    });
  });
});
