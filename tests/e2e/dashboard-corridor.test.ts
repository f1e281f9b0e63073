// The corridor on the dashboard in real Chromium against the production build (issue 9): the
// link's figures and sentence, strait crossings and cash flow, route costs by component and their CSV.
import { mkdir, readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COST_COMPONENTS, toRouteCostChart } from '@/lib/charts/route-cost-bars';
import { ORIGINS } from '@/lib/model/origins';
import { DEFAULT_ASSUMPTIONS } from '@/lib/model/presets';
import { simulate } from '@/lib/model/simulate';
import { makeCatalog } from '../builders';
import { launchBrowser } from '../support/browser';
import { startServer, type RunningServer } from '../support/server';

const ARTIFACTS = new URL('../../test-artifacts/', import.meta.url);

describe('corridor charts on the dashboard in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer('pglite'), launchBrowser()]);
    await mkdir(ARTIFACTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function open(path: string): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    page.on('console', (m) => {
      if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico')) consoleErrors.push(`${page.url()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => consoleErrors.push(`${page.url()}: ${String(e)}`));
    await page.goto(`${server.url}${path}`);
    await page.waitForSelector('[data-link-verdict]', { state: 'attached' });
    return page;
  }

  /** Scrolls a chart card into view and returns the `d` of its bars (and lines), once drawn. */
  async function shapesOf(page: Page, chart: string): Promise<string> {
    await page.locator(`[data-chart="${chart}"]`).scrollIntoViewIfNeeded();
    await page.waitForSelector(`[data-chart="${chart}"] .recharts-bar-rectangle path`, { state: 'attached' });
    return page
      .locator(`[data-chart="${chart}"] .recharts-bar-rectangle path, [data-chart="${chart}"] .recharts-line-curve`)
      .evaluateAll((els) => els.map((e) => e.getAttribute('d') ?? '').join('\n'));
  }
  const verdict = (page: Page) => page.locator('[data-link-verdict]').innerText();
  const figure = (page: Page, id: string) => page.locator(`[data-figure="${id}"] [data-value]`).innerText();

  it('shows the link figures, the sentence and the three charts with data for the default scenario', async () => {
    const page = await open('/');
    await expect(figure(page, 'link-npv')).resolves.toMatch(/^−[\d.,]+ bn USD$/);
    await expect(figure(page, 'payback')).resolves.toBe('not by 2075');
    await expect(figure(page, 'break-even-tariff')).resolves.toMatch(/^[\d.,]+ USD\/t$/);
    await expect(figure(page, 'break-even-volume')).resolves.toMatch(/^[\d.,]+ Mt\/yr$/);
    await expect(page.locator('[data-figure="break-even-volume"]').innerText()).resolves.toMatch(/× the capacity of 100 Mt\/yr/);
    await expect(verdict(page)).resolves.toMatch(
      /^The link loses [\d.,]+ bn USD \(NPV at 7 %\): Shanghai → Chicago freight costs \d+ USD\/t by the link/,
    );

    // Crossings: stacked bars for the four direction × cargo series, lines for all crossings and capacity.
    await shapesOf(page, 'crossings');
    const crossings = page.locator('[data-chart="crossings"]');
    expect(await crossings.locator('.recharts-bar-rectangle path').count()).toBeGreaterThan(10);
    expect(await crossings.locator('.recharts-line-curve').count()).toBeGreaterThanOrEqual(2);
    for (const name of ['Eastbound · resources', 'Eastbound · transit', 'Westbound · resources', 'Westbound · transit', 'Capacity'])
      await expect(crossings.getByRole('button', { name, exact: true }).count()).resolves.toBe(1);

    // Cash flow: yearly bars (negative while building) and the cumulative discounted line.
    await shapesOf(page, 'cash-flow');
    const cash = page.locator('[data-chart="cash-flow"]');
    expect(await cash.locator('.recharts-bar-rectangle path').count()).toBeGreaterThan(10);
    expect(await cash.locator('.recharts-line-curve').count()).toBeGreaterThanOrEqual(1);

    // Route costs: one labelled bar per route and origin to Shanghai in 2050, a legend of components.
    await shapesOf(page, 'route-costs');
    const costs = page.locator('[data-chart="route-costs"]');
    await expect(costs.locator('h3').innerText()).resolves.toBe('Cost per tonne to Shanghai by route and origin, 2050');
    const labels = (await costs.locator('svg.recharts-surface text').allTextContents()).join('\n');
    expect(labels).toContain('Tunnel Rail: Red Dog (NW Alaska) → Shanghai');
    expect(labels).toMatch(/9,924 km rail · \d[\d,]* USD\/t/); // Red Dog → Wales → … → Shanghai over the corridor network
    for (const c of COST_COMPONENTS) await expect(costs.getByRole('button', { name: c.label, exact: true }).count()).resolves.toBe(1);
    // The table of the numbers is the text alternative: one row per route and origin.
    await costs.getByText('Table of the numbers').click();
    const rows = costs.locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(5);
    // The link's bar from Red Dog, as the engine computes it in the browser's default scenario.
    const redDog = toRouteCostChart(simulate(makeCatalog(), DEFAULT_ASSUMPTIONS), 2050, 'Shanghai').bars.find(
      (b) => b.route === 'Tunnel Rail' && b.origin === 'alaska-northwest',
    )!;
    const cells = [...COST_COMPONENTS.map((c) => redDog.components[c.id] ?? 0), redDog.totalUsdPerTonne ?? 0].map((x) => Math.round(x));
    await expect(costs.locator('tr[data-route-cost="Tunnel Rail|alaska-northwest|Shanghai"]').innerText()).resolves.toMatch(
      new RegExp(cells.join('\\s+')),
    );
    await page.screenshot({ path: new URL('dashboard-corridor-1280-full.png', ARTIFACTS).pathname, fullPage: true });
    await page.close();
  });

  it('moves the crossings and cash-flow charts, the figures and the sentence when the tariff slider moves', async () => {
    const page = await open('/');
    const crossingsBefore = await shapesOf(page, 'crossings');
    const cashBefore = await shapesOf(page, 'cash-flow');
    const sentenceBefore = await verdict(page);
    const npvBefore = await figure(page, 'link-npv');
    const tariff = page.locator('input[type="range"][name="tariff"]');
    await tariff.focus();
    await page.keyboard.press('Home'); // no tariff: the link is cheaper to use, takes more transit, earns less per tonne
    await expect(tariff.getAttribute('aria-valuetext')).resolves.toBe('0 USD/t');
    await expect.poll(() => verdict(page)).not.toBe(sentenceBefore);
    await expect(figure(page, 'payback')).resolves.toBe('never');
    expect(await figure(page, 'link-npv')).not.toBe(npvBefore);
    await expect.poll(() => shapesOf(page, 'crossings')).not.toBe(crossingsBefore);
    await expect.poll(() => shapesOf(page, 'cash-flow')).not.toBe(cashBefore);
    await page.close();
  });

  it('downloads the route cost bars as CSV with every component and the total', async () => {
    const page = await open('/?year=2030');
    await shapesOf(page, 'route-costs');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /CSV of Cost per tonne to Shanghai/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('reference-tunnel-in-2042-partial-cooperation-route-costs-Shanghai-2030.csv');
    const parsed = Papa.parse<string[]>(await readFile(await download.path(), 'utf8'), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const [header, ...rows] = parsed.data;
    for (const c of COST_COMPONENTS) expect(header).toContain(c.label);
    const col = (name: string) => header!.indexOf(name);
    expect(rows.length).toBe(await page.locator('[data-chart="route-costs"] tbody tr').count());
    expect(rows.every((r) => r[col('Year')] === '2030' && r[col('Destination')] === 'Shanghai' && r[col('Unit')] === 'USD per tonne')).toBe(
      true,
    );
    // Origins by name (ADR 047): "Red Dog (NW Alaska)", never "alaska-northwest".
    const names = new Set(Object.values(ORIGINS).map((o) => o.name));
    expect(rows.filter((r) => !names.has(r[col('Origin')] ?? ''))).toEqual([]);
    expect(rows.map((r) => r[col('Origin')])).toContain('Red Dog (NW Alaska)');
    // In 2030 the link is not open yet: its rows have no cost and say why.
    const link = rows.filter((r) => r[col('Route')] === 'Tunnel Rail');
    expect(link.length).toBeGreaterThan(0);
    expect(link.every((r) => r[col('Total')] === '' && r[col('Note')] === 'opens in 2042')).toBe(true);
    await expect(page.locator('[data-route-cost-missing]').innerText()).resolves.toMatch(
      /Tunnel Rail: Red Dog \(NW Alaska\) → Shanghai \(opens in 2042\)/,
    );
    for (const r of rows.filter((row) => row[col('Total')] !== '')) {
      const sum = COST_COMPONENTS.reduce((s, c) => s + Number(r[col(c.label)]), 0);
      expect(sum).toBeCloseTo(Number(r[col('Total')]), 9);
    }
    await page.close();
  });

  it('logged no console errors', () => {
    expect(consoleErrors).toEqual([]);
  });
});
