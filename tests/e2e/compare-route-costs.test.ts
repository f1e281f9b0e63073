// /compare in the real Chromium against the production build: route costs by component for every
// compared scenario (ADR 048), their table, the destination and year pickers, and origin names
// (ADR 047). The expected numbers come from the engine run on the same presets, not from literals.
import { mkdir, readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatNumber } from '@/lib/charts/format';
import { COST_COMPONENTS } from '@/lib/charts/route-cost-bars';
import { ROUTE_COST_COLUMNS } from '@/lib/charts/route-cost-csv';
import { toCompareRouteCostData, toCompareRouteCosts, type CompareRouteCostGroup } from '@/lib/compare/route-costs';
import { CORRIDOR_NODES } from '@/lib/model/corridor-network';
import { ORIGINS } from '@/lib/model/origins';
import { PRESETS } from '@/lib/model/presets';
import { simulate } from '@/lib/model/simulate';
import { makeCatalog } from '../builders';
import { launchBrowser } from '../support/browser';
import { startServer, type RunningServer } from '../support/server';

const ARTIFACTS = new URL('../../test-artifacts/', import.meta.url);

/** Reference (link 2042, horizon 2075), no tunnel, and a late tunnel (2060) with a horizon of 2100. */
const COMPARED = ['reference', 'no-tunnel-middle-ice', 'slow-melt-late-tunnel'].map((id) => PRESETS.find((p) => p.id === id)!);
const catalog = makeCatalog();
const data = toCompareRouteCostData(COMPARED.map((p) => ({ id: p.id, name: p.name, result: simulate(catalog, p.assumptions) })));
const tunnel = catalog.routes.find((r) => r.isLink)!.name;
/** Origin and node ids, which must never be shown. */
const IDS = [...Object.keys(ORIGINS).filter((id) => id !== ORIGINS[id]!.name), ...CORRIDOR_NODES.map((n) => n.id)];

