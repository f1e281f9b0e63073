// Signing in with the editor token, with a limit on failed attempts (ADR 073): at most
// SIGN_IN_FAILURES_PER_CLIENT per client address and SIGN_IN_FAILURES_IN_TOTAL over all clients in
// each minute, counted in the database so every app server shares them. Over either limit, the
// attempt is refused before the token is even compared.
import 'server-only';
import type { Database } from '@/db/client';
import { dropSignInWindows, releaseSignInAttempt, reserveSignInAttempt } from '@/db/editor-access';
import { readEnv } from '@/lib/env';
import { isEditorRequired, isEditorToken, openEditorSession } from './editor-access';

/** Failed sign-ins allowed per client address per window: assumption, a person mistyping. */
export const SIGN_IN_FAILURES_PER_CLIENT = 5;

/**
 * Failed sign-ins allowed over all clients per window: assumption. It holds even when clients can
 * choose their own address (no reverse proxy setting X-Forwarded-For): 50 guesses a minute against
 * a token of 16 or more characters get nowhere.
 */
export const SIGN_IN_FAILURES_IN_TOTAL = 50;

/** Length of a counting window, in seconds. */
export const SIGN_IN_WINDOW_SECONDS = 60;

/** The key under which the failures of all clients are counted. */
const ALL_CLIENTS = '*';

/** Outcome of a sign-in attempt. */
export type SignInOutcome =
  | { kind: 'signed-in'; cookieValue: string; expiresAt: Date }
  | { kind: 'wrong-token' }
  | { kind: 'limited'; retryAfterSeconds: number }
  | { kind: 'open' };

/**
 * The client address of a request behind `trustedHops` reverse proxies that each append the
 * address they saw to X-Forwarded-For (ADR 077): the entry the outermost trusted proxy added, that
 * is the `trustedHops`-th from the end (the first entry when there are fewer). Entries further
 * left were written by the client and are never used. With 0 hops, or no usable entry, the
 * address is unknown (null): only the limit over all clients applies then. At most 64 plain
 * characters.
 */
export function clientAddress(forwardedFor: string | null, trustedHops: number): string | null {
  if (trustedHops <= 0 || !forwardedFor) return null;
  const entries = forwardedFor.split(',').map((entry) => entry.trim());
  const entry = entries[Math.max(0, entries.length - trustedHops)] ?? '';
  return /^[0-9A-Za-z.:_-]{1,64}$/.test(entry) ? entry : null;
}

/** The client address of `request` with the operator's TRUSTED_PROXY_HOPS (default 1; ADR 077). */
export function requestClientAddress(request: Request): string | null {
  return clientAddress(request.headers.get('x-forwarded-for'), readEnv().TRUSTED_PROXY_HOPS);
}

/**
 * Checks `token` for `client` (null when its address is unknown: counted in the total only) at `now`. The attempt is counted first (atomically, on every app
 * server's shared count) and taken back if it succeeds, so concurrent guesses cannot slip past the
 * limit; over the limit it is refused without comparing the token.
 */
export async function attemptSignIn(db: Database, token: string, client: string | null, now = new Date()): Promise<SignInOutcome> {
  if (!isEditorRequired()) return { kind: 'open' };
  const windowMs = SIGN_IN_WINDOW_SECONDS * 1000;
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const clients = client === null ? [ALL_CLIENTS] : [client, ALL_CLIENTS];
  const counts = await reserveSignInAttempt(db, clients, windowStart);
  if (
    (client !== null && (counts.get(client) ?? 0) > SIGN_IN_FAILURES_PER_CLIENT) ||
    (counts.get(ALL_CLIENTS) ?? 0) > SIGN_IN_FAILURES_IN_TOTAL
  ) {
    return { kind: 'limited', retryAfterSeconds: Math.max(1, Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000)) };
  }
  if (!isEditorToken(token)) {
    await dropSignInWindows(db, new Date(windowStart.getTime() - windowMs));
    return { kind: 'wrong-token' };
  }
  await releaseSignInAttempt(db, clients, windowStart);
  const session = await openEditorSession(db, now);
  return session === undefined ? { kind: 'open' } : { kind: 'signed-in', ...session };
}
