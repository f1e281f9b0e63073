import { describe, expect, it } from 'vitest';
import { isCacheablePageRequest, nonceOfPolicy, pageVariantOf, withNonce } from '@/lib/security/page-cache-rules';

const BROWSER = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', 'sec-fetch-dest': 'document' };
const request = (over: { method?: string; pathname?: string; search?: string; headers?: Record<string, string> } = {}) => ({
  method: over.method ?? 'GET',
  pathname: over.pathname ?? '/',
  search: over.search ?? '',
  headers: new Headers(over.headers ?? BROWSER),
});

describe('isCacheablePageRequest', () => {
  it('accepts a browser document request for / without query or cookies', () => {
    expect(isCacheablePageRequest(request())).toBe(true);
    expect(isCacheablePageRequest(request({ headers: { accept: 'text/html' } }))).toBe(true); // no Fetch metadata
  });

  it.each([
    ['a query string (the URL carries assumptions)', request({ search: '?ice.iceFreeYear=2040' })],
    ['another page', request({ pathname: '/scenarios' })],
    ['HEAD', request({ method: 'HEAD' })],
    ['POST (a server action)', request({ method: 'POST' })],
    ['a cookie (an editor session changes the header)', request({ headers: { ...BROWSER, cookie: 'bering_editor=x' } })],
    ['an Authorization header', request({ headers: { ...BROWSER, authorization: 'Bearer x' } })],
    [
      "the router's fetch (any type accepted; Next hides its RSC headers from the proxy)",
      request({ headers: { accept: '*/*', 'sec-fetch-dest': 'empty' } }),
    ],
    ['a request naming no type', request({ headers: {} })],
    ['a fetch that accepts HTML but is not a document', request({ headers: { accept: 'text/html', 'sec-fetch-dest': 'empty' } })],
    ['a client navigation (RSC payload)', request({ headers: { ...BROWSER, rsc: '1' } })],
    ['a prefetch', request({ headers: { ...BROWSER, 'next-router-prefetch': '1' } })],
    ['a router state tree', request({ headers: { ...BROWSER, 'next-router-state-tree': '%5B%5D' } })],
    ['a server action', request({ headers: { ...BROWSER, 'next-action': 'abc' } })],
  ])('refuses %s', (_, r) => {
    expect(isCacheablePageRequest(r)).toBe(false);
  });
});

describe('nonceOfPolicy', () => {
  it('reads the nonce of a script-src', () => {
    expect(nonceOfPolicy("default-src 'self'; script-src 'self' 'nonce-AbC+/9==' 'strict-dynamic'")).toBe('AbC+/9==');
  });

  it('gives null for a policy without a nonce, or none', () => {
    expect(nonceOfPolicy("default-src 'self'")).toBeNull();
    expect(nonceOfPolicy(null)).toBeNull();
  });
});

describe('withNonce', () => {
  it('replaces every occurrence of the rendered nonce, in attributes and in the payload', () => {
    const html = '<script nonce="old+/=">x</script><link nonce="old+/="><script nonce="old+/=">push("{\\"nonce\\":\\"old+/=\\"}")</script>';
    const out = withNonce(html, 'old+/=', 'new+/=');
    expect(out).not.toContain('old+/=');
    expect(out.split('new+/=').length - 1).toBe(4);
  });
});

describe('pageVariantOf', () => {
  const headers = (values: Record<string, string>) => new Headers(values);
  it('gives the phone version only when the browser says it is a phone', () => {
    expect(pageVariantOf(headers({ 'sec-ch-ua-mobile': '?1' }))).toBe('phone');
    expect(pageVariantOf(headers({ 'Sec-CH-UA-Mobile': ' ?1 ' }))).toBe('phone');
    expect(pageVariantOf(headers({ 'sec-ch-ua-mobile': '?0' }))).toBe('other');
    expect(pageVariantOf(headers({ 'user-agent': 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) Mobile/15E148' }))).toBe('other');
    expect(pageVariantOf(headers({}))).toBe('other');
  });
});
