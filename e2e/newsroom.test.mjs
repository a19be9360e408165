// End-to-end (#25): a newsroom's words in a widget — shown as text beside the chart's own
// title, never as markup; long text cut; hostile values (≥ 300, random) never inject an
// element or raise an error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { FIRST_CHART, withApp } from './browser.mjs';

const app = withApp();
const AXE = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function openWidget(query, viewport = { width: 480, height: 900 }) {
  const context = await app.browser.newContext({ viewport });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('dialog', (d) => { problems.push(`dialog: ${d.message()}`); d.dismiss(); });
  await page.goto(`${app.srv.url}widget.html?${query}`);
  await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, FIRST_CHART, { timeout: 30_000 });
  return { page, context, problems };
}

/** Elements a hostile value might have smuggled into the widget. */
const injected = (page) => page.evaluate(() => document.querySelectorAll('main img, main script, main iframe, main svg, main [onerror], main a[href^="javascript"]').length);

test('a headline, description, note and byline show as text beside the chart\'s own title', async () => {
  const q = new URLSearchParams({
    chart: 'trend', r: '000000000,150000000', title: 'Aktobe’s industry shrank in 2023',
    desc: 'Industrial production index, Aktobe and the Republic', note: 'Preliminary figures for 2023.', byline: 'Data desk',
  });
  const { page, context, problems } = await openWidget(q.toString());
  assert.equal(await page.locator('.kz-iip-widget-title').innerText(), 'Aktobe’s industry shrank in 2023');
  assert.match(await page.locator('.kz-iip-widget-subtitle').innerText(), /Industrial production index/);
  assert.match(await page.locator('.kz-iip-widget-desc').innerText(), /Aktobe and the Republic/);
  assert.match(await page.locator('.kz-iip-widget-note').innerText(), /Preliminary figures/);
  assert.match(await page.locator('.kz-iip-widget-byline').innerText(), /Data desk/);
  assert.match(await page.title(), /^Aktobe’s industry shrank in 2023 — /);
  assert.match(await page.locator('canvas').getAttribute('aria-label'), /Aktobe’s industry shrank.*Industrial production index.*Aktobe and the Republic/);
  // The data credit and the source line stay the project's.
  assert.match(await page.locator('.kz-iip-widget-source').innerText(), /Source/);
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations.map((v) => v.id));
  assert.deepEqual(violations, []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('markup in the words renders as text; a 5 000-character headline is cut and the widget stays short', async () => {
  const q = new URLSearchParams({ chart: 'trend', title: '<img src=x onerror=alert(1)>', note: '<script>alert(2)</script>' });
  const { page, context, problems } = await openWidget(q.toString());
  assert.equal(await page.locator('.kz-iip-widget-title').innerText(), '<img src=x onerror=alert(1)>');
  assert.match(await page.locator('.kz-iip-widget-note').innerText(), /<script>alert\(2\)<\/script>/);
  assert.equal(await injected(page), 0);
  await context.close();
  const long = new URLSearchParams({ chart: 'trend', title: 'Headline '.repeat(600) });
  const w = await openWidget(long.toString(), { width: 480, height: 900 });
  const title = await w.page.locator('.kz-iip-widget-title').innerText();
  assert.ok(title.length <= 120 && title.endsWith('…'), title);
  const height = await w.page.evaluate(() => document.body.scrollHeight);
  assert.ok(height < 1000, `${height} px tall at 480 px`);
  assert.deepEqual([...problems, ...w.problems], []);
  await w.context.close();
});

test('300 hostile values over the word keys: no error, no element injected', async () => {
  const pieces = ['<img src=x onerror=alert(1)>', '"><script>alert(1)</script>', "javascript:alert(1)", '\u202Eevil\u202C', '\u200B\u200D\uFEFF', '%', '%E0%A4%A', '%ZZ', '&amp;', '</p><iframe src=//x>', 'Ақтөбе', '😀', '\u0000\u0007', ' '.repeat(50), 'x'.repeat(2000)];
  let seed = 7;
  const rand = (n) => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed % n; };
  const problems = [];
  let context;
  let page;
  const keys = ['title', 'desc', 'note', 'byline'];
  for (let i = 0; i < 300; i++) {
    // A fresh page every 50 loads: one page navigated 300 times (300 wasm instances) slowed
    // down until a load missed its 30 s wait once on a loaded machine.
    if (i % 50 === 0) {
      await context?.close();
      context = await app.browser.newContext();
      page = await context.newPage();
      page.on('pageerror', (e) => problems.push(e.message));
      page.on('dialog', (d) => { problems.push(`dialog: ${d.message()}`); d.dismiss(); });
    }
    const value = Array.from({ length: 1 + rand(3) }, () => pieces[rand(pieces.length)]).join(rand(2) ? ' ' : '');
    // Half raw (percent signs and all, as a careless link carries them), half encoded.
    const key = keys[i % 4];
    const q = rand(2) ? `chart=ranking&y=2023&${key}=${value}` : `chart=ranking&y=2023&${key}=${encodeURIComponent(value)}`;
    await page.goto(`${app.srv.url}widget.html?${q}`);
    await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, FIRST_CHART, { timeout: 30_000 });
    assert.equal(await injected(page), 0, q);
    assert.equal(await page.locator('canvas').count(), 1, q);
  }
  assert.deepEqual(problems, []);
  await context.close();
});
