import { describe, expect, it } from 'vitest';
import { ACTION_BODY_LIMIT_BYTES, checkActionBody } from '@/lib/security/action-body';
import { acceptRequestId, buildContentSecurityPolicy, createNonce, SECURITY_HEADERS } from '@/lib/security/headers';

const directives = (csp: string) => new Map(csp.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));

describe('buildContentSecurityPolicy', () => {
  it('allows scripts only from the origin or with the nonce, never inline or eval in production; WebAssembly may compile', () => {
    const script = directives(buildContentSecurityPolicy('abc123', { isDevelopment: false })).get('script-src');
    expect(script).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'", "'wasm-unsafe-eval'"]);
  });

  it('adds eval only in development (React needs it there)', () => {
    expect(directives(buildContentSecurityPolicy('n', { isDevelopment: true })).get('script-src')).toContain("'unsafe-eval'");
  });

  it('forbids framing, plugins and foreign form targets', () => {
    const csp = directives(buildContentSecurityPolicy('n', { isDevelopment: false }));
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'self'"]);
    expect(csp.get('base-uri')).toEqual(["'self'"]);
  });
});

describe('SECURITY_HEADERS', () => {
  it('turns off content sniffing and sets a referrer policy', () => {
    expect(SECURITY_HEADERS['x-content-type-options']).toBe('nosniff');
    expect(SECURITY_HEADERS['referrer-policy']).toBe('strict-origin-when-cross-origin');
  });
});

describe('createNonce', () => {
  it('returns a fresh base64 value of 16 bytes each time', () => {
    const nonces = new Set(Array.from({ length: 50 }, createNonce));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(atob(nonce)).toHaveLength(16);
  });
});

describe('acceptRequestId', () => {
  it.each([
    ['a plain id', 'abc-123_x.y:z', 'abc-123_x.y:z'],
    ['no header', null, undefined],
    ['a header injection attempt', 'abc\r\nset-cookie: x', undefined],
    ['an overlong id', 'a'.repeat(65), undefined],
  ])('keeps or refuses %s', (_label, value, expected) => {
    expect(acceptRequestId(value)).toBe(expected);
  });
});

describe('checkActionBody', () => {
  const text = (s: string) => new TextEncoder().encode(s);
  it('lets a JSON array of arguments and form data pass', () => {
    expect(checkActionBody('text/plain;charset=UTF-8', text('[{"name":"x"}]'))).toBeNull();
    expect(checkActionBody('multipart/form-data; boundary=x', text('--x--'))).toBeNull();
  });
  it.each([
    ['not JSON', text('{oops')],
    ['JSON that is not an array', text('{"a":1}')],
    ['bytes that are not UTF-8', new Uint8Array([0x5b, 0xff, 0x5d])],
    ['arrays nested 33 deep', text(`${'['.repeat(33)}${']'.repeat(33)}`)],
  ])('refuses %s with 400', (_label, bytes) => {
    expect(checkActionBody('text/plain', bytes)?.status).toBe(400);
  });
  it('counts nesting outside strings only', () => {
    expect(checkActionBody('text/plain', text(`[${JSON.stringify('['.repeat(100) + '\\"[[')}, [[{"a": [1]}]]]`))).toBeNull();
  });
  it('refuses a body over 64 KB with 413, whatever its type', () => {
    expect(checkActionBody('multipart/form-data', new Uint8Array(ACTION_BODY_LIMIT_BYTES + 1))?.status).toBe(413);
  });
});
