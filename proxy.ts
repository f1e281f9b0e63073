// Runs before every request (Next 16 "proxy", formerly middleware): a fresh CSP nonce per request,
// passed to the page renderer through the request's Content-Security-Policy header (Next puts it on
// its own scripts), the security headers on the answer, and a request id for the logs (ADRs 060, 064).
import { NextResponse, type NextRequest } from 'next/server';
import { ACTION_BODY_LIMIT_BYTES, ACTION_BODY_TOO_LARGE, checkActionBody } from '@/lib/security/action-body';
import { acceptRequestId, buildContentSecurityPolicy, createNonce, SECURITY_HEADERS } from '@/lib/security/headers';

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

export async function proxy(request: NextRequest): Promise<NextResponse> {
  const nonce = createNonce();
  const csp = buildContentSecurityPolicy(nonce, { isDevelopment: process.env.NODE_ENV === 'development' });
  const requestId = acceptRequestId(request.headers.get('x-request-id')) ?? crypto.randomUUID();
  const refused = await refuseActionBody(request);
  if (refused) {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) refused.headers.set(name, value);
    return refused;
  }
  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('content-security-policy', csp);
  headers.set('x-request-id', requestId);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('content-security-policy', csp);
  response.headers.set('x-request-id', requestId);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Static build files get their headers from next.config.ts; everything else passes here.
  matcher: ['/((?!_next/static|_next/image).*)'],
};
