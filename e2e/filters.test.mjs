// End-to-end (#23): the filter panel shows only the controls that act on the open view, and
// each one it shows changes what the view shows (its text, tables and canvases).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openTables, withApp } from './browser.mjs';

const app = withApp();

/** The controls each view shows, by measure (as `View::controls`). */
const EXPECTED = {
  trend: { iip: ['regions', 'years', 'activity'], vol: ['regions', 'years', 'activity', 'currency'], level: ['regions', 'years'] },
  ranking: { iip: [], vol: ['currency'], level: [] },
  map: { iip: ['regions'], vol: ['regions', 'currency'], level: ['regions'] },
  activities: { iip: ['activity', 'currency'], vol: ['activity', 'currency'], level: ['activity', 'currency'] },
  composition: { iip: [], vol: [], level: [] },
  projects: { iip: ['regions'], vol: ['regions'], level: ['regions'] },
};

const FIELDSETS = {
  regions: '.kz-iip-region-picker',
  years: '.kz-iip-year-range',
  activity: '.kz-iip-activity-filter',
  currency: '.kz-iip-currency',
};

/** What a control does when a reader uses it. */
const ACT = {
  // Karagandy: selected by default, and it has a project.
  regions: (page) => page.locator('.kz-iip-region-picker input[value="350000000"]').click(),
  years: (page) => page.locator('select[name="from"]').selectOption('2012'),
  activity: (page) => page.locator('.kz-iip-activity-filter input[value="C"]').click(),
  currency: (page) => page.locator('.kz-iip-currency input[value="usd"]').click(),
};

/** Everything the view shows: its markup (text, tables open, highlights) and the pixels of its
 *  canvases. */
const snapshot = (page) =>
  page.evaluate(() => {
    const v = document.querySelector('#kz-iip-view');
    return v.innerHTML + [...v.querySelectorAll('canvas')].map((c) => c.toDataURL()).join('');
  });

/** Two animation frames: the app's panel is built after the first paint. */
const frames = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

for (const [view, byMeasure] of Object.entries(EXPECTED)) {
  test(`${view}: only acting controls show, and each changes the view`, async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(e.message));
    for (const [measure, expected] of Object.entries(byMeasure)) {
      for (const control of expected.length ? expected : [null]) {
        await page.goto(`${app.srv.url}?v=${view}&m=${measure}&from=2010&to=2023&y=2023`);
        await page.waitForSelector('#kz-iip-view section.kz-iip-panel');
        await frames(page);
        await page.waitForFunction(() => document.querySelector('.kz-iip-filters')?.hidden || document.querySelector('.kz-iip-region-picker'));
        const shown = await page.evaluate((sets) =>
          Object.entries(sets)
            .filter(([, sel]) => {
              const el = document.querySelector(sel);
              return el && el.getClientRects().length > 0 && !document.querySelector('.kz-iip-filters').hidden;
            })
            .map(([k]) => k), FIELDSETS);
        assert.deepEqual(shown.sort(), [...expected].sort(), `${view} with m=${measure}: the controls shown`);
        if (!control) continue;
        await openTables(page);
        const before = await snapshot(page);
        await ACT[control](page);
        await openTables(page);
        await page
          .waitForFunction(
            (prev) => {
              const v = document.querySelector('#kz-iip-view');
              return v.innerHTML + [...v.querySelectorAll('canvas')].map((c) => c.toDataURL()).join('') !== prev;
            },
            before,
            { timeout: 5_000 },
          )
          .catch(() => assert.fail(`${view} with m=${measure}: the ${control} control changed nothing`));
      }
    }
    assert.deepEqual(problems, []);
    await context.close();
  });
}
