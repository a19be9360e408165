// End-to-end: activities, releases and dollar conversion in the release build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, openTables, showView, withApp, addressBar } from './browser.mjs';

const app = withApp();

const activity = (page, name) => page.getByRole('radio', { name, exact: true });
/** The cells of the "all published values" row for a period key such as 2023 or 2024-M02. */
const allValuesRow = (page, period) => page.locator(`.kz-iip-activity-all tr[data-period="${period}"]`);

test('Manufacturing: 2023 = 104.0 and Jan–Feb 2024 = 107.4 in the table', async () => {
  const { page, context, problems } = await openApp(app.browser, `${app.srv.url}?v=activities`);
  await openTables(page);
  await activity(page, 'Manufacturing').check();
  await page.waitForFunction(() =>
    document.querySelector('.kz-iip-activity-all caption')?.textContent.includes('Manufacturing'),
  );
  const y2023 = await allValuesRow(page, '2023').locator('td').nth(1).innerText();
  assert.match(y2023, /^104\.0/);
  const janFeb = allValuesRow(page, '2024-M02');
  assert.match(await janFeb.locator('th').innerText(), /Jan–Feb 2024/);
  assert.match(await janFeb.locator('td').nth(0).innerText(), /Jan–Feb/, 'period type printed');
  assert.match(await janFeb.locator('td').nth(1).innerText(), /^107\.4/);
  await addressBar(page, /a=C/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a region × activity combination says there is no data and offers the nearest views', async () => {
  const { page, context } = await openApp(app.browser, `${app.srv.url}?r=230000000&a=C`);
  await openTables(page);
  const notice = page.locator('.kz-iip-not-by-region');
  assert.ok(await notice.isVisible());
  assert.match(await page.locator('.kz-iip-trend-table tbody').innerText(), /not published by region/);
  await notice.getByRole('button', { name: /Republic/ }).click();
  await page.waitForFunction(() => document.querySelector('.kz-iip-not-by-region')?.hidden);
  const head = await page.locator('.kz-iip-trend-table thead').innerText();
  assert.match(head, /Republic of Kazakhstan/);
  assert.match(await page.locator('.kz-iip-trend-table tbody').innerText(), /104\.0/, 'manufacturing 2023');
  await context.close();
});

test('the 2023 total shows both releases, preliminary first', async () => {
  const { page, context } = await openApp(app.browser, `${app.srv.url}?v=activities&a=IND&p=2023`);
  await openTables(page);
  const cell = allValuesRow(page, '2023').locator('td').nth(1);
  assert.match(await cell.innerText(), /^104\.4/);
  await cell.locator('summary').click();
  const items = await cell.locator('details li').allInnerTexts();
  assert.equal(items.length, 3);
  assert.match(items[0], /104\.3 preliminary/);
  assert.match(items.at(-1), /104\.4 official/);
  // The trend chart's table marks the Republic's 2023 value as revised.
  await showView(page, 'trend');
  assert.equal(await page.locator('.kz-iip-trend-table .kz-iip-revised').count() > 0, true);
  await context.close();
});

test('volumes switch to US dollars, labelled derived, with the rate', async () => {
  const { page, context } = await openApp(app.browser, `${app.srv.url}?v=activities&a=IND&p=2024-M02&m=vol`);
  await openTables(page);
  assert.match(await page.locator('.kz-iip-statements').innerText(), /East Kazakhstan, Aktobe, and Akmola/);
  const volume = () => allValuesRow(page, '2024-M02').locator('td').nth(2);
  assert.match(await volume().innerText(), /^7,500,000/);
  await page.getByRole('radio', { name: /US dollars/ }).check();
  await page.waitForFunction(() =>
    document.querySelector('.kz-iip-activity-all thead')?.textContent.includes('US dollars'),
  );
  assert.match(await volume().innerText(), /^16,600/, '7.5 trn tenge ≈ $16.6 bn, as the source says');
  assert.match(await volume().getAttribute('title'), /Rate 451\.81 KZT\/USD/);
  await showView(page, 'ranking');
  assert.match(await page.locator('.kz-iip-ranking-table caption').innerText(), /US dollars \(derived\)/);
  await addressBar(page, /cur=usd/);
  await context.close();
});

test('projects are reachable from the region view, glossary from every chart', async () => {
  const { page, context } = await openApp(app.browser, `${app.srv.url}?r=100000000`);
  const link = page.locator('.kz-iip-region-projects a');
  assert.match(await link.innerText(), /Abay: Copper cathode/);
  await link.click();
  await page.waitForSelector('#kz-iip-project-abay-copper');
  assert.ok(await page.locator('#kz-iip-project-abay-copper').isVisible());
  await addressBar(page, /v=projects/);
  // "What is the IIP?" under every chart opens About the data at the glossary.
  await showView(page, 'trend');
  await page.locator('.kz-iip-what a').first().click();
  // (Its text is the later data, fetched when the view opens.)
  await page.waitForSelector('#kz-iip-glossary dl');
  assert.match(await page.locator('#kz-iip-glossary').innerText(), /basket\) of representative goods/);
  await showView(page, 'output');
  assert.match(await page.locator('.kz-iip-physical-table').innerText(), /steel\s+2023\s+4 million t/);
  await context.close();
});

test('the glossary and the physical output are fetched when their view opens (#26), once; a failed fetch says so, and opening again retries', async () => {
  const later = (u) => /\/kz-iip-later-(z-)?[0-9a-f]{16}\.bin$/.test(u);
  // (No service worker: it would answer from its precache, out of the test's reach.)
  const { page, context, problems, requests } = await openApp(app.browser, `${app.srv.url}?lang=ru`, { serviceWorkers: 'block' });
  // No first view pays for them.
  await showView(page, 'ranking');
  assert.equal(requests.filter(later).length, 0);
  // Not to be had: the view says so (in the page's language), and nothing else breaks.
  await context.route(later, (r) => r.abort());
  await showView(page, 'about');
  const alert = page.locator('#kz-iip-glossary [role=alert]');
  assert.match(await alert.innerText(), /Не удалось загрузить эту часть данных/);
  await context.unroute(later);
  // Opened again, it is fetched again, and then read once for both views.
  await showView(page, 'trend');
  await showView(page, 'about');
  await page.waitForSelector('#kz-iip-glossary dl dt');
  assert.equal(await page.locator('#kz-iip-glossary [role=alert]').count(), 0);
  await showView(page, 'output');
  assert.match(await page.locator('.kz-iip-physical-table').innerText(), /сталь/i);
  // Compressed both times (inflated by the browser).
  assert.deepEqual(requests.filter(later).map((u) => /later-z-/.test(u)), [true, true]);
  assert.deepEqual(problems.filter((p) => !/kz-iip-later|net::ERR_FAILED/.test(p)), []);
  await context.close();
});

test('a browser without DecompressionStream gets the later data as it is', async () => {
  const { page, context, problems, requests } = await openApp(app.browser, app.srv.url, { serviceWorkers: 'block' });
  await page.evaluate(() => { delete window.DecompressionStream; });
  await showView(page, 'about');
  await page.waitForSelector('#kz-iip-glossary dl dt');
  assert.deepEqual(requests.filter((u) => /kz-iip-later-/.test(u)).map((u) => /later-z-/.test(u)), [false]);
  assert.deepEqual(problems, []);
  await context.close();
});
