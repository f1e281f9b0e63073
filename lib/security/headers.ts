// Security headers of every answer (ADR 060). Pure: reads no environment, clock or globals.

/**
 * The Content-Security-Policy of a page served with `nonce`: scripts only from this origin or
 * carrying the nonce (no inline script without it, no eval outside development); WebAssembly may
 * be compiled (`'wasm-unsafe-eval'`, which allows no JavaScript eval), for the engine's kernel that
 * ships inside the engine's own script (ADR 092); no framing,
 * no plugins, forms and connections to this origin only. Styles allow inline `style` attributes,
 * which React and Recharts write; they cannot run code.
 */
export function buildContentSecurityPolicy(nonce: string, options: { isDevelopment: boolean }): string {
  const scriptSrc = [
    "'self'",
    `'nonce-${nonce}'`,
    "'strict-dynamic'",
    "'wasm-unsafe-eval'",
    ...(options.isDevelopment ? ["'unsafe-eval'"] : []),
  ];
  return [
    "default-src 'self'",
    `script-src ${scriptSrc.join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Headers sent with every answer, pages, API and files alike, besides the CSP. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
};

/** A fresh nonce: 16 random bytes in base64 (CSP nonce-source syntax). */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/** An upstream request id worth keeping (short, plain characters), or undefined to make a new one. */
export function acceptRequestId(value: string | null): string | undefined {
  return value !== null && /^[A-Za-z0-9._:-]{1,64}$/.test(value) ? value : undefined;
}
