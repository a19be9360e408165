// Shared set-up of the end-to-end tests and the benchmark: Debian's Chromium driven by
// playwright-core (never a downloaded browser), flags that keep it off the network.
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { serve } from '../scripts/serve.mjs';

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const FIRST_CHART = 'kz-iip:first-chart';
/** Set by the explorer once what waits for the first paint (filters, sources, footer) is built. */
export const SETTLED = 'kz-iip:settled';

/** Waits until a page or frame shows its first chart and, in the explorer, the rest of its view. */
export function waitReady(target, timeout = 30_000) {
  return target.waitForFunction(
    ([chart, settled]) =>
      performance.getEntriesByName(chart).length > 0 &&
      // The explorer draws its first chart before it builds its view (#26): wait for both.
      (document.body.classList.contains('kz-iip-widget-page') || performance.getEntriesByName(settled).length > 0),
    [FIRST_CHART, SETTLED],
    { timeout },
  );
}

export function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Opens `url` in a fresh page and waits until the first chart has been painted. */
export async function openApp(browser, url, contextOptions = {}) {
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  const problems = [];
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  await page.goto(url);
  await waitReady(page);
  return { page, context, problems, requests };
}

/** Waits for two animation frames (what the app builds after a paint is then built). */
export function nextFrames(page) {
  return page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** Opens every folded data table of the view (as a reader clicks "Data table · N rows"). */
export async function openTables(page) {
  const closed = page.locator('details.kz-iip-table-wrap:not([open]) > summary');
  for (let i = 0; i < 20 && (await closed.count()) > 0; i++) {
    await closed.first().click();
  }
  // Folded tables are built when opened: wait until every open fold holds its table.
  await page.waitForFunction(() =>
    [...document.querySelectorAll('details.kz-iip-table-wrap[open]')].every((d) => d.querySelector('table')),
  );
}

/** Switches the explorer to a view by its tab, and opens its tables. */
export async function showView(page, key) {
  await page.locator(`.kz-iip-tab[data-view="${key}"]`).click();
  await page.waitForFunction((k) => document.querySelector(`.kz-iip-tab[data-view="${k}"]`)?.getAttribute('aria-current') === 'page', key);
  await nextFrames(page);
  await openTables(page);
}

/** For a test file: serves dist/ on 127.0.0.1 and launches Chromium before its tests, closes
 *  both after; returns `{ srv, browser }`, filled in once the tests run. */
export function withApp() {
  const app = {};
  before(async () => {
    app.srv = await serve('dist');
    app.browser = await launch();
  });
  after(async () => {
    await app.browser?.close();
    await app.srv?.close();
  });
  return app;
}

/** Waits until the address bar matches `re` (the explorer writes it a moment after a change). */
export async function addressBar(page, re) {
  await page.waitForFunction((src) => new RegExp(src).test(location.href), re.source, { timeout: 5_000 });
}
