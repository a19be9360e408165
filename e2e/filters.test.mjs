// End-to-end (#23): the filter panel shows only the controls that act on the open view, and
// each one it shows changes what the view shows (its text, tables and canvases).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addressBar, openApp, openTables, showView, withApp } from './browser.mjs';

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

// The selects' options are markup (#26): each select opens on the link's selection and follows
// the reader's changes (its value a property, its options rewritten with the selection marked).
test('every select shows the selection the link opened, and follows changes', async () => {
  const { page, context } = await openApp(app.browser, `${app.srv.url}?m=level&base=2021&from=2012&to=2020&theme=dark`);
  await page.waitForFunction(() => performance.getEntriesByName('kz-iip:settled').length > 0);
  const value = (name) => page.locator(`select[name="${name}"]`).inputValue();
  assert.deepEqual(
    [await value('base'), await value('from'), await value('to'), await value('theme')],
    ['2021', '2012', '2020', 'dark'],
  );
  assert.ok((await page.locator('select[name="from"] option').count()) > 10, 'a year per option');
  await page.locator('select[name="from"]').selectOption('2014');
  await addressBar(page, /from=2014/);
  await page.locator('select[name="base"]').selectOption('2018');
  await addressBar(page, /base=2018/);
  assert.deepEqual([await value('from'), await value('to'), await value('base')], ['2014', '2020', '2018']);
  assert.equal(await page.locator('select[name="from"] option[selected]').getAttribute('value'), '2014');
  await showView(page, 'ranking');
  await page.locator('select[name="year"]').selectOption('2019');
  await addressBar(page, /y=2019/);
  assert.equal(await value('year'), '2019');
  await showView(page, 'activities');
  const periods = await page.locator('select[name="period"] option').evaluateAll((os) => os.map((o) => o.value));
  assert.ok(periods.length > 1, periods.join());
  const other = periods.find((p) => p !== periods.at(-1)) ?? periods[0];
  await page.locator('select[name="period"]').selectOption(other);
  await addressBar(page, new RegExp(`p=${other}`));
  assert.equal(await value('period'), other);
  await context.close();

  // Reopened from the address the explorer wrote, the selects show it again.
  const again = await openApp(app.browser, `${app.srv.url}?v=ranking&y=2019&m=level&base=2018`);
  await again.page.waitForFunction(() => performance.getEntriesByName('kz-iip:settled').length > 0);
  assert.equal(await again.page.locator('select[name="year"]').inputValue(), '2019');
  await again.context.close();
});
