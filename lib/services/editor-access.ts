// Who may change scenarios (ADR 061). Without EDITOR_TOKEN everyone may (one person, local use);
// with it, only requests carrying the token: `Authorization: Bearer <token>` for the HTTP API, or
// the editor session cookie set by the sign-in page. Secrets are compared in constant time.
import 'server-only';
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { readEnv } from '@/lib/env';

/** Name of the httpOnly cookie that marks a signed-in editor. */
export const EDITOR_COOKIE = 'bering_editor';

/** How long a sign-in lasts, in seconds (30 days). */
export const EDITOR_SESSION_SECONDS = 30 * 24 * 60 * 60;

/** The configured editor token, or undefined when access is open. */
function editorToken(): string | undefined {
  return readEnv().EDITOR_TOKEN;
}

/** Whether changing scenarios needs an editor (EDITOR_TOKEN is set). */
export function isEditorRequired(): boolean {
  return editorToken() !== undefined;
}

/** Equal strings of any length, compared in time that does not depend on where they differ. */
function isSameSecret(candidate: string, secret: string): boolean {
  const a = createHash('sha256').update(candidate).digest();
  const b = createHash('sha256').update(secret).digest();
  return timingSafeEqual(a, b);
}

/**
 * The cookie value of a signed-in editor: an HMAC of a fixed label under the token, so the token
 * itself never sits in a browser and changing the token signs every editor out.
 */
function sessionValue(token: string): string {
  return createHmac('sha256', token).update('bering-link editor session v1').digest('base64url');
}

/** Whether `candidate` is the editor token (false when access is open: nothing to sign in to). */
export function isEditorToken(candidate: string): boolean {
  const token = editorToken();
  return token !== undefined && isSameSecret(candidate, token);
}

/** The cookie value to set after a successful sign-in; undefined when access is open. */
export function editorSessionValue(): string | undefined {
  const token = editorToken();
  return token === undefined ? undefined : sessionValue(token);
}

/** Whether a cookie value (or its absence) belongs to a signed-in editor; always true when access is open. */
export function isEditorSession(cookieValue: string | undefined): boolean {
  const token = editorToken();
  if (token === undefined) return true;
  return cookieValue !== undefined && isSameSecret(cookieValue, sessionValue(token));
}

function cookieFrom(header: string | null, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

/**
 * Whether an HTTP request may change scenarios: access is open, or it carries
 * `Authorization: Bearer <token>`, or the editor cookie (SameSite=Lax keeps it off cross-site posts).
 */
export function isEditorRequest(request: Request): boolean {
  if (!isEditorRequired()) return true;
  const authorization = request.headers.get('authorization');
  const bearer = authorization?.match(/^Bearer\s+(.+)$/i)?.[1]?.trim();
  if (bearer !== undefined) return isEditorToken(bearer);
  return isEditorSession(cookieFrom(request.headers.get('cookie'), EDITOR_COOKIE));
}
