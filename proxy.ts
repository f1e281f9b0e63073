// Runs before every request (Next 16 "proxy", formerly middleware): a fresh CSP nonce per request,
// passed to the page renderer through the request's Content-Security-Policy header (Next puts it on
// its own scripts), the security headers on the answer, and a request id for the logs (ADRs 060, 064).
import { NextResponse, type NextRequest } from 'next/server';
import { acceptRequestId, buildContentSecurityPolicy, createNonce, SECURITY_HEADERS } from '@/lib/security/headers';

export function proxy(request: NextRequest): NextResponse {
  const nonce = createNonce();
  const csp = buildContentSecurityPolicy(nonce, { isDevelopment: process.env.NODE_ENV === 'development' });
  const requestId = acceptRequestId(request.headers.get('x-request-id')) ?? crypto.randomUUID();
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
