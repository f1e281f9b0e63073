// The production build in the real Chromium: the home page shows the presets from the database.
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

  it('lists every preset scenario stored in the database', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(server.url);
    for (const preset of PRESETS) {
      await expect(page.getByText(preset.name, { exact: true }).count()).resolves.toBeGreaterThan(0);
    }
    expect(errors).toEqual([]);
  });
});
