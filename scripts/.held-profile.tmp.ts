import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
const url = process.argv[2]!;
const out = process.argv[3]!;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto(url);
for (const id of ['production', 'transport-cost', 'route-costs', 'sea-ice', 'crossings', 'cash-flow']) {
  await page.locator(`[data-chart="${id}"]`).scrollIntoViewIfNeeded();
  await page.waitForSelector(`[data-chart="${id}"] :is(.recharts-line-curve, .recharts-bar-rectangle path)`, { state: 'attached' });
}
await page.evaluate(() => window.scrollTo(0, 0));
const visible = await page.evaluate(() => [...document.querySelectorAll('[data-chart]')].map((e) => { const r = e.getBoundingClientRect(); return `${e.getAttribute('data-chart')}:${Math.round(r.top)}-${Math.round(r.bottom)}`; }));
console.log('charts at top:', visible.join(' '));
await page.evaluate(() => {
  const w = window as unknown as { __held: number[]; __heldWait: (n: number) => Promise<void> };
  w.__held = [];
  const waiters: { n: number; resolve: () => void }[] = [];
  let pressedAt: number | null = null;
  document.addEventListener('keydown', () => (pressedAt = performance.now()), true);
  const charts = document.querySelector('[aria-labelledby="charts-title"]')!;
  new MutationObserver(() => {
    if (pressedAt === null) return;
    w.__held.push(performance.now() - pressedAt);
    pressedAt = null;
    for (const waiter of waiters.splice(0)) {
      if (w.__held.length >= waiter.n) waiter.resolve();
      else waiters.push(waiter);
    }
  }).observe(charts, { subtree: true, attributes: true, attributeFilter: ['d'] });
  w.__heldWait = (n) => (w.__held.length >= n ? Promise.resolve() : new Promise((resolve) => waiters.push({ n, resolve })));
});
await page.locator('input[type="range"][name="iceFree"]').focus();
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
const N = 60;
for (let i = 0; i < N; i++) {
  await page.keyboard.press(i < N / 2 ? 'ArrowLeft' : 'ArrowRight');
  await page.evaluate((n) => (window as unknown as { __heldWait: (n: number) => Promise<void> }).__heldWait(n), i + 1);
}
const { profile } = await cdp.send('Profiler.stop');
const held = await page.evaluate(() => (window as unknown as { __held: number[] }).__held);
const sorted = [...held].sort((a, b) => a - b);
console.log('held median', sorted[Math.floor(sorted.length / 2)]?.toFixed(1), 'p95', sorted[Math.ceil(0.95 * sorted.length) - 1]?.toFixed(1));
writeFileSync(out, JSON.stringify(profile));
await browser.close();
