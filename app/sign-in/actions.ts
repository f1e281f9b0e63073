'use server';
// Editor sign-in and sign-out (ADR 061): the session is an httpOnly, SameSite=Lax cookie, Secure
// when the site is served over https.
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { EDITOR_COOKIE, EDITOR_SESSION_SECONDS, editorSessionValue, isEditorToken } from '@/lib/services/editor-access';
import { ReturnPathSchema } from '@/lib/schemas/return-path';

/** Checks the token from the sign-in form; sets the editor cookie and returns to `next`, or back to the form. */
export async function signInAction(formData: FormData): Promise<void> {
  const token = formData.get('token');
  const next = ReturnPathSchema.parse(formData.get('next'));
  const session = editorSessionValue();
  if (typeof token !== 'string' || session === undefined || !isEditorToken(token)) {
    redirect(`/sign-in?failed=1&next=${encodeURIComponent(next)}`);
  }
  const isHttps = (await headers()).get('x-forwarded-proto') === 'https';
  (await cookies()).set(EDITOR_COOKIE, session, {
    httpOnly: true,
    sameSite: 'lax',
    secure: isHttps,
    path: '/',
    maxAge: EDITOR_SESSION_SECONDS,
  });
  redirect(next);
}

/** Removes the editor cookie and returns to the dashboard. */
export async function signOutAction(): Promise<void> {
  (await cookies()).delete(EDITOR_COOKIE);
  redirect('/');
}
