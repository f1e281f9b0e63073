// Which page requests may be answered from the stored HTML of `/`, and how a stored page takes a
// request's nonce (ADR 076). Pure: reads no environment, clock or globals.

/** Paths whose HTML is the same for every visitor without cookies or query parameters. */
export const CACHED_PAGE_PATHS: ReadonlySet<string> = new Set(['/']);

/** Request headers that make Next answer something other than the full HTML (client navigation, actions). */
const RENDER_VARIANT_HEADERS = [
  'rsc',
  'next-action',
  'next-router-state-tree',
  'next-router-prefetch',
  'next-router-segment-prefetch',
  'next-url',
];

/** What `isCacheablePageRequest` looks at. */
export interface PageRequestShape {
  method: string;
  pathname: string;
  search: string;
  headers: { has: (name: string) => boolean; get: (name: string) => string | null };
}

/**
 * Whether the answer to this request is the stored page: a browser's document request (Accept
 * names text/html; Fetch metadata, when sent, says "document") for a GET of a cached path with no
 * query string, no cookie (an editor's session changes the header; ADR 072) and none of the headers
 * with which Next answers a client navigation or an action instead of the HTML. The Accept check
 * matters: Next takes its RSC headers and `_rsc` parameter off the request before the proxy sees
 * it, and the router's fetches accept any type, so they are never taken for a document request.
 */
export function isCacheablePageRequest(request: PageRequestShape): boolean {
  if (request.method !== 'GET' || request.search !== '' || !CACHED_PAGE_PATHS.has(request.pathname)) return false;
  if (!(request.headers.get('accept') ?? '').includes('text/html')) return false;
  const destination = request.headers.get('sec-fetch-dest');
  if (destination !== null && destination !== 'document') return false;
  if (request.headers.has('cookie') || request.headers.has('authorization')) return false;
  return !RENDER_VARIANT_HEADERS.some((name) => request.headers.has(name));
}

/** The nonce of a CSP header (`'nonce-…'`), or null when it has none. */
export function nonceOfPolicy(policy: string | null): string | null {
  return /'nonce-([A-Za-z0-9+/=]+)'/.exec(policy ?? '')?.[1] ?? null;
}

/**
 * The stored page's HTML with every occurrence of the nonce it was rendered with replaced by
 * `nonce`: the script tags and the RSC payload both carry it. A nonce is 16 random bytes, so it
 * occurs nowhere else in the page.
 */
export function withNonce(html: string, renderedNonce: string, nonce: string): string {
  return html.replaceAll(renderedNonce, nonce);
}

/**
 * Which version of a dashboard page a request gets (ADR 095): "phone" when the browser says it runs
 * on a phone (`Sec-CH-UA-Mobile: ?1`, a client hint Chromium sends on every request), where the
 * folded slider groups are sent without their controls; "other" for everything else, including
 * browsers that send no hints. The stored `/` is kept per version.
 */
export type PageVariant = 'phone' | 'other';

/** The page version for a request's headers (see `PageVariant`). */
export function pageVariantOf(headers: { get: (name: string) => string | null }): PageVariant {
  return headers.get('sec-ch-ua-mobile')?.trim() === '?1' ? 'phone' : 'other';
}
