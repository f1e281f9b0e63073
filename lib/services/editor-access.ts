// Who may change scenarios (ADRs 061, 072). Without EDITOR_TOKEN everyone may (one person, local
// use); with it, only requests carrying the token (`Authorization: Bearer <token>`, for the HTTP
// API) or a live editor session (the cookie set by the sign-in page). Sessions live in the database,
// so sign-out ends them on every app server at once. Secrets are compared in constant time.
import 'server-only';
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Database } from '@/db/client';
import { deleteDeadEditorSessions, deleteEditorSession, insertEditorSession, isLiveEditorSession } from '@/db/editor-access';
import { readEnv } from '@/lib/env';

/** Name of the httpOnly cookie that carries an editor's session id. */
export const EDITOR_COOKIE = 'bering_editor';

/** How long a sign-in lasts, in seconds (30 days): an assumption, a month of work between sign-ins. */
export const EDITOR_SESSION_SECONDS = 30 * 24 * 60 * 60;

/** A session id as the cookie carries it: 32 random bytes in base64url. */
const SESSION_ID = /^[A-Za-z0-9_-]{43}$/;

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

/** Which token a session was opened under, without storing the token: changing it ends every session. */
function fingerprintOf(token: string): string {
  return createHmac('sha256', token).update('bering-link editor session v2').digest('base64url');
}

/** What the database stores of a session id: its SHA-256 (a copy of the table signs no one in). */
function hashSessionId(id: string): string {
  return createHash('sha256').update(id).digest('base64url');
}

/** Whether `candidate` is the editor token (false when access is open: nothing to sign in to). */
export function isEditorToken(candidate: string): boolean {
  const token = editorToken();
  return token !== undefined && isSameSecret(candidate, token);
}

/** A new editor session: its cookie value and expiry. Undefined when access is open. */
export async function openEditorSession(db: Database, now = new Date()): Promise<{ cookieValue: string; expiresAt: Date } | undefined> {
  const token = editorToken();
  if (token === undefined) return undefined;
  const fingerprint = fingerprintOf(token);
  const id = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + EDITOR_SESSION_SECONDS * 1000);
  // Sign-ins are rare: each one also clears expired sessions and those of a previous token.
  await deleteDeadEditorSessions(db, fingerprint, now);
  await insertEditorSession(db, { idHash: hashSessionId(id), tokenFingerprint: fingerprint, createdAt: now, expiresAt });
  return { cookieValue: id, expiresAt };
}

/**
 * Whether a cookie value (or its absence) belongs to a live editor session: opened under the
 * current token, not expired at `now`, not signed out. Always true when access is open.
 */
export async function isEditorSession(db: Database, cookieValue: string | undefined, now = new Date()): Promise<boolean> {
  const token = editorToken();
  if (token === undefined) return true;
  if (cookieValue === undefined || !SESSION_ID.test(cookieValue)) return false;
  return isLiveEditorSession(db, hashSessionId(cookieValue), fingerprintOf(token), now);
}

/** Ends a session (sign-out) on every app server; an unknown or malformed value changes nothing. */
export async function closeEditorSession(db: Database, cookieValue: string | undefined): Promise<void> {
  if (cookieValue === undefined || !SESSION_ID.test(cookieValue)) return;
  await deleteEditorSession(db, hashSessionId(cookieValue));
}

/** The value of cookie `name` in a Cookie header. */
export function cookieFrom(header: string | null, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

/**
 * Whether an HTTP request may change scenarios: access is open, or it carries
 * `Authorization: Bearer <token>`, or a live editor session cookie (SameSite=Lax keeps it off
 * cross-site posts).
 */
export async function isEditorRequest(db: Database, request: Request): Promise<boolean> {
  if (!isEditorRequired()) return true;
  const authorization = request.headers.get('authorization');
  const bearer = authorization?.match(/^Bearer\s+(.+)$/i)?.[1]?.trim();
  if (bearer !== undefined) return isEditorToken(bearer);
  return isEditorSession(db, cookieFrom(request.headers.get('cookie'), EDITOR_COOKIE));
}
