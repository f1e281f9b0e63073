// Runs before every request (Next 16 "proxy", formerly middleware): a fresh CSP nonce per request,
// passed to the page renderer through the request's Content-Security-Policy header (Next puts it on
// its own scripts), the security headers on the answer, and a request id for the logs (ADRs 060, 064).
// Pages answer 503 while PostgreSQL is unreachable (ADR 074). `/` for visitors without cookies is
// served from its stored HTML with the request's own nonce (ADR 076). Before any of that, a request
// waits for a later event-loop turn when this turn's budget of request work is spent, so the server
// keeps accepting new connections under load (ADR 087).
import { NextResponse, type NextRequest } from 'next/server';
import { ACTION_BODY_LIMIT_BYTES, ACTION_BODY_TOO_LARGE, checkActionBody } from '@/lib/security/action-body';
import { acceptRequestId, buildContentSecurityPolicy, createNonce, SECURITY_HEADERS } from '@/lib/security/headers';
import { isCacheablePageRequest, pageVariantOf, withNonce } from '@/lib/security/page-cache-rules';
import { DATABASE_UNAVAILABLE_MESSAGE, plainPage } from '@/lib/security/plain-page';
import { isDatabaseReachable } from '@/lib/services/database-health';
import { isPageRenderRequest, readStoredPage } from '@/lib/services/page-cache';
import { requestTurnBudget } from '@/lib/services/turn-budget';

/** A refused server-action call, in the API's error shape. */
async function refuseActionBody(request: NextRequest): Promise<NextResponse | null> {
  if (request.method !== 'POST' || !request.headers.has('next-action')) return null;
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  const problem =
    Number.isFinite(declared) && declared > ACTION_BODY_LIMIT_BYTES
      ? ACTION_BODY_TOO_LARGE
      : checkActionBody(request.headers.get('content-type'), new Uint8Array(await request.clone().arrayBuffer()));
  if (problem === null) return null;
  return NextResponse.json({ error: problem.error, issues: [{ path: '(body)', message: problem.message }] }, { status: problem.status });
}

/** Seconds a browser waits before reloading the "database unavailable" page (and Retry-After). */
const DATABASE_RETRY_SECONDS = 5;

/**
 * A page while the database is unreachable (ADR 074): 503 with Retry-After and a plain sentence
 * that reloads itself, instead of the error boundary's 500. Page reads are GET or HEAD on a path
 * outside /api (which answers its own 503) with no file extension.
 */
async function refuseUnreachableDatabase(request: NextRequest): Promise<NextResponse | null> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return null;
  const path = request.nextUrl.pathname;
  if (path.startsWith('/api/') || path.startsWith('/_next/') || /\.[a-z0-9]+$/i.test(path)) return null;
  if (await isDatabaseReachable()) return null;
  const body = plainPage({
    title: 'The database is unavailable',
    message: DATABASE_UNAVAILABLE_MESSAGE,
    refreshSeconds: DATABASE_RETRY_SECONDS,
  });
  return new NextResponse(request.method === 'HEAD' ? null : body, {
    status: 503,
    headers: { 'content-type': 'text/html; charset=utf-8', 'retry-after': String(DATABASE_RETRY_SECONDS), 'cache-control': 'no-store' },
  });
}

/**
 * The stored HTML of a page that is the same for every such request (ADR 076), with this
 * request's nonce in place of the one it was rendered with; null when the page renders as usual
 * (query parameters, cookies, a client navigation, the store's own render, nothing stored).
 */
async function storedPage(request: NextRequest, nonce: string): Promise<NextResponse | null> {
  if (process.env.NODE_ENV !== 'production') return null; // `next dev` must show each edit
  const { pathname, search } = request.nextUrl;
  if (!isCacheablePageRequest({ method: request.method, pathname, search, headers: request.headers })) return null;
  if (isPageRenderRequest(request)) return null;
  const page = await readStoredPage(pathname, pageVariantOf(request.headers));
  if (!page) return null;
  return new NextResponse(withNonce(page.html, page.nonce, nonce), { status: 200, headers: page.headers });
}

/** `response` with the CSP, the request id and the security headers. */
function withSecurityHeaders<T extends NextResponse>(response: T, csp: string, requestId: string): T {
  response.headers.set('content-security-policy', csp);
  response.headers.set('x-request-id', requestId);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
  return response;
}

export async function proxy(request: NextRequest): Promise<NextResponse> {
  const turn = requestTurnBudget().enter();
  if (turn) await turn;
  const nonce = createNonce();
  const csp = buildContentSecurityPolicy(nonce, { isDevelopment: process.env.NODE_ENV === 'development' });
  const requestId = acceptRequestId(request.headers.get('x-request-id')) ?? crypto.randomUUID();
  const answered = (await refuseActionBody(request)) ?? (await refuseUnreachableDatabase(request)) ?? (await storedPage(request, nonce));
  if (answered) return withSecurityHeaders(answered, csp, requestId);
  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('content-security-policy', csp);
  headers.set('x-request-id', requestId);
  return withSecurityHeaders(NextResponse.next({ request: { headers } }), csp, requestId);
}

export const config = {
  // Static build files get their headers from next.config.js; everything else passes here.
  matcher: ['/((?!_next/static|_next/image).*)'],
};
