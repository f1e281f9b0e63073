// /methodology in the real Chromium against the production build: every default with its source,
// generated from the catalog in the database and the engine's defaults.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASSUMPTION_SOURCES } from '@/lib/model/presets';
import type { Catalog } from '@/lib/model/types';
import { launchBrowser } from '../support/browser';
import { startServer, type RunningServer } from '../support/server';

describe('methodology page in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let catalog: Catalog;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer('pglite'), launchBrowser()]);
    catalog = (await (await fetch(`${server.url}/api/catalog`)).json()) as Catalog;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function open(width: number): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(`${m.text()} (${m.location().url})`));
    const response = await page.goto(`${server.url}/methodology`);
    expect(response?.status()).toBe(200);
    return { page, errors };
  }

  const row = (page: Page, text: string) => page.getByRole('row').filter({ hasText: text }).first();
  const rowText = async (page: Page, text: string) => (await row(page, text).textContent()) ?? '';
  /** Texts of the "assumption" badges in the row that contains `text`. */
  const badges = (page: Page, text: string) => row(page, text).locator('[data-flag="assumption"]').allTextContents();

  it('shows every basin of the catalog with its source, and flags its assumed fields', async () => {
    const { page, errors } = await open(1280);
    await expect(page.getByRole('heading', { name: 'Methodology', level: 1 }).count()).resolves.toBe(1);
    for (const basin of catalog.basins) {
      const text = await rowText(page, basin.name);
      expect(text).toContain(basin.source.slice(0, 60));
      const flags = await badges(page, basin.name);
      expect(flags.length > 0).toBe(basin.assumedFields.length > 0);
      for (const flag of flags) expect(flag).toMatch(/^assumption/);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('marks an assumed default scenario value as an assumption and shows a cited one with its source', async () => {
    const { page } = await open(1280);
    expect(ASSUMPTION_SOURCES['link.tariffUsdPerTonne']).toMatch(/^assumption/);
    expect(await badges(page, 'link.tariffUsdPerTonne')).toEqual(['assumption: no tunnel tariff has been published']);
    const cited = await rowText(page, 'link.capexBnUsd');
    expect(cited).toContain('65');
    expect(cited).toContain('TKM-World Link');
    expect(await badges(page, 'link.capexBnUsd')).toEqual([]);
    await page.close();
  });

  it('lists the routes and the sources of the sea-ice observations', async () => {
    const { page } = await open(1280);
    for (const route of catalog.routes) expect(await rowText(page, route.source.slice(0, 60))).toContain(route.name);
    const iceSources = new Set(catalog.iceObservations.map((o) => o.source));
    for (const source of iceSources) expect(await rowText(page, source.slice(0, 60))).toMatch(/\d{4}–\d{4}/);
    await page.close();
  });

  it('fits a phone screen without sideways scrolling', async () => {
    const { page } = await open(375);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });
});
