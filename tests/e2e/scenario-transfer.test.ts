// Export and import of saved scenarios (ADR 065) between two production servers, one on the embedded
// database and one on PostgreSQL, in both directions, plus the buttons on /scenarios in Chromium.
import { readFile, writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseKind } from '@/lib/services/database';
import { makeAssumptions } from '../builders';
import { launchBrowser } from '../support/browser';
import { testBackends } from '../support/databases';
import { startServer, type RunningServer } from '../support/server';

/** Page updates under a busy 2-core machine can take seconds (expect.poll waits 1 s by default). */
const POLL = { timeout: 20_000, interval: 100 };

interface ExportFile {
  format: string;
  formatVersion: number;
  scenarios: { id: string; name: string; description: string; assumptions: unknown; createdAt: string; updatedAt: string }[];
}

const post = (server: RunningServer, path: string, body: unknown) =>
  fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const exportFrom = async (server: RunningServer) => (await (await fetch(`${server.url}/api/scenarios/export`)).json()) as ExportFile;

describe('scenario export and import', () => {
  const servers = new Map<DatabaseKind, RunningServer>();
  let browser: Browser;
  let folder: string;

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'bering-transfer-'));
    for (const kind of testBackends()) servers.set(kind, await startServer(kind));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    for (const server of servers.values()) await server.stop();
    await rm(folder, { recursive: true, force: true });
  });

  it.each(
    testBackends().flatMap((from) =>
      testBackends()
        .filter((to) => to !== from)
        .map((to) => [from, to] as const),
    ),
  )('moves every saved scenario from %s to %s unchanged, and a second import skips them all', async (from, to) => {
    const source = servers.get(from)!;
    const target = servers.get(to)!;
    const names = [`From ${from} A`, `From ${from} <b>B</b>`, `From ${from} C, "quoted"`];
    for (const [i, name] of names.entries()) {
      const response = await post(source, '/api/scenarios', {
        name,
        description: `made on ${from}`,
        assumptions: makeAssumptions({ link: { capacityMtPerYear: 50 + i } }),
      });
      expect(response.status).toBe(201);
    }
    const file = await exportFrom(source);
    expect(file).toMatchObject({ format: 'bering-link-scenarios', formatVersion: 1 });
    const moved = file.scenarios.filter((s) => s.name.startsWith(`From ${from}`));
    expect(moved.map((s) => s.name)).toEqual(names);

    const imported = await post(target, '/api/scenarios/import', file);
    expect(imported.status).toBe(200);
    const outcome = (await imported.json()) as { imported: string[]; skipped: string[] };
    expect(outcome.imported).toEqual(expect.arrayContaining(moved.map((s) => s.id)));

    const after = await exportFrom(target);
    for (const scenario of moved) expect(after.scenarios.find((s) => s.id === scenario.id)).toEqual(scenario);

    const again = (await (await post(target, '/api/scenarios/import', file)).json()) as { imported: string[]; skipped: string[] };
    expect(again.imported).toEqual([]);
    expect(again.skipped).toEqual(file.scenarios.map((s) => s.id));
  });

  it('imports nothing from a file with one bad scenario, naming its field', async () => {
    const server = servers.get('pglite')!;
    const before = await exportFrom(server);
    const good = { id: 'good-one', name: 'Good', assumptions: makeAssumptions() };
    const bad = { id: 'bad-one', name: 'Bad', assumptions: { ...makeAssumptions(), horizonYear: 3000 } };
    const response = await post(server, '/api/scenarios/import', {
      format: 'bering-link-scenarios',
      formatVersion: 1,
      scenarios: [good, bad],
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { issues: { path: string }[] };
    expect(body.issues.map((i) => i.path)).toContain('scenarios.1.assumptions.horizonYear');
    expect((await exportFrom(server)).scenarios).toEqual(before.scenarios);
  });

  it('exports with the button on /scenarios and imports the file with the other button', async () => {
    const source = servers.get('pglite')!;
    const target = servers.get(testBackends().at(-1)!)!;
    expect((await post(source, '/api/scenarios', { name: 'Button round trip', assumptions: makeAssumptions() })).status).toBe(201);

    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${source.url}/scenarios`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /Export saved scenarios/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^bering-link-scenarios-\d{4}-\d{2}-\d{2}\.json$/);
    const file = path.join(folder, 'export.json');
    await writeFile(file, await readFile((await download.path())!));
    const exported = JSON.parse(await readFile(file, 'utf8')) as ExportFile;
    const sent = exported.scenarios.find((s) => s.name === 'Button round trip');
    expect(sent).toBeDefined();

    await page.goto(`${target.url}/scenarios`);
    await page.getByLabel('Import a file:').setInputFiles(file);
    await expect
      .poll(() => page.getByRole('status').allTextContents(), POLL)
      .toContainEqual(expect.stringMatching(/Imported \d+ scenario/));
    await expect.poll(() => page.getByRole('heading', { name: 'Button round trip', exact: true }).count(), POLL).toBe(1);
    expect((await exportFrom(target)).scenarios.find((s) => s.id === sent!.id)).toEqual(sent);
    expect(errors).toEqual([]);
    await page.close();
  });
});
