// /sign-in: editors sign in with the token the operator set (EDITOR_TOKEN); everyone else views.
// The form posts to /api/session (ADR 073); sign-out is a server action (ADR 072).
import type { Metadata } from 'next';
import { getEditorStatus } from '@/app/_server/editor-session';
import { ReturnPathSchema } from '@/lib/schemas/return-path';
import { signOutAction } from './actions';
import styles from './sign-in.module.css';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Sign in · Bering Link Scenario Dashboard' };

export default async function SignInPage(props: PageProps<'/sign-in'>) {
  const [searchParams, status] = await Promise.all([props.searchParams, getEditorStatus()]);
  const next = ReturnPathSchema.parse(searchParams.next);
  const hasFailed = searchParams.failed === '1';
  if (!status.isEditorRequired) {
    return (
      <main id="main" className={styles.page}>
        <h1>Sign in</h1>
        <p>This server has no editor token: everyone can change scenarios, no sign-in needed.</p>
      </main>
    );
  }
  if (status.isEditor) {
    return (
      <main id="main" className={styles.page}>
        <h1>Signed in</h1>
        <p>You are signed in as an editor: you can create, change and delete scenarios.</p>
        <form action={signOutAction}>
          <button type="submit" className="button">
            Sign out
          </button>
        </form>
      </main>
    );
  }
  return (
    <main id="main" className={styles.page}>
      <h1>Sign in as an editor</h1>
      <p>Everyone can view the dashboards. Creating, changing and deleting scenarios needs the editor token.</p>
      <form action="/api/session" method="post" className={styles.form}>
        <input type="hidden" name="next" value={next} />
        <label htmlFor="editor-token">Editor token</label>
        <input
          id="editor-token"
          name="token"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={hasFailed ? true : undefined}
          aria-describedby={hasFailed ? 'editor-token-error' : undefined}
        />
        {hasFailed ? (
          <p id="editor-token-error" role="alert" className={styles.error}>
            That token is not the editor token.
          </p>
        ) : null}
        <button type="submit" className="button">
          Sign in
        </button>
      </form>
    </main>
  );
}