describe('route costs by component on /compare in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  const errors: string[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer('pglite'), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function open(): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    page.on('console', (m) => m.type() === 'error' && errors.push(`${m.text()} (${m.location().url})`));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}/compare?ids=${COMPARED.map((p) => p.id).join(',')}`);
    return page;
  }
  const card = (page: Page) => page.locator('[data-chart="compare-route-costs"]');
  /** The bar paths of the card, once drawn. */
  async function barsOf(page: Page): Promise<string> {
    await card(page).scrollIntoViewIfNeeded();
    await page.waitForSelector('[data-chart="compare-route-costs"] .recharts-bar-rectangle path', { state: 'attached' });
    return card(page)
      .locator('.recharts-bar-rectangle path')
      .evaluateAll((els) => els.map((e) => e.getAttribute('d') ?? '').join('\n'));
  }
  /** The table cells a route's row of one scenario shows: components and total, or the note. */
  const expectedCells = (group: CompareRouteCostGroup, i: number): string[] => {
    const entry = group.entries[i]!;
    if (entry.totalUsdPerTonne === null) return [entry.note];
    return [...COST_COMPONENTS.map((c) => formatNumber(entry.components[c.id], 1)), formatNumber(entry.totalUsdPerTonne, 1)];
  };
  async function checkTable(page: Page, year: number, destination: string) {
    const costs = toCompareRouteCosts(data.sources, year, destination);
    expect(costs.groups.length).toBeGreaterThan(0);
    const rows = card(page).locator('tbody tr');
    await expect.poll(() => rows.count(), { timeout: 20_000 }).toBe(costs.groups.length * COMPARED.length);
    for (const group of costs.groups) {
      for (const [i, preset] of COMPARED.entries()) {
        const row = card(page).locator(`tr[data-compare-route-cost="${group.key}|s${i}"]`);
        const cells = await row.locator('td').allInnerTexts();
        expect(cells[0]!.trim(), group.label).toBe(preset.name);
        expect(
          cells.slice(1).map((c) => c.trim()),
          `${group.label}, ${preset.name}`,
        ).toEqual(expectedCells(group, i));
      }
    }
    return costs;
  }

  it('shows each route to Shanghai in 2050 by component for every scenario, as the engine computes it', async () => {
    const page = await open();
    await barsOf(page);
    await expect(card(page).locator('h3').innerText()).resolves.toBe('Cost per tonne to Shanghai by route and component, 2050');
    await card(page).getByText('Table of the numbers').click();
    const costs = await checkTable(page, 2050, 'Shanghai');
    // The link from Red Dog: open in the reference, absent without a tunnel, not open yet in the late one.
    const link = costs.groups.find((g) => g.route === tunnel && g.originName === ORIGINS['alaska-northwest']!.name)!;
    expect(link.entries.map((e) => e.status)).toEqual(['open', 'no-tunnel', 'not-open']);
    const labels = (await card(page).locator('svg.recharts-surface text').allTextContents()).join('\n');
    expect(labels).toContain(`${link.label} · ${link.kmText}`);
    expect(labels).toContain(`${COMPARED[0]!.name}: ${formatNumber(link.entries[0]!.totalUsdPerTonne, 1)} USD/t`);
    expect(labels).toContain(`${COMPARED[2]!.name}: opens in 2060`);
    for (const c of COST_COMPONENTS) await expect(card(page).getByRole('button', { name: c.label, exact: true }).count()).resolves.toBe(1);
    // Origins by name, never by id (ADR 047), in the chart and the table.
    const shown = `${labels}\n${await card(page).innerText()}`;
    expect(IDS.filter((id) => new RegExp(`(^|[^\\w-])${id}([^\\w-]|$)`).test(shown))).toEqual([]);
    await mkdir(ARTIFACTS, { recursive: true });
    await card(page).screenshot({ path: new URL('compare-route-costs-1280.png', ARTIFACTS).pathname });
    await page.close();
  });

  it("redraws for another destination and year, and says when a year is past a scenario's horizon", async () => {
    const page = await open();
    const before = await barsOf(page);
    await card(page).getByText('Table of the numbers').click();
    await card(page).locator('select[name="route-cost-destination"]').selectOption('Seattle');
    await card(page).locator('select[name="route-cost-year"]').selectOption('2080');
    await expect(card(page).locator('h3').innerText()).resolves.toBe('Cost per tonne to Seattle by route and component, 2080');
    await expect.poll(() => barsOf(page), { timeout: 20_000 }).not.toBe(before);
    const costs = await checkTable(page, 2080, 'Seattle');
    // The reference ends in 2075: its rows say so; the late tunnel runs to 2100 and has its costs.
    expect(costs.groups.every((g) => g.entries[0]!.note === "after this scenario's horizon, 2075")).toBe(true);
    expect(costs.groups.some((g) => g.entries[2]!.totalUsdPerTonne !== null)).toBe(true);
    // The card's CSV: the same rows as the table, with the dashboard's route-cost columns.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      card(page)
        .getByRole('button', { name: /CSV of Cost per tonne to Seattle/ })
        .click(),
    ]);
    expect(download.suggestedFilename()).toBe('compare-route-costs-Seattle-2080.csv');
    const [header, ...rows] = Papa.parse<string[]>(await readFile(await download.path(), 'utf8'), { skipEmptyLines: true }).data;
    expect(header).toEqual([...ROUTE_COST_COLUMNS]);
    const col = (name: string) => header!.indexOf(name);
    expect(rows.map((r) => [r[col('Scenario')], r[col('Origin')], r[col('Total')], r[col('Note')]])).toEqual(
      costs.groups.flatMap((g) =>
        g.entries.map((e) => [e.scenarioName, g.originName, e.totalUsdPerTonne === null ? '' : String(e.totalUsdPerTonne), e.note]),
      ),
    );
    await page.close();
  });

  it('logged no console errors', () => {
    expect(errors).toEqual([]);
  });
});
