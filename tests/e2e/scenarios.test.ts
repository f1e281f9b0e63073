// /scenarios and /compare in the real Chromium against the production build (PGlite):
// create, rename (with a stale-version conflict), duplicate, delete, presets read-only,
// compare two scenarios, pick and drop scenarios on /compare itself, and the friendly messages
// for bad comparison links.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAssumptionDifferences } from '@/lib/compare/assumption-differences';
import { findField } from '@/lib/model/assumption-fields';
import { DEFAULT_ASSUMPTIONS, PRESETS } from '@/lib/model/presets';
import { SCENARIO_DESCRIPTION_MAX_LENGTH, SCENARIO_NAME_MAX_LENGTH } from '@/lib/schemas/scenario';
import { launchBrowser } from '../support/browser';
import { startServer, type RunningServer } from '../support/server';

interface Stored {
  id: string;
  name: string;
  version: number;
  isPreset: boolean;
  assumptions: unknown;
}

describe('scenarios and compare pages in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  const pages: { page: Page; errors: string[] }[] = [];

  const api = async <T>(path: string, init?: RequestInit): Promise<{ status: number; body: T }> => {
    const response = await fetch(`${server.url}${path}`, { ...init, headers: { 'content-type': 'application/json', ...init?.headers } });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
  };
  const createViaApi = async (name: string, assumptions = DEFAULT_ASSUMPTIONS): Promise<Stored> => {
    const { status, body } = await api<Stored>('/api/scenarios', { method: 'POST', body: JSON.stringify({ name, assumptions }) });
    expect(status).toBe(201);
    return body;
  };
  const listViaApi = async () => (await api<Stored[]>('/api/scenarios')).body;

  /** A fresh page that records console errors and uncaught exceptions. */
  const open = async (path: string, viewport = { width: 1280, height: 900 }) => {
    const page = await browser.newPage({ viewport });
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(`${m.text()} (${m.location().url})`));
    page.on('pageerror', (e) => errors.push(e.message));
    pages.push({ page, errors });
    await page.goto(`${server.url}${path}`);
    return { page, errors };
  };
  const item = (page: Page, name: string): Locator =>
    page.locator('li[data-scenario-id]').filter({ has: page.getByRole('heading', { name, exact: true }) });

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer('pglite'), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('creates a scenario from a preset and finds it after a reload', async () => {
    const { page, errors } = await open('/scenarios');
    const preset = PRESETS[2]!;
    await page.getByLabel('Name', { exact: true }).fill('E2E created');
    await page.getByLabel('Start from').selectOption(preset.id);
    await page.getByLabel('Description (optional)').fill('made by the browser test');
    await page.getByRole('button', { name: 'Create scenario' }).click();
    await page.getByText('Created “E2E created”').waitFor();
    await page.reload();
    const saved = page.getByRole('list', { name: 'Saved scenarios' });
    await item(page, 'E2E created').waitFor();
    expect(await saved.getByRole('heading', { name: 'E2E created', exact: true }).count()).toBe(1);
    await expect(item(page, 'E2E created').innerText()).resolves.toContain('made by the browser test');
    const stored = (await listViaApi()).find((s) => s.name === 'E2E created');
    expect(stored).toBeDefined();
    expect((await api<Stored>(`/api/scenarios/${stored!.id}`)).body.assumptions).toEqual(preset.assumptions);
    await expect(item(page, 'E2E created').getByRole('link', { name: 'E2E created' }).getAttribute('href')).resolves.toBe(
      `/scenarios/${stored!.id}`,
    );
    expect(errors).toEqual([]);
  });

  it('shows a field error next to an empty name and saves nothing', async () => {
    const before = (await listViaApi()).length;
    const { page, errors } = await open('/scenarios');
    await page.getByRole('button', { name: 'Create scenario' }).click();
    const name = page.getByLabel('Name', { exact: true });
    await page.getByText('Name must not be empty').waitFor();
    await expect(name.getAttribute('aria-invalid')).resolves.toBe('true');
    const describedBy = await name.getAttribute('aria-describedby');
    await expect(page.locator(`[id="${describedBy}"]`).innerText()).resolves.toBe('Name must not be empty');
    expect((await listViaApi()).length).toBe(before);
    expect(errors).toEqual([]);
  });

  it('limits the name, description and rename inputs to the lengths the schema accepts', async () => {
    await createViaApi('E2E limits');
    const { page, errors } = await open('/scenarios');
    const maxLength = (label: string) =>
      page
        .getByLabel(label, { exact: true })
        .evaluate((el) => (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement ? el.maxLength : -1));
    await expect(maxLength('Name')).resolves.toBe(SCENARIO_NAME_MAX_LENGTH);
    await expect(maxLength('Description (optional)')).resolves.toBe(SCENARIO_DESCRIPTION_MAX_LENGTH);
    await item(page, 'E2E limits').getByRole('button', { name: 'Rename E2E limits' }).click();
    await expect(maxLength('New name')).resolves.toBe(SCENARIO_NAME_MAX_LENGTH);
    expect(errors).toEqual([]);
  });

  it('renames a scenario with the keyboard and keeps the name after a reload', async () => {
    const record = await createViaApi('E2E rename me');
    const { page, errors } = await open('/scenarios');
    await item(page, 'E2E rename me').getByRole('button', { name: 'Rename E2E rename me' }).focus();
    await page.keyboard.press('Enter');
    const input = page.getByLabel('New name');
    await expect(input.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('E2E renamed');
    await page.keyboard.press('Enter');
    await page.getByText('Renamed to “E2E renamed”.').waitFor();
    await page.reload();
    await expect(item(page, 'E2E renamed').innerText()).resolves.toContain('version 2');
    const stored = (await api<Stored>(`/api/scenarios/${record.id}`)).body;
    expect(stored).toMatchObject({ name: 'E2E renamed', version: 2 });
    expect(errors).toEqual([]);
  });

  it('reports a stale rename as a conflict and never overwrites the newer name', async () => {
    const record = await createViaApi('E2E stale');
    const { page, errors } = await open('/scenarios');
    await item(page, 'E2E stale').getByRole('button', { name: 'Rename E2E stale' }).click();
    // Someone else renames it through the API while the editor is open (read at version 1).
    const other = await api<Stored>(`/api/scenarios/${record.id}`, {
      method: 'PUT',
      body: JSON.stringify({ version: 1, name: 'E2E changed elsewhere' }),
    });
    expect(other.status).toBe(200);
    await page.getByLabel('New name').fill('E2E my late name');
    await page.getByRole('button', { name: 'Save name' }).click();
    const alert = page.locator('[role="alert"][data-problem="conflict"]');
    await alert.waitFor();
    await expect(alert.innerText()).resolves.toContain('was changed elsewhere');
    await expect(alert.innerText()).resolves.toContain('“E2E my late name” was not saved');
    expect((await api<Stored>(`/api/scenarios/${record.id}`)).body).toMatchObject({ name: 'E2E changed elsewhere', version: 2 });
    await alert.getByRole('button', { name: 'Reload' }).click();
    await item(page, 'E2E changed elsewhere').waitFor();
    expect(await page.getByRole('heading', { name: 'E2E my late name' }).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('duplicates a scenario', async () => {
    await createViaApi('E2E original');
    const { page, errors } = await open('/scenarios');
    await item(page, 'E2E original').getByRole('button', { name: 'Duplicate E2E original' }).click();
    await item(page, 'E2E original (copy)').waitFor();
    expect((await listViaApi()).filter((s) => s.name === 'E2E original (copy)')).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  it('deletes a saved scenario after a confirm step, and it stays gone', async () => {
    const record = await createViaApi('E2E delete me');
    const { page, errors } = await open('/scenarios');
    const row = item(page, 'E2E delete me');
    await row.getByRole('button', { name: 'Delete E2E delete me' }).click();
    // Nothing happens before the confirmation.
    await row.getByText('Delete “E2E delete me”? This cannot be undone.').waitFor();
    expect((await api(`/api/scenarios/${record.id}`)).status).toBe(200);
    await row.getByRole('button', { name: 'Yes, delete' }).click();
    await page.getByText('Deleted “E2E delete me”.').waitFor();
    expect(await item(page, 'E2E delete me').count()).toBe(0);
    await page.reload();
    await page.getByRole('list', { name: 'Preset scenarios' }).waitFor();
    expect(await item(page, 'E2E delete me').count()).toBe(0);
    expect((await api(`/api/scenarios/${record.id}`)).status).toBe(404);
    expect(errors).toEqual([]);
  });

  it('marks presets read-only and offers no delete or rename for them', async () => {
    const { page, errors } = await open('/scenarios');
    const presets = page.getByRole('list', { name: 'Preset scenarios' });
    await presets.waitFor();
    for (const preset of PRESETS) {
      const row = presets.locator(`li[data-scenario-id="${preset.id}"]`);
      await expect(row.innerText()).resolves.toContain('read-only');
      expect(await row.getByRole('button', { name: /^Delete/ }).count()).toBe(0);
      expect(await row.getByRole('button', { name: /^Rename/ }).count()).toBe(0);
      expect(await row.getByRole('button', { name: /^Duplicate/ }).count()).toBe(1);
    }
    expect(errors).toEqual([]);
  });

  it('is readable at phone width: nothing wider than the screen', async () => {
    const { page, errors } = await open('/scenarios', { width: 375, height: 800 });
    await page.getByRole('list', { name: 'Preset scenarios' }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
  });

  it('compares two ticked scenarios: names, drawn charts and the difference tables', async () => {
    const mine = await createViaApi('E2E compare me');
    const preset = PRESETS[1]!;
    const { page, errors } = await open('/scenarios');
    const compareButton = page.getByRole('button', { name: 'Compare', exact: true });
    await expect(compareButton.isDisabled()).resolves.toBe(true);
    await page.getByLabel(`Compare ${preset.name}`, { exact: true }).check();
    await page.getByLabel('Compare E2E compare me', { exact: true }).check();
    await page.getByRole('link', { name: 'Compare 2 scenarios' }).click();
    await page.waitForURL(/\/compare\?ids=/);
    expect(new URL(page.url()).searchParams.get('ids')).toBe(`${preset.id},${mine.id}`);

    const key = page.getByRole('list', { name: 'Compared scenarios' });
    await expect(key.innerText()).resolves.toContain(preset.name);
    await expect(key.innerText()).resolves.toContain('E2E compare me');
    await page.locator('.recharts-line-curve').first().waitFor({ state: 'attached' });
    // Four charts, each with one line per scenario.
    await expect(page.locator('[data-chart="compare-ice"] .recharts-line-curve').count()).resolves.toBe(2);
    const legend = await page.locator('[data-chart="compare-ice"]').innerText();
    expect(legend).toContain(preset.name);
    expect(legend).toContain('E2E compare me');

    const headlines = page.locator('table[data-table="headlines"]');
    await expect(headlines.locator('tbody tr').count()).resolves.toBeGreaterThanOrEqual(5);
    await expect(headlines.locator('thead').innerText()).resolves.toContain('E2E compare me');
    // The preset has no tunnel; the saved scenario opens one in 2042.
    const assumptions = page.locator('table[data-table="assumptions"]');
    const tunnelRow = assumptions.locator('tbody tr').filter({ hasText: 'Tunnel opens' });
    await expect(tunnelRow.innerText()).resolves.toMatch(/no tunnel\s+2042/);
    const csvHref = await page.getByRole('link', { name: /CSV/ }).getAttribute('href');
    expect(csvHref).toBe(`/api/compare.csv?ids=${preset.id},${mine.id}`);
    const csv = await fetch(`${server.url}${csvHref}`);
    expect(csv.status).toBe(200);
    const csvText = await csv.text();
    expect(csvText).toContain(preset.name);
    expect(csvText).toContain('E2E compare me');
    expect(errors).toEqual([]);

    // At phone width the page does not scroll sideways (wide tables scroll inside their box).
    const phone = await open(`/compare?ids=${preset.id},${mine.id}`, { width: 375, height: 800 });
    await phone.page.locator('.recharts-line-curve').first().waitFor({ state: 'attached' });
    const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(phone.errors).toEqual([]);
  });

  it('adds a second scenario on /compare with the keyboard: URL, charts and differences table follow, and removes one', async () => {
    const preset = PRESETS[1]!;
    // A capacity unlike the preset's, so a difference with a unit is sure to be listed.
    const capacity = preset.assumptions.link.capacityMtPerYear + 50;
    const assumptions = { ...DEFAULT_ASSUMPTIONS, link: { ...DEFAULT_ASSUMPTIONS.link, capacityMtPerYear: capacity } };
    const mine = await createViaApi('E2E picked on compare', assumptions);
    const { page, errors } = await open(`/compare?ids=${preset.id}`);
    const iceLines = page.locator('[data-chart="compare-ice"] .recharts-line-curve');
    await iceLines.first().waitFor({ state: 'attached' });
    expect(await iceLines.count()).toBe(1);
    expect(await page.locator('table[data-table="assumptions"]').count()).toBe(0);

    const add = page.getByLabel('Add a scenario');
    await add.focus();
    await add.selectOption(mine.id);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Add');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('ids') === `${preset.id},${mine.id}`);
    const key = page.getByRole('list', { name: 'Compared scenarios' });
    await key.getByRole('link', { name: 'E2E picked on compare' }).waitFor();
    await expect.poll(() => iceLines.count()).toBe(2);

    // The differences table is the builder's rows for these two scenarios, units included.
    const expected = listAssumptionDifferences([preset.assumptions, assumptions]);
    const table = page.locator('table[data-table="assumptions"]');
    const shown = await table
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => (c.textContent ?? '').trim())));
    expect(shown).toEqual(expected.map((row) => [row.label, ...row.values]));
    expect(shown.find((row) => row[0] === findField('link.capacityMtPerYear')?.label)?.[2]).toBe(`${capacity} Mt/yr`);
    await expect(page.getByRole('link', { name: /CSV/ }).getAttribute('href')).resolves.toBe(
      `/api/compare.csv?ids=${preset.id},${mine.id}`,
    );

    await key.getByRole('button', { name: `Remove ${preset.name}` }).click();
    await page.waitForURL((url) => url.searchParams.get('ids') === mine.id);
    await expect.poll(() => key.getByRole('listitem').count()).toBe(1);
    await expect.poll(() => iceLines.count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('explains a comparison link with too many scenarios', async () => {
    const ids = PRESETS.map((p) => p.id).join(',');
    expect(PRESETS.length).toBeGreaterThanOrEqual(5);
    const { page, errors } = await open(`/compare?ids=${ids}`);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('These scenarios cannot be compared');
    await expect(page.locator('main').innerText()).resolves.toContain('at most 4');
    expect(await page.locator('.recharts-wrapper').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('says which id of a comparison link is malformed', async () => {
    const { page, errors } = await open(`/compare?ids=${PRESETS[0]!.id},${encodeURIComponent('bad id!')}`);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('These scenarios cannot be compared');
    await expect(page.locator('main').innerText()).resolves.toContain('“bad id!” is not a scenario id');
    expect(errors).toEqual([]);
  });

  it('explains how to compare on a link naming no scenario, and starts a comparison with its picker', async () => {
    const preset = PRESETS[0]!;
    const { page, errors } = await open('/compare');
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Compare scenarios');
    await expect(page.getByRole('main').getByRole('link', { name: 'Scenarios page' }).getAttribute('href')).resolves.toBe('/scenarios');
    await page.getByLabel('Add a scenario').selectOption(preset.id);
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('ids') === preset.id);
    await page.locator('[data-chart="compare-ice"] .recharts-line-curve').first().waitFor({ state: 'attached' });
    await expect(page.getByRole('list', { name: 'Compared scenarios' }).innerText()).resolves.toContain(preset.name);
    expect(errors).toEqual([]);
  });

  it('names an unknown scenario id in a comparison link', async () => {
    const { page, errors } = await open(`/compare?ids=${PRESETS[0]!.id},no-such-scenario`);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Scenario not found');
    await expect(page.locator('main').innerText()).resolves.toContain('“no-such-scenario”');
    expect(errors).toEqual([]);
  });
});
