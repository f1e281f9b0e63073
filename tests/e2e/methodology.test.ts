// /methodology in the real Chromium against the production build: the table of contents, every
// assumption of the field table with its anchor, unit and source, every catalog entry with its
// source, and no code paths or file names anywhere on the page.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toAssumptionRow } from '@/lib/methodology/assumption-rows';
import { toPlainText } from '@/lib/methodology/plain-text';
import { ASSUMPTION_FIELDS, fieldAnchor, findField } from '@/lib/model/assumption-fields';
import { CORRIDOR_SEGMENTS } from '@/lib/model/corridor-network';
import { findOriginName } from '@/lib/model/origins';
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

  async function open(width: number, hash = ''): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(`${m.text()} (${m.location().url})`));
    const response = await page.goto(`${server.url}/methodology${hash}`);
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
      expect(text).toContain(toPlainText(basin.source).slice(0, 60));
      const flags = await badges(page, basin.name);
      expect(flags.length > 0).toBe(basin.assumedFields.length > 0);
      for (const flag of flags) expect(flag).toMatch(/^assumption/);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('links every section and assumption group from the table of contents to a target on the page', async () => {
    const { page, errors } = await open(1280);
    const toc = page.getByRole('navigation', { name: 'Contents' });
    const hrefs = await toc.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs).toEqual([
      '#steps',
      '#assumptions',
      ...['ice', 'link', 'markets', 'freight', 'access', 'cooperation'].map((g) => `#assumptions-${g}`),
      '#engine',
      '#network',
      '#catalog',
    ]);
    for (const href of hrefs) expect(await page.locator(href).count(), href).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lists every corridor network segment with its km, mode and source, flagging assumed ones', async () => {
    const { page, errors } = await open(1280);
    for (const s of CORRIDOR_SEGMENTS) {
      const tr = page.locator(`tr[id="segment-${s.from}-${s.to}"]`);
      await expect(tr.count(), `${s.from}–${s.to}`).resolves.toBe(1);
      const text = (await tr.textContent()) ?? '';
      expect(text).toContain(`${s.km.toLocaleString('en-US')} km by ${s.mode}`);
      const isAssumption = /^assumption\b/i.test(s.source);
      expect(await tr.locator('[data-flag="assumption"]').count(), `${s.from}–${s.to}`).toBe(isAssumption ? 1 : 0);
      const plain = toPlainText(s.source.replace(/^assumption:?\s*/i, ''));
      expect(text).toContain(plain.slice(0, 40));
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('has a row for every assumption of the field table, at its anchor, with default, unit and source', async () => {
    const { page } = await open(1280);
    const rows = await page
      .locator('tr[id^="assumption-"]')
      .evaluateAll((trs) => trs.map((tr) => ({ id: tr.id, text: tr.textContent ?? '' })));
    expect(rows.map((r) => r.id)).toEqual(ASSUMPTION_FIELDS.map(fieldAnchor));
    for (const field of ASSUMPTION_FIELDS) {
      const expected = toAssumptionRow(field);
      const text = rows.find((r) => r.id === fieldAnchor(field))?.text ?? '';
      expect(text, field.path).toContain(field.label);
      expect(text, field.path).toContain(expected.defaultText);
      expect(text, field.path).toContain(expected.unit);
      expect(text, field.path).toContain(
        expected.source.isAssumption ? `assumption${expected.source.text ? `: ${expected.source.text}` : ''}` : expected.source.text,
      );
    }
    await page.close();
  });

  it('marks an assumed default as an assumption and shows a cited one with its source and range', async () => {
    const { page } = await open(1280);
    const tariff = findField('link.tariffUsdPerTonne')!;
    const capex = findField('link.capexBnUsd')!;
    const tariffRow = toAssumptionRow(tariff);
    const capexRow = toAssumptionRow(capex);
    expect([tariffRow.source.isAssumption, capexRow.source.isAssumption]).toEqual([true, false]);
    expect(await page.locator(`#${fieldAnchor(tariff)} [data-flag="assumption"]`).allTextContents()).toEqual([
      `assumption: ${tariffRow.source.text}`,
    ]);
    const cited = (await page.locator(`#${fieldAnchor(capex)}`).textContent()) ?? '';
    for (const text of [capexRow.defaultText, capexRow.source.text, capexRow.range, capexRow.uncertainty]) expect(cited).toContain(text);
    expect(await page.locator(`#${fieldAnchor(capex)} [data-flag="assumption"]`).count()).toBe(0);
    await page.close();
  });

  it('scrolls to and highlights the assumption a link points at', async () => {
    const target = findField('link.capacityMtPerYear')!;
    const other = findField('link.capexBnUsd')!;
    const { page } = await open(1280, `#${fieldAnchor(target)}`);
    const background = (id: string) => page.locator(`#${id} th`).evaluate((el) => getComputedStyle(el).backgroundColor);
    const box = await page.locator(`#${fieldAnchor(target)}`).boundingBox();
    expect(box !== null && box.y >= 0 && box.y < 800).toBe(true);
    expect(await background(fieldAnchor(target))).not.toBe(await background(fieldAnchor(other)));
    await page.close();
  });

  it('shows no code paths, identifiers or file names anywhere on the page', async () => {
    const { page } = await open(1280);
    const text = await page.locator('main').evaluate((main) => {
      main.querySelectorAll('details').forEach((d) => d.setAttribute('open', ''));
      return main instanceof HTMLElement ? main.innerText : '';
    });
    // dotted contract paths (link.capacityMtPerYear), constants (FIRST_YEAR), source file names
    expect(text.match(/\b[a-z]+(?:\.[a-zA-Z]+)*\.[a-z]+[A-Z]\w*/g)).toBeNull();
    expect(text.match(/\b[A-Z]+_[A-Z_]+\b/g)).toBeNull();
    expect(text.match(/\b[a-z]+[A-Z][a-zA-Z]*\b/g)).toBeNull();
    expect(text.match(/[\w-]+\.(?:tsx?|md|json|sql)\b/g)).toBeNull();
    expect(text).not.toMatch(/lib\/|app\/|db\//);
    await page.close();
  });

  it('names the origin of every route leg, never by its id (ADR 047)', async () => {
    const { page } = await open(1280);
    const legs = page.locator('table', { has: page.locator('caption', { hasText: 'Route legs' }) }).locator('tbody tr');
    const legCount = catalog.routes.reduce((n, r) => n + r.legs.length, 0);
    await expect(legs.count()).resolves.toBe(legCount);
    const shown = await legs.locator('th').allInnerTexts();
    const ids = [...new Set(catalog.routes.flatMap((r) => r.legs.map((l) => l.origin)))].filter((o) => findOriginName(o) !== o);
    catalog.routes
      .flatMap((r) => r.legs.map((leg) => ({ route: r.name, leg })))
      .forEach(({ route, leg }, i) => {
        const text = shown[i] ?? '';
        expect(text).toContain(route);
        expect(text).toContain(`${findOriginName(leg.origin)} → ${leg.destination}`);
        for (const id of ids) expect(text.split(/\s+/), text).not.toContain(id);
      });
    await page.close();
  });

  it('lists the routes and the sources of the sea-ice observations', async () => {
    const { page } = await open(1280);
    for (const route of catalog.routes) expect(await rowText(page, toPlainText(route.source).slice(0, 60))).toContain(route.name);
    const iceSources = new Set(catalog.iceObservations.map((o) => o.source));
    for (const source of iceSources) expect(await rowText(page, toPlainText(source).slice(0, 60))).toMatch(/\d{4}–\d{4}/);
    await page.close();
  });

  it('fits a phone screen without sideways scrolling', async () => {
    const { page } = await open(375);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });
});
