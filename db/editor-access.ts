// Data access for editor sessions (ADR 072) and failed sign-in counts (ADR 073): the only code that
// queries these tables. Times come from the caller, so every app server applies the same rules.
import 'server-only';
import { and, eq, gt, inArray, lt, lte, ne, or, sql } from 'drizzle-orm';
import { editorSessions, signInFailures } from './schema';
import type { Database } from './client';

/** Stores a session under the hash of its id. */
export async function insertEditorSession(
  db: Database,
  session: { idHash: string; tokenFingerprint: string; createdAt: Date; expiresAt: Date },
): Promise<void> {
  await db.insert(editorSessions).values(session);
}

/** Whether a session with this id hash exists, belongs to this token and has not expired at `now`. */
export async function isLiveEditorSession(db: Database, idHash: string, tokenFingerprint: string, now: Date): Promise<boolean> {
  const rows = await db
    .select({ idHash: editorSessions.idHash })
    .from(editorSessions)
    .where(and(eq(editorSessions.idHash, idHash), eq(editorSessions.tokenFingerprint, tokenFingerprint), gt(editorSessions.expiresAt, now)))
    .limit(1);
  return rows.length > 0;
}

/** Deletes one session (sign-out); deleting a session that is gone already is not an error. */
export async function deleteEditorSession(db: Database, idHash: string): Promise<void> {
  await db.delete(editorSessions).where(eq(editorSessions.idHash, idHash));
}

/** Deletes sessions that expired before `now`, and those of any other token. Returns how many. */
export async function deleteDeadEditorSessions(db: Database, tokenFingerprint: string, now: Date): Promise<number> {
  const removed = await db
    .delete(editorSessions)
    .where(or(lte(editorSessions.expiresAt, now), ne(editorSessions.tokenFingerprint, tokenFingerprint)))
    .returning({ idHash: editorSessions.idHash });
  return removed.length;
}

/**
 * Counts one sign-in attempt for each of `clients` in the window starting at `windowStart` and
 * returns the counts after it (one atomic statement: concurrent attempts on any app server each get
 * their own count). A successful attempt is taken back with releaseSignInAttempt, so what stays
 * counted are the failures.
 */
export async function reserveSignInAttempt(db: Database, clients: string[], windowStart: Date): Promise<Map<string, number>> {
  const rows = await db
    .insert(signInFailures)
    .values(clients.map((client) => ({ client, windowStart, failures: 1 })))
    .onConflictDoUpdate({
      target: [signInFailures.client, signInFailures.windowStart],
      set: { failures: sql`${signInFailures.failures} + 1` },
    })
    .returning({ client: signInFailures.client, failures: signInFailures.failures });
  return new Map(rows.map((r) => [r.client, r.failures]));
}

/** Takes back an attempt counted by reserveSignInAttempt (it succeeded). */
export async function releaseSignInAttempt(db: Database, clients: string[], windowStart: Date): Promise<void> {
  await db
    .update(signInFailures)
    .set({ failures: sql`greatest(${signInFailures.failures} - 1, 0)` })
    .where(and(inArray(signInFailures.client, clients), eq(signInFailures.windowStart, windowStart)));
}

/** Drops the counts of windows that started before `before`. */
export async function dropSignInWindows(db: Database, before: Date): Promise<void> {
  await db.delete(signInFailures).where(lt(signInFailures.windowStart, before));
}
