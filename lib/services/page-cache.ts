// The HTML of pages that are the same for every visitor (`/` without query or cookies), rendered
// once per process and catalog and served with each request's own CSP nonce (ADR 076). The proxy
// renders a page for the store by requesting it from this same server, marked with a per-process
// secret header so that request is rendered normally.
import 'server-only';
import { getDatabase } from '@/db/connection';
import type { Catalog } from '@/lib/model/types';
import { nonceOfPolicy, type PageVariant } from '@/lib/security/page-cache-rules';
import { getCatalog } from './catalog';

/** A rendered page as stored: its HTML, the nonce it was rendered with, and the headers to send. */
export interface StoredPage {
  html: string;
  nonce: string;
  headers: [string, string][];
  /** When it was rendered, in milliseconds since the epoch. */
  storedAt: number;
}

/** How long a stored page is served before it is rendered again (served stale meanwhile), in ms. */
export const PAGE_CACHE_TTL_MS = 60_000;
/** Longest wait for the server's own render of a page, in ms; after it the request renders itself. */
const RENDER_TIMEOUT_MS = 20_000;
/** Header marking the proxy's own render request. */
export const PAGE_FILL_HEADER = 'x-bering-page-fill';
/** Response headers of the render that are sent with the stored page. */
const KEPT_HEADERS = new Set(['content-type', 'vary', 'cache-control']);

/** Renders `path` in `variant` for the store; null when the answer must not be stored (not 200, no nonce). */
export type PageRenderer = (path: string, variant: PageVariant) => Promise<StoredPage | null>;

/**
 * A store of rendered pages, one per key object (the catalog: a re-seeded catalog is a new object,
 * so nothing rendered from the old one is served). Each path renders once at a time, shared by the
 * requests that arrive meanwhile; an expired page is served while its replacement renders.
 */
export function createPageStore(render: PageRenderer, now: () => number = Date.now) {
  const byKey = new WeakMap<object, { stored: Map<string, StoredPage>; rendering: Map<string, Promise<StoredPage | null>> }>();
  const renderOnce = (slot: NonNullable<ReturnType<typeof byKey.get>>, path: string, variant: PageVariant) => {
    const id = `${variant} ${path}`;
    let pending = slot.rendering.get(id);
    if (!pending) {
      pending = render(path, variant)
        .catch(() => null)
        .then((page) => {
          if (page) slot.stored.set(id, page);
          return page;
        })
        .finally(() => slot.rendering.delete(id));
      slot.rendering.set(id, pending);
    }
    return pending;
  };
  return {
    /** The page for `path` in `variant` under `key`: stored, or rendered now; null when it could not be stored. */
    async read(key: object, path: string, variant: PageVariant = 'other'): Promise<StoredPage | null> {
      let slot = byKey.get(key);
      if (!slot) {
        slot = { stored: new Map(), rendering: new Map() };
        byKey.set(key, slot);
      }
      const stored = slot.stored.get(`${variant} ${path}`);
      if (!stored) return renderOnce(slot, path, variant);
      if (now() - stored.storedAt >= PAGE_CACHE_TTL_MS) void renderOnce(slot, path, variant);
      return stored;
    },
  };
}

interface ProcessPages {
  /** The secret value of PAGE_FILL_HEADER on this process's own render requests. */
  token: string;
  store: ReturnType<typeof createPageStore>;
}

const KEY = Symbol.for('bering-link.page-cache');
type Holder = { [KEY]?: ProcessPages };

/** Where this server listens: Next's own record of it (`next start`), else loopback on PORT. */
function ownOrigin(): string {
  return process.env.__NEXT_PRIVATE_ORIGIN ?? `http://127.0.0.1:${process.env.PORT ?? '3000'}`;
}

function processPages(): ProcessPages {
  const holder = globalThis as Holder;
  if (!holder[KEY]) {
    const token = crypto.randomUUID();
    const renderThroughServer: PageRenderer = async (path, variant) => {
      const response = await fetch(new URL(path, ownOrigin()), {
        headers: { [PAGE_FILL_HEADER]: token, accept: 'text/html', ...(variant === 'phone' ? { 'sec-ch-ua-mobile': '?1' } : {}) },
        redirect: 'manual',
        signal: AbortSignal.timeout(RENDER_TIMEOUT_MS),
      });
      const html = await response.text();
      const nonce = nonceOfPolicy(response.headers.get('content-security-policy'));
      if (response.status !== 200 || nonce === null || !html.includes(nonce)) return null;
      const headers = [...response.headers].filter(([name]) => KEPT_HEADERS.has(name.toLowerCase()));
      return { html, nonce, headers, storedAt: Date.now() };
    };
    holder[KEY] = { token, store: createPageStore(renderThroughServer) };
  }
  return holder[KEY];
}

/** Whether `request` is this process's own render of a page for the store. */
export function isPageRenderRequest(request: Request): boolean {
  return request.headers.get(PAGE_FILL_HEADER) === processPages().token;
}

/** The stored page for `path` in `variant` (see `isCacheablePageRequest`), or null when it must be rendered per request. */
export async function readStoredPage(path: string, variant: PageVariant): Promise<StoredPage | null> {
  try {
    const { db } = await getDatabase();
    const catalog: Catalog = await getCatalog(db);
    return await processPages().store.read(catalog, path, variant);
  } catch {
    return null; // no catalog yet (database unreachable at start): render as usual
  }
}
