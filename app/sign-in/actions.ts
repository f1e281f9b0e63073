'use server';
// Editor sign-out (ADR 072): deletes the session in the database, so a copy of the cookie stops
// working on every app server, then the cookie. Signing in is a route handler (/api/session), which
// can answer 429 when the attempts are limited (ADR 073).
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { getDatabase } from '@/lib/services/database';
import { closeEditorSession, EDITOR_COOKIE } from '@/lib/services/editor-access';

/** Ends the editor session and returns to the dashboard. */
export async function signOutAction(): Promise<void> {
  const jar = await cookies();
  const value = jar.get(EDITOR_COOKIE)?.value;
  if (value !== undefined) {
    const { db } = await getDatabase();
    await closeEditorSession(db, value);
  }
  jar.delete(EDITOR_COOKIE);
  redirect('/');
}
