// POST /api/session: the sign-in form posts the editor token here (ADRs 072, 073). A plain route
// handler rather than a server action, so a refused attempt can answer 429 with Retry-After.
import { ReturnPathSchema } from '@/lib/schemas/return-path';
import { plainPage } from '@/lib/security/plain-page';
import { getDatabase } from '@/lib/services/database';
import { EDITOR_COOKIE, EDITOR_SESSION_SECONDS } from '@/lib/services/editor-access';
import { errorResponse, guarded, readFormBody } from '@/lib/services/http';
import { attemptSignIn, requestClientAddress } from '@/lib/services/sign-in';

export const dynamic = 'force-dynamic';

/** A 303 to a path on this site (the form's browser follows it with a GET). */
const seeOther = (path: string, headers: Record<string, string> = {}) =>
  new Response(null, { status: 303, headers: { location: path, ...headers } });

/**
 * Form fields `token` and `next`: 303 to `next` with the session cookie, 303 back to the form when
 * the token is wrong, 429 with Retry-After after too many failures (an HTML page for a browser).
 */
export function POST(request: Request): Promise<Response> {
  return guarded(async () => {
    const form = await readFormBody(request);
    if (!form.ok) return form.response;
    const next = ReturnPathSchema.parse(form.value.get('next'));
    const token = form.value.get('token') ?? '';
    const { db } = await getDatabase();
    const outcome = await attemptSignIn(db, token, requestClientAddress(request));
    switch (outcome.kind) {
      case 'open':
        return seeOther('/sign-in');
      case 'wrong-token':
        return seeOther(`/sign-in?failed=1&next=${encodeURIComponent(next)}`);
      case 'limited': {
        const message = `Too many failed sign-ins: try again in ${outcome.retryAfterSeconds} seconds.`;
        const headers = { 'retry-after': String(outcome.retryAfterSeconds), 'cache-control': 'no-store' };
        if (request.headers.get('accept')?.includes('text/html')) {
          return new Response(
            plainPage({ title: 'Too many sign-in attempts', message, link: { href: '/sign-in', label: 'Back to sign-in' } }),
            {
              status: 429,
              headers: { 'content-type': 'text/html; charset=utf-8', ...headers },
            },
          );
        }
        return errorResponse(429, message, [{ path: 'token', message: 'too many failed attempts' }], {}, headers);
      }
      case 'signed-in': {
        const secure = request.headers.get('x-forwarded-proto') === 'https' ? '; Secure' : '';
        const cookie = `${EDITOR_COOKIE}=${outcome.cookieValue}; Path=/; Max-Age=${EDITOR_SESSION_SECONDS}; HttpOnly; SameSite=Lax${secure}`;
        return seeOther(next, { 'set-cookie': cookie, 'cache-control': 'no-store' });
      }
    }
  }, request);
}
