// The editor session of the current request (pages and server actions), read from its cookie.
import 'server-only';
import { cookies } from 'next/headers';
import { EDITOR_COOKIE, isEditorRequired, isEditorSession } from '@/lib/services/editor-access';

/** What the current visitor may do: change scenarios or only view them, and whether sign-in exists. */
export interface EditorStatus {
  isEditorRequired: boolean;
  isEditor: boolean;
}

/** The current visitor's status; without EDITOR_TOKEN everyone is an editor. */
export async function getEditorStatus(): Promise<EditorStatus> {
  const jar = await cookies();
  return { isEditorRequired: isEditorRequired(), isEditor: isEditorSession(jar.get(EDITOR_COOKIE)?.value) };
}

/** The message server actions return to a visitor who is not signed in as an editor. */
export const SIGN_IN_MESSAGE = 'Only editors can change scenarios: sign in first (Sign in, top right).';
