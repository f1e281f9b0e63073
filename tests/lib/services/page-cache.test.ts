// The store behind the cached `/` (ADR 076): one render at a time per page, a new catalog never sees
// pages rendered from the old one, expired pages are served while a new one renders.
import { describe, expect, it, vi } from 'vitest';
import type { PageVariant } from '@/lib/security/page-cache-rules';
import { createPageStore, PAGE_CACHE_TTL_MS, type StoredPage } from '@/lib/services/page-cache';

function page(html: string, storedAt: number): StoredPage {
  return { html, nonce: 'n', headers: [['content-type', 'text/html; charset=utf-8']], storedAt };
}

function renderer(now: () => number) {
  let renders = 0;
  const release: (() => void)[] = [];
  const render = vi.fn(
    (path: string, variant: PageVariant) =>
      new Promise<StoredPage | null>((resolve) => {
        renders += 1;
        const html = `${variant === 'phone' ? 'phone ' : ''}${path} #${renders}`;
        release.push(() => resolve(page(html, now())));
      }),
  );
  return { render, releaseAll: () => release.splice(0).forEach((r) => r()) };
}

describe('createPageStore', () => {
  it('renders a page once for all the requests that arrive while it renders', async () => {
    const { render, releaseAll } = renderer(Date.now);
    const store = createPageStore(render);
    const catalog = {};
    const reads = Array.from({ length: 20 }, () => store.read(catalog, '/'));
    releaseAll();
    const pages = await Promise.all(reads);
    expect(render).toHaveBeenCalledTimes(1);
    expect(new Set(pages.map((p) => p?.html))).toEqual(new Set(['/ #1']));
    expect((await store.read(catalog, '/'))?.html).toBe('/ #1');
    expect(render).toHaveBeenCalledTimes(1);
  });

  it('renders again for a new catalog: pages from the old one are never served', async () => {
    const { render, releaseAll } = renderer(Date.now);
    const store = createPageStore(render);
    const first = store.read({}, '/');
    releaseAll();
    expect((await first)?.html).toBe('/ #1');
    const second = store.read({}, '/');
    releaseAll();
    expect((await second)?.html).toBe('/ #2');
  });

  it('serves an expired page while its replacement renders, then the replacement', async () => {
    let clock = 1_000_000;
    const { render, releaseAll } = renderer(() => clock);
    const store = createPageStore(render, () => clock);
    const catalog = {};
    const first = store.read(catalog, '/');
    releaseAll();
    await first;
    clock += PAGE_CACHE_TTL_MS;
    expect((await store.read(catalog, '/'))?.html).toBe('/ #1'); // stale, served at once
    expect((await store.read(catalog, '/'))?.html).toBe('/ #1');
    expect(render).toHaveBeenCalledTimes(2); // one new render for both
    releaseAll();
    await vi.waitFor(async () => expect((await store.read(catalog, '/'))?.html).toBe('/ #2'));
  });

  it('stores nothing when a render fails or may not be stored, and tries again on the next request', async () => {
    const render = vi
      .fn<(path: string, variant: PageVariant) => Promise<StoredPage | null>>()
      .mockRejectedValueOnce(new Error('refused'))
      .mockResolvedValueOnce(null);
    render.mockResolvedValue(page('ok', Date.now()));
    const store = createPageStore(render);
    const catalog = {};
    expect(await store.read(catalog, '/')).toBeNull();
    expect(await store.read(catalog, '/')).toBeNull();
    expect((await store.read(catalog, '/'))?.html).toBe('ok');
  });

  it('stores the phone version and the other apart, each rendered once, and asks the renderer for the right one', async () => {
    const { render, releaseAll } = renderer(Date.now);
    const store = createPageStore(render);
    const catalog = {};
    const reads = [
      store.read(catalog, '/', 'phone'),
      store.read(catalog, '/'),
      store.read(catalog, '/', 'phone'),
      store.read(catalog, '/', 'other'),
    ];
    releaseAll();
    const pages = await Promise.all(reads);
    expect(pages.map((p) => p?.html)).toEqual(['phone / #1', '/ #2', 'phone / #1', '/ #2']);
    expect(render.mock.calls).toEqual([
      ['/', 'phone'],
      ['/', 'other'],
    ]);
  });
});
