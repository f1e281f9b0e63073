// How the dashboard starts on a phone (ADRs 080, 094), in Chromium against the production build: the page
// hydrates from the server's first view without a hydration error, the browser computes the same
// figures once a chart comes near, and a slider still changes them, with the engine's WebAssembly
// kernel compiling under the page's policy.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KERNEL_WASM_BASE64 } from '@/lib/model/kernel/kernel-wasm';
import { launchBrowser } from '../support/browser';
import { startServer, type RunningServer } from '../support/server';

describe('dashboard start-up on a phone', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer('pglite'), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const figureTexts = (page: Page) => page.locator('[data-figure]').allInnerTexts();

  it('hydrates from the server’s figures, computes the same ones in the browser when a chart comes near, and follows a slider', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 812 } });
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico')) errors.push(`${m.text()} (${m.location().url})`);
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${server.url}/`, { waitUntil: 'networkidle' });
    await page.waitForSelector('[data-figure]');
    const fromServer = await figureTexts(page);

    // Hydrated (the folded Ice group opens, then a field's info button: React handles the clicks),
    // still the server's figures.
    const ice = page.locator('[data-group-toggle="Ice"]');
    await expect
      .poll(async () => {
        if ((await ice.getAttribute('aria-expanded')) !== 'true') await ice.click();
        return ice.getAttribute('aria-expanded');
      })
      .toBe('true');
    const info = page.locator('[data-info]').first();
    await info.click();
    expect(await info.getAttribute('aria-expanded')).toBe('true');
    expect(await figureTexts(page)).toEqual(fromServer);

    // A chart comes near: the browser runs the engine and draws it, with the same figures.
    await page.locator('[data-chart="production"]').scrollIntoViewIfNeeded();
    await page.waitForSelector('[data-chart="production"] .recharts-line-curve', { state: 'attached' });
    expect(await figureTexts(page)).toEqual(fromServer);

    // A slider step changes the figures (the engine runs in the browser).
    const slider = page.locator('input[type="range"][name="iceFree"]');
    await slider.focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => figureTexts(page)).not.toEqual(fromServer);
    // The engine's WebAssembly kernel itself (SIMD included, ADR 093) compiles here under the
    // page's policy (ADR 092); where it cannot, the engine falls back to the slower TypeScript loop.
    const isWasmAllowed = await page.evaluate((base64) => {
      try {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        return new WebAssembly.Module(bytes) instanceof WebAssembly.Module;
      } catch {
        return false;
      }
    }, KERNEL_WASM_BASE64);
    expect(isWasmAllowed).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
