// The production build in the real Chromium: the home page shows the default preset and offers
// every preset stored in the database as a baseline.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRESETS } from '@/lib/model/presets';
import { launchBrowser } from '../support/browser';
import { startServer, type RunningServer } from '../support/server';

describe('home page in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer('pglite'), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows the default preset and lists every other preset from the database', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(`${m.text()} (${m.location().url})`));
    await page.goto(server.url);
    const [first, ...others] = PRESETS;
    await page.getByRole('heading', { name: first!.name }).waitFor();
    const picker = page.locator('select[name="base"]');
    // The list loads when the picker is first used (ADR 044): wait for the page to be interactive
    // (its first chart is drawn after hydration), then focus the picker.
    await page.waitForSelector('.recharts-line-curve', { state: 'attached' });
    await picker.focus();
    await expect
      .poll(() => picker.locator('option').allTextContents(), { timeout: 15_000 })
      .toEqual(expect.arrayContaining(others.map((p) => p.name)));
    expect(errors).toEqual([]);
  });

  it('shows the same main navigation on every page, with the current section marked, and a skip link', async () => {
    const page = await browser.newPage();
    const pages = [
      { path: '/', current: 'Dashboard' },
      { path: '/scenarios', current: 'Scenarios' },
      { path: `/scenarios/${PRESETS[1]!.id}`, current: 'Scenarios' },
      { path: '/compare', current: 'Compare' },
      { path: '/methodology', current: 'Methodology' },
    ];
    for (const { path, current } of pages) {
      await page.goto(`${server.url}${path}`);
      const nav = page.getByRole('navigation', { name: 'Main' });
      await expect(nav.getByRole('link').allTextContents(), path).resolves.toEqual(['Dashboard', 'Scenarios', 'Compare', 'Methodology']);
      await expect(nav.locator('[aria-current="page"]').allTextContents(), path).resolves.toEqual([current]);
      // The first Tab reaches the skip link, which leads to the page's main content.
      await page.keyboard.press('Tab');
      await expect(
        page.evaluate(() => document.activeElement?.textContent),
        path,
      ).resolves.toBe('Skip to content');
      await expect(page.locator('main#main').count(), path).resolves.toBe(1);
    }
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
    await page.waitForURL(`${server.url}/`);
    await page.close();
  });

  it('answers an unknown scenario page with a real 404 and a plain explanation', async () => {
    const response = await fetch(`${server.url}/scenarios/no-such-scenario`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Scenario not found');
  });
});
