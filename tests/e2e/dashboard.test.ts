// The dashboard in real Chromium against the production build: sliders recompute the charts in
// the browser, the URL reproduces the screen, saving, CSV downloads, conflicts, keyboard.
import { mkdir, readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASSUMPTION_FIELDS } from '@/lib/model/assumption-fields';
import { launchBrowser } from '../support/browser';
import { startServer, type RunningServer } from '../support/server';

const ARTIFACTS = new URL('../../test-artifacts/', import.meta.url);

describe('dashboard in Chromium', () => {
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

  /**
   * Opens a page and waits for the first chart (drawn after hydration). On a phone the charts are
   * below the figures and sliders, so `waitFor: 'figures'` waits for the headline figures instead.
   */
  async function open(
    path: string,
    viewport = { width: 1280, height: 800 },
    waitFor: 'chart' | 'figures' = 'chart',
    extraHTTPHeaders: Record<string, string> = {},
  ): Promise<Page> {
    const page = await browser.newPage({ viewport, acceptDownloads: true, extraHTTPHeaders });
    page.on('console', (m) => {
      // Chromium asks for /favicon.ico on its own after some history updates; the app serves icon.svg (STACK.md).
      if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico'))
        consoleErrors.push(`${page.url()}: ${m.text()} (${m.location().url})`);
    });
    page.on('pageerror', (e) => consoleErrors.push(`${page.url()}: ${String(e)}`));
    await page.goto(`${server.url}${path}`);
    await page.waitForSelector(waitFor === 'chart' ? '.recharts-line-curve' : '[data-figure]', { state: 'attached' });
    return page;
  }

  /** Scrolls a chart into view (charts are drawn when they come near the viewport) and waits for its lines. */
  async function showChart(page: Page, chart: string): Promise<void> {
    await page.locator(`[data-chart="${chart}"]`).scrollIntoViewIfNeeded();
    await page.waitForSelector(`[data-chart="${chart}"] .recharts-line-curve`, { state: 'attached' });
  }
  const pathsOf = async (page: Page, chart: string) => {
    await showChart(page, chart);
    return page
      .locator(`[data-chart="${chart}"] .recharts-line-curve`)
      .evaluateAll((els) => els.map((e) => e.getAttribute('d') ?? '').join('\n'));
  };
  const figure = (page: Page, id: string) => page.locator(`[data-figure="${id}"] [data-value]`).innerText();
  const figures = (page: Page) => page.locator('[data-figure]').allInnerTexts();

  async function readCsv(download: Download): Promise<string[][]> {
    const file = await download.path();
    const parsed = Papa.parse<string[]>(await readFile(file, 'utf8'), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    return parsed.data;
  }

  let movedUrl = '';

  it('recomputes a chart, a headline figure and the URL when a slider moves with the keyboard', async () => {
    const page = await open('/');
    const costBefore = await pathsOf(page, 'transport-cost');
    const figureBefore = await figure(page, 'cost');
    expect(figureBefore).toMatch(/USD\/t/);

    const tariff = page.locator('input[type="range"][name="tariff"]');
    await expect(tariff.getAttribute('aria-valuetext')).resolves.toBe('15 USD/t');
    await tariff.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await expect(tariff.getAttribute('aria-valuetext')).resolves.toBe('20 USD/t');

    await page.waitForFunction(() => new URL(location.href).searchParams.get('tariff') === '20');
    await expect.poll(() => pathsOf(page, 'transport-cost')).not.toBe(costBefore);
    expect(await figure(page, 'cost')).not.toBe(figureBefore);
    await expect(page.locator('[data-figure="cost"]').innerText()).resolves.toMatch(/vs baseline/);
    movedUrl = page.url();
    expect(new URL(movedUrl).searchParams.get('pathway')).toBe('SSP2-4.5');

    // The same URL in a fresh browser context shows the same figures and slider values.
    const shown = await figures(page);
    const other = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const copy = await other.newPage();
    copy.on('console', (m) => m.type() === 'error' && consoleErrors.push(`copy: ${m.text()}`));
    await copy.goto(movedUrl);
    await copy.waitForSelector('.recharts-line-curve', { state: 'attached' });
    expect(await figures(copy)).toEqual(shown);
    await expect(copy.locator('input[name="tariff"]').inputValue()).resolves.toBe('20');
    expect(await pathsOf(copy, 'transport-cost')).toBe(await pathsOf(page, 'transport-cost'));
    await other.close();
    await page.close();
  });

  it('draws another scenario as the dashed baseline, picked from the list loaded with TanStack Query', async () => {
    const page = await open('/');
    await showChart(page, 'sea-ice');
    const dashedBefore = await page
      .locator('[data-chart="sea-ice"] .recharts-line-curve[stroke-dasharray]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('d')).join('\n'));
    const picker = page.locator('select[name="base"]');
    await picker.focus(); // the list loads when the picker is first used
    await picker.locator('option[value="fast-melt-no-tunnel"]').waitFor({ state: 'attached' });
    await picker.selectOption('fast-melt-no-tunnel');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('base') === 'fast-melt-no-tunnel');
    await page.locator('[data-figure="ice-free"]', { hasText: 'vs baseline (2052)' }).waitFor();
    await showChart(page, 'sea-ice');
    // Charts after the first redraw in a deferred render (ADR 044): wait for the new baseline lines.
    const dashed = () =>
      page
        .locator('[data-chart="sea-ice"] .recharts-line-curve[stroke-dasharray]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('d')).join('\n'));
    await expect.poll(dashed).not.toBe(dashedBefore);
    // Reset all brings the sliders to the baseline: the fast-melt pathway and no tunnel.
    await page.getByRole('button', { name: 'Reset all' }).click();
    await expect(page.locator('select[name="pathway"]').inputValue()).resolves.toBe('SSP5-8.5');
    await expect(page.locator('input[name="openNull"]').isChecked()).resolves.toBe(true);
    await page.close();
  });

  it('shows a tooltip with the year and the current and baseline values with units', async () => {
    const page = await open('/?base=fast-melt-no-tunnel');
    await page.locator('[data-figure="ice-free"]', { hasText: 'vs baseline' }).waitFor();
    await showChart(page, 'sea-ice');
    const plot = page.locator('[data-chart="sea-ice"] .recharts-wrapper');
    const box = await plot.boundingBox();
    if (!box) throw new Error('sea-ice chart has no box');
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5);
    await page.mouse.move(box.x + box.width * 0.7, box.y + box.height * 0.5, { steps: 4 });
    const tooltip = page.locator('[data-chart="sea-ice"] .recharts-tooltip-wrapper');
    await tooltip.locator('li').first().waitFor();
    const text = (await tooltip.innerText()).replace(/\s+/g, ' ');
    const year = Number(/\b(20\d\d)\b/.exec(text)?.[1]);
    expect(year).toBeGreaterThan(2024);
    // One entry per line: the current extent with the fast-melt baseline's beside it (they differ),
    // each with its unit, and a season in days; no separate "(baseline)" entries.
    const extent = /September extent: ([\d.]+) million km2 \(baseline ([\d.]+) million km2\)/.exec(text);
    expect(extent, text).not.toBeNull();
    expect(extent![1]).not.toBe(extent![2]);
    expect(text).toMatch(/Season: Northern Sea Route: \d+ days per year \((baseline \d+ days per year|= baseline)\)/);
    expect(text).not.toMatch(/\(baseline\):/);
    await page.mouse.move(0, 0);
    await page.close();
  });

  it('keeps an off-screen chart as drawn while a slider moves, and shows the current values, tooltip included, when scrolled back', async () => {
    const page = await open('/');
    const seaIceBefore = await pathsOf(page, 'sea-ice');
    const productionBefore = await pathsOf(page, 'production');
    await page.evaluate(() => window.scrollTo(0, 0));
    const slider = page.locator('input[type="range"][name="iceFree"]');
    await slider.focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
    await page.waitForFunction(() => new URL(location.href).searchParams.has('iceFree'));
    // The chart on screen follows the slider ...
    const production = () =>
      page.locator('[data-chart="production"] .recharts-line-curve').evaluateAll((els) => els.map((e) => e.getAttribute('d')).join('\n'));
    await expect.poll(production).not.toBe(productionBefore);
    // ... the one far below keeps its last drawing (no redraw off screen, ADR 044) ...
    const seaIceNow = await page
      .locator('[data-chart="sea-ice"] .recharts-line-curve')
      .evaluateAll((els) => els.map((e) => e.getAttribute('d') ?? '').join('\n'));
    expect(seaIceNow).toBe(seaIceBefore);
    // ... and draws the current values once scrolled back: the same as a fresh load of the URL.
    await page.locator('[data-chart="sea-ice"]').scrollIntoViewIfNeeded();
    await expect.poll(() => pathsOf(page, 'sea-ice')).not.toBe(seaIceBefore);
    const fresh = await open(new URL(page.url()).pathname + new URL(page.url()).search);
    expect(await pathsOf(page, 'sea-ice')).toBe(await pathsOf(fresh, 'sea-ice'));
    // The tooltip reads the current rows too (Recharts itself keeps the rows of the first drawing, ADR 085).
    const tooltipAt = async (p: Page) => {
      const box = await p.locator('[data-chart="sea-ice"] .recharts-wrapper').boundingBox();
      if (!box) throw new Error('sea-ice chart has no box');
      await p.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5);
      await p.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.5, { steps: 4 });
      const tooltip = p.locator('[data-chart="sea-ice"] .recharts-tooltip-wrapper');
      await tooltip.locator('li').first().waitFor();
      return (await tooltip.innerText()).replace(/\s+/g, ' ');
    };
    const shown = await tooltipAt(page);
    expect(shown).toMatch(/September extent: [\d.]+ million km2/);
    expect(shown).toBe(await tooltipAt(fresh));
    await fresh.close();
    await page.close();
  });

  it('reads a chart year by year with the keyboard', async () => {
    const page = await open('/');
    await showChart(page, 'crossings');
    const chart = page.locator('[data-chart="crossings"] svg.recharts-surface');
    await chart.focus();
    const tooltip = page.locator('[data-chart="crossings"] .recharts-tooltip-wrapper');
    const yearShown = async () => Number(/\b(\d{4})\b/.exec((await tooltip.innerText()).replace(/\s+/g, ' '))?.[1]);
    await page.keyboard.press('ArrowRight');
    await tooltip.locator('li').first().waitFor();
    const first = await yearShown();
    await page.keyboard.press('ArrowRight');
    await expect.poll(yearShown).toBe(first + 1);
    expect((await tooltip.innerText()).replace(/\s+/g, ' ')).toMatch(/All crossings: [\d.,]+ Mt per year/);
    await page.close();
  });

  it('falls back to the scenario values for invalid URL params', async () => {
    const page = await open('/?cap=abc&tariff=99999&pathway=nope&horizon=2060');
    await expect(page.locator('input[name="cap"]').inputValue()).resolves.toBe('100');
    await expect(page.locator('input[name="tariff"]').inputValue()).resolves.toBe('15');
    await expect(page.locator('input[name="horizon"]').inputValue()).resolves.toBe('2060');
    await expect(page.locator('[data-notice="ignored-params"]').innerText()).resolves.toMatch(/pathway, cap, tariff/);
    await page.close();
  });

  it('downloads exactly the series a chart draws, and the full report, as CSV with units', async () => {
    const page = await open(new URL(movedUrl).pathname + new URL(movedUrl).search);
    await showChart(page, 'transport-cost');
    const drawn = await page.locator('[data-chart="transport-cost"] .recharts-line-curve').count();
    const [chartDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /CSV of Transport cost/ }).click(),
    ]);
    expect(chartDownload.suggestedFilename()).toBe('reference-tunnel-in-2042-partial-cooperation-edited-transport-cost.csv');
    const chartRows = await readCsv(chartDownload);
    expect(chartRows[0]!.slice(0, 6)).toEqual(['Model', 'Scenario', 'Region', 'Variable', 'Unit', '2025']);
    const body = chartRows.slice(1);
    expect(body).toHaveLength(drawn);
    expect(new Set(body.map((r) => r[4]))).toEqual(new Set(['USD per tonne']));
    expect(body.every((r) => r[3]!.startsWith('Transport Cost|') && r[3]!.endsWith('|Shanghai'))).toBe(true);
    const scenarios = new Set(body.map((r) => r[1]));
    expect(scenarios).toEqual(
      new Set(['Reference: tunnel in 2042, partial cooperation (edited)', 'Baseline: Reference: tunnel in 2042, partial cooperation']),
    );

    // Hiding a series in the legend removes it from the chart and from its CSV.
    await showChart(page, 'sea-ice');
    await page.locator('[data-chart="sea-ice"]').getByRole('button', { name: 'Observed extent (NSIDC)' }).click();
    const iceDrawn = await page.locator('[data-chart="sea-ice"] .recharts-line-curve').count();
    const [iceDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /CSV of September sea ice/ }).click(),
    ]);
    const iceRows = (await readCsv(iceDownload)).slice(1);
    expect(iceRows).toHaveLength(iceDrawn);
    expect(iceRows.some((r) => r[1]!.startsWith('Observed'))).toBe(false);
    expect(iceRows.find((r) => r[3] === 'Sea Ice Extent|September')![4]).toBe('million km2');

    const [report] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Full report (CSV)' }).click()]);
    expect(report.suggestedFilename()).toBe('reference-tunnel-in-2042-partial-cooperation-edited-report.csv');
    const reportRows = await readCsv(report);
    expect(reportRows[0]!.slice(0, 5)).toEqual(['Model', 'Scenario', 'Region', 'Variable', 'Unit']);
    expect(reportRows[0]!.at(-1)).toBe('2075');
    const variables = reportRows.slice(1).map((r) => r[3]);
    expect(variables).toContain('Production|Oil');
    expect(variables).toContain('Sea Ice Extent|September');
    // The report is the current (unsaved) state: its tunnel cost equals what /api/run gives for these assumptions.
    const tunnel2050 = reportRows.find((r) => r[3] === 'Transport Cost|Tunnel Rail|Shanghai')![reportRows[0]!.indexOf('2050')];
    const api = await page.evaluate(async () => {
      const r = await fetch('/api/scenarios/reference/report.csv');
      return r.text();
    });
    const stored = Papa.parse<string[]>(api, { skipEmptyLines: true }).data;
    const stored2050 = stored.find((r) => r[3] === 'Transport Cost|Tunnel Rail|Shanghai')![stored[0]!.indexOf('2050')];
    expect(Number(tunnel2050) - Number(stored2050)).toBeCloseTo(5, 6); // tariff moved from 15 to 20 USD/t
    expect(reportRows.length).toBe(stored.length);
    await page.close();
  });

  let savedPath = '';

  it('saves the current sliders as a new scenario and opens it, still compared with the chosen baseline', async () => {
    const page = await open(new URL(movedUrl).pathname + new URL(movedUrl).search + '&base=fast-melt-no-tunnel');
    await page.getByRole('button', { name: 'Save as new scenario' }).click();
    await page.getByText('Name must not be empty').waitFor();
    await page.getByLabel('Name of the new scenario').fill('Tariff 20 test');
    await page.getByLabel('Description (optional)').fill('saved by the e2e test');
    // The form sits above the sliders and charts: no scrolling needed to reach it.
    const form = await page.getByRole('button', { name: 'Save as new scenario' }).boundingBox();
    expect(form!.y + form!.height).toBeLessThan(800);
    await Promise.all([
      page.waitForURL(/\/scenarios\/[0-9a-f-]{36}\?base=fast-melt-no-tunnel/),
      page.getByRole('button', { name: 'Save as new scenario' }).click(),
    ]);
    await page.waitForSelector('.recharts-line-curve', { state: 'attached' });
    savedPath = new URL(page.url()).pathname;
    await expect(page.locator('select[name="base"]').inputValue()).resolves.toBe('fast-melt-no-tunnel');
    await page.locator('[data-figure="ice-free"]', { hasText: 'vs baseline (2052)' }).waitFor();
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toMatch(/Tariff 20 test/);
    await expect(page.locator('input[name="tariff"]').inputValue()).resolves.toBe('20');
    await expect(page.getByRole('button', { name: 'Save changes' }).isVisible()).resolves.toBe(true);
    await page.close();
  });

  it('refuses a stale "Save changes" with a conflict message and keeps the other save', async () => {
    const first = await open(savedPath);
    const second = await open(savedPath);
    const id = savedPath.split('/').pop()!;

    await second.locator('input[name="cap"]').focus();
    await second.keyboard.press('ArrowRight');
    await second.getByRole('button', { name: 'Save changes' }).click();
    await second.getByText(/Saved changes/).waitFor();

    await first.locator('input[name="carbon"]').focus();
    await first.keyboard.press('ArrowRight');
    await first.getByRole('button', { name: 'Save changes' }).click();
    const conflict = first.locator('[data-status="conflict"]');
    await conflict.waitFor();
    await expect(conflict.innerText()).resolves.toMatch(/changed elsewhere.*Reload/s);

    const stored = await first.evaluate(async (sid) => (await fetch(`/api/scenarios/${sid}`)).json(), id);
    expect(stored.version).toBe(2);
    expect(stored.assumptions.link.capacityMtPerYear).toBe(105);
    expect(stored.assumptions.markets.carbonPriceUsdPerTonne).toBe(0);
    await first.close();
    await second.close();
  });

  it('reaches the sliders with Tab, with a visible focus ring', async () => {
    const page = await open('/');
    let found = false;
    for (let i = 0; i < 30 && !found; i++) {
      await page.keyboard.press('Tab');
      found = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'range');
    }
    expect(found).toBe(true);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await page.close();
  });

  it('saves screenshots at laptop and phone width without horizontal scrolling on the phone', async () => {
    const wide = await open('/');
    await wide.screenshot({ path: new URL('dashboard-1280x800.png', ARTIFACTS).pathname });
    await wide.screenshot({ path: new URL('dashboard-1280-full.png', ARTIFACTS).pathname, fullPage: true });
    await wide.close();
    const phone = await open('/', { width: 375, height: 812 }, 'figures');
    // Headline figures come first on a phone, before the sliders.
    const firstFigure = await phone.locator('[data-figure]').first().boundingBox();
    const lastFigure = await phone.locator('[data-figure]').last().boundingBox();
    const verdict = await phone.locator('[data-link-verdict]').boundingBox();
    const sliders = await phone.getByRole('heading', { name: 'Assumptions' }).boundingBox();
    expect(firstFigure!.y).toBeLessThan(sliders!.y);
    expect(firstFigure!.y).toBeLessThan(812);
    // The sentence on the link follows the figures, before the sliders.
    expect(verdict!.y).toBeGreaterThan(lastFigure!.y);
    expect(verdict!.y).toBeLessThan(sliders!.y);
    await phone.screenshot({ path: new URL('dashboard-375x812.png', ARTIFACTS).pathname });
    await phone.screenshot({ path: new URL('dashboard-375-full.png', ARTIFACTS).pathname, fullPage: true });
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await phone.close();
  });

  it('folds the slider groups on a phone behind buttons that open them and count the changes, and shows every group on a laptop', async () => {
    const phone = await open('/', { width: 375, height: 812 }, 'figures');
    const capacity = phone.getByRole('slider', { name: /Tunnel capacity/ });
    const linkGroup = phone.getByRole('button', { name: /^link \d+ settings/i });
    expect(await phone.getByRole('slider').count()).toBe(0); // folded groups are not laid out
    expect(await phone.locator('[data-group-toggle]').count()).toBe(6);
    // The charts come right after the folded panel, the save form and the toolbar.
    const panel = await phone.locator('form[aria-labelledby="assumptions-title"]').boundingBox();
    expect(panel!.height).toBeLessThan(600);
    await linkGroup.click();
    await expect.poll(() => capacity.isVisible()).toBe(true);
    expect(await linkGroup.getAttribute('aria-expanded')).toBe('true');
    const breakEven = () => phone.locator('[data-figure="break-even-volume"]').innerText(); // "… the capacity of 100 Mt/yr"
    const before = await breakEven();
    await capacity.focus();
    for (let i = 0; i < 5; i++) await capacity.press('ArrowRight');
    await expect.poll(breakEven).not.toBe(before);
    await expect.poll(() => linkGroup.innerText()).toMatch(/1 changed from baseline/);
    expect(phone.url()).toMatch(/[?&]cap=/);
    // Folding it again hides the sliders and keeps the change.
    await linkGroup.click();
    await expect.poll(() => capacity.isVisible()).toBe(false);
    expect(await breakEven()).not.toBe(before);
    await phone.close();

    const wide = await open('/');
    expect(await wide.locator('[data-group-toggle]').first().isVisible()).toBe(false);
    expect(await wide.getByRole('slider').count()).toBe(await wide.locator('input[type="range"]').count());
    expect(await wide.getByRole('slider', { name: /Tunnel capacity/ }).isVisible()).toBe(true);
    await wide.close();
  });

  it('sends a phone that says so the folded groups without their controls, and mounts a group when it opens', async () => {
    const phone = await open('/', { width: 375, height: 812 }, 'figures', { 'sec-ch-ua-mobile': '?1' });
    const linkGroup = phone.getByRole('button', { name: /^link \d+ settings/i });
    await expect.poll(() => linkGroup.getAttribute('aria-expanded')).toBe('false');
    expect(await phone.locator('[data-field]').count()).toBe(0);
    await expect
      .poll(async () => {
        if ((await linkGroup.getAttribute('aria-expanded')) !== 'true') await linkGroup.click();
        return linkGroup.getAttribute('aria-expanded');
      })
      .toBe('true');
    const capacity = phone.getByRole('slider', { name: /Tunnel capacity/ });
    await expect.poll(() => capacity.isVisible()).toBe(true);
    const breakEven = () => phone.locator('[data-figure="break-even-volume"]').innerText();
    const before = await breakEven();
    await capacity.focus();
    for (let i = 0; i < 3; i++) await capacity.press('ArrowRight');
    await expect.poll(breakEven).not.toBe(before);
    expect(await phone.locator('fieldset[data-group="Ice"] [data-field]').count()).toBe(0);
    // Turned to a wide screen, the page shows every control.
    await phone.setViewportSize({ width: 1280, height: 800 });
    await expect.poll(() => phone.locator('[data-field]').count()).toBe(ASSUMPTION_FIELDS.length);
    await expect.poll(() => phone.getByRole('slider', { name: /First ice-free September/ }).isVisible()).toBe(true);
    await phone.close();
  });

  it('has the sliders and the charts in place when the HTML is parsed on a laptop; a phone that says so gets the charts, far below the fold, streamed after', async () => {
    type Placed = { sliders: boolean; charts: boolean; figures: boolean };
    type Watched = { placedNow: () => Placed; placedAtParse?: Placed };
    /** A page that records where the slider form, the chart section and the headline figures are when the parser is done. */
    const watched = async (viewport: { width: number; height: number }, extraHTTPHeaders: Record<string, string>) => {
      const page = await browser.newPage({ viewport, extraHTTPHeaders });
      await page.addInitScript(() => {
        const placed = (selector: string, container: string) => {
          const element = document.querySelector(selector);
          return element !== null && element.closest(container) !== null && element.closest('[hidden]') === null;
        };
        const w = window as unknown as Watched;
        w.placedNow = () => ({
          sliders: placed('form[aria-labelledby="assumptions-title"]', 'aside'),
          charts: placed('section[aria-labelledby="charts-title"]', 'main'),
          figures: placed('[data-figure]', 'main'),
        });
        document.addEventListener('DOMContentLoaded', () => (w.placedAtParse = w.placedNow()));
      });
      await page.goto(`${server.url}/`);
      return page;
    };
    const everywhere: Placed = { sliders: true, charts: true, figures: true };

    // Laptop: every part is in place when the parser is done. A part streamed out of place waits in
    // a hidden element until a script moves it, no sooner than 300 ms after the first paint (ADR 096).
    const laptop = await watched({ width: 1280, height: 800 }, {});
    await expect.poll(() => laptop.evaluate(() => (window as unknown as Watched).placedAtParse)).toEqual(everywhere);
    await laptop.close();

    // Phone: the chart section (far below the fold) is sent after the rest, the other parts in place.
    const html = await (await fetch(`${server.url}/`, { headers: { accept: 'text/html', 'sec-ch-ua-mobile': '?1' } })).text();
    const streamedAfter = /<div hidden(?:="")? id="S:\d+">/g;
    const streamed = [...html.matchAll(streamedAfter)].map((m) => html.slice(m.index + m[0].length, m.index + m[0].length + 40));
    expect(streamed).toEqual([expect.stringMatching(/^<section aria-labelledby="charts-title"/)]);
    expect(html.indexOf('data-figure=')).toBeLessThan(html.search(streamedAfter));
    const phone = await watched({ width: 375, height: 812 }, { 'sec-ch-ua-mobile': '?1' });
    await expect.poll(() => phone.evaluate(() => (window as unknown as Watched).placedNow())).toEqual(everywhere);
    await phone.close();
  });

  it("moves the charts from the number box and the keyboard, and opens a field's info with its methodology link", async () => {
    const page = await open('/');
    const iceBefore = await pathsOf(page, 'sea-ice');
    // Typing an exact year in the box beside the ice-free slider.
    const box = page.getByRole('textbox', { name: 'First ice-free September, exact value' });
    await box.fill('20x0');
    await box.press('Enter');
    await expect(page.locator('[data-box-error="iceFree"]').innerText()).resolves.toBe('Type a number.');
    expect(new URL(page.url()).searchParams.get('iceFree')).toBeNull(); // nothing changed
    await box.fill('2045');
    await box.press('Enter');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('iceFree') === '2045');
    await expect(page.locator('input[type="range"][name="iceFree"]').getAttribute('aria-valuetext')).resolves.toBe('2045');
    await expect.poll(() => pathsOf(page, 'sea-ice')).not.toBe(iceBefore);

    // The info button is a keyboard-operable disclosure linking to the field's methodology row.
    const info = page.getByRole('button', { name: 'About Oil price: source and uncertainty' });
    await info.focus();
    await page.keyboard.press('Enter');
    await expect(info.getAttribute('aria-expanded')).resolves.toBe('true');
    const panel = page.getByRole('region', { name: 'About Oil price' });
    await expect(panel.innerText()).resolves.toMatch(
      /Source[\s\S]*Brent[\s\S]*Low 60 USD\/bbl · most likely 80 USD\/bbl · high 110 USD\/bbl/,
    );
    const link = panel.getByRole('link', { name: 'Row in the methodology' });
    await expect(link.getAttribute('href')).resolves.toBe('/methodology#assumption-markets-prices-oilUsdPerBarrel');
    await Promise.all([page.waitForURL(/\/methodology#assumption-markets-prices-oilUsdPerBarrel$/), link.click()]);
    await page.close();
  });

  it('moves the charts and figures with a price, a freight rate and an access switch, and a reload of the URL shows them again', async () => {
    const page = await open('/');
    const productionBefore = await pathsOf(page, 'production');
    const costBefore = await pathsOf(page, 'transport-cost');
    const valueBefore = await figure(page, 'present-value');

    // Oil price by keyboard: a higher price earns more (present value), production stays.
    const oil = page.locator('input[type="range"][name="oil"]');
    await expect(oil.getAttribute('aria-valuetext')).resolves.toBe('80 USD/bbl');
    await oil.focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await expect(oil.getAttribute('aria-valuetext')).resolves.toBe('83 USD/bbl');
    await expect.poll(() => figure(page, 'present-value')).not.toBe(valueBefore);
    // A low oil price typed in the box leaves some oil in the ground: the production chart moves.
    const oilBox = page.getByRole('textbox', { name: 'Oil price, exact value in USD/bbl' });
    await oilBox.fill('40');
    await oilBox.press('Enter');
    await expect.poll(() => pathsOf(page, 'production')).not.toBe(productionBefore);

    // Rail rate typed in its box: the tunnel's cost line moves.
    const rail = page.getByRole('textbox', { name: 'Rail freight rate, exact value in US¢/tkm' });
    await rail.fill('3.5');
    await rail.press('Enter');
    await expect(page.locator('input[type="range"][name="rail"]').getAttribute('aria-valuetext')).resolves.toBe('3.5 US¢/tkm');
    await expect.poll(() => pathsOf(page, 'transport-cost')).not.toBe(costBefore);

    const access = page.getByRole('switch', { name: 'Russian cargo may be sold in North America' });
    await access.focus();
    await page.keyboard.press('Space');
    await expect(access.isChecked()).resolves.toBe(true);

    await page.waitForFunction(() => {
      const p = new URL(location.href).searchParams;
      return p.get('oil') === '40' && p.get('rail') === '3.5' && p.get('ruNa') === '1';
    });
    const shown = {
      production: await pathsOf(page, 'production'),
      cost: await pathsOf(page, 'transport-cost'),
      figures: await figures(page),
    };
    await page.reload();
    await page.waitForSelector('.recharts-line-curve', { state: 'attached' });
    await expect(page.locator('input[type="range"][name="oil"]').inputValue()).resolves.toBe('40');
    await expect(page.locator('input[name="railValue"]').inputValue()).resolves.toBe('3.5');
    await expect(page.getByRole('switch', { name: 'Russian cargo may be sold in North America' }).isChecked()).resolves.toBe(true);
    expect(await figures(page)).toEqual(shown.figures);
    expect(await pathsOf(page, 'production')).toBe(shown.production);
    expect(await pathsOf(page, 'transport-cost')).toBe(shown.cost);
    await page.close();
  });

  it('logged no console errors on any page', () => {
    expect(consoleErrors).toEqual([]);
  });
});
