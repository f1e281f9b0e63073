// The editor session of the current request (pages and server actions), read from its cookie and
// looked up in the database (ADR 072).
import 'server-only';
import { cookies } from 'next/headers';
import { getDatabase } from '@/lib/services/database';
import { EDITOR_COOKIE, isEditorRequired, isEditorSession } from '@/lib/services/editor-access';

/** What the current visitor may do: change scenarios or only view them, and whether sign-in exists. */
export interface EditorStatus {
  isEditorRequired: boolean;
  isEditor: boolean;
}

/**
 * The current visitor's status; without EDITOR_TOKEN everyone is an editor. The database is read
 * only for a visitor with a session cookie. Reading the cookies makes the page dynamic (ADR 060).
 */
export async function getEditorStatus(): Promise<EditorStatus> {
  const cookie = (await cookies()).get(EDITOR_COOKIE)?.value;
  if (!isEditorRequired()) return { isEditorRequired: false, isEditor: true };
  if (cookie === undefined) return { isEditorRequired: true, isEditor: false };
  const { db } = await getDatabase();
  return { isEditorRequired: true, isEditor: await isEditorSession(db, cookie) };
}

/** The message server actions return to a visitor who is not signed in as an editor. */
export const SIGN_IN_MESSAGE = 'Only editors can change scenarios: sign in first (Sign in, top right).';
