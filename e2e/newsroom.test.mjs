// End-to-end (#25): a newsroom's words in a widget — shown as text beside the chart's own
// title, never as markup; long text cut; a highlight and notes on the chart; a phone-sized
// column; the share dialog as the embed builder; hostile values (≥ 300, random) never inject
// an element or raise an error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { openApp, showView, waitReady, withApp } from './browser.mjs';

const app = withApp();
const AXE = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function openWidget(query, viewport = { width: 480, height: 900 }) {
  const context = await app.browser.newContext({ viewport });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('dialog', (d) => { problems.push(`dialog: ${d.message()}`); d.dismiss(); });
  await page.goto(`${app.srv.url}widget.html?${query}`);
  await waitReady(page);
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

test('the issue\'s link: words beside the chart\'s title, the note in the description, direct labels, axe clean', async () => {
  const q = 'chart=trend&r=000000000,150000000&hl=150000000&title=Aktobe%E2%80%99s%20industry%20shrank&desc=Output%20fell%20in%202023&note=Preliminary&ann=2023:Lowest%20since%202015';
  const { page, context, problems } = await openWidget(q);
  assert.equal(await page.locator('.kz-iip-widget-title').innerText(), 'Aktobe’s industry shrank');
  assert.match(await page.locator('.kz-iip-widget-subtitle').innerText(), /Industrial production index/);
  assert.match(await page.locator('.kz-iip-chart-desc, [id^="kz-iip-chart-desc-"]').first().textContent(), /Note \(2023\): Lowest since 2015/);
  // Two lines: named at their ends, no separate legend.
  assert.equal(await page.locator('.kz-iip-legend').count(), 0);
  // "Open in the explorer" carries the selection and the highlight, not the words.
  const href = await page.locator('.kz-iip-widget-links a').first().getAttribute('href');
  assert.match(href, /hl=150000000/);
  assert.doesNotMatch(href, /title=|ann=|desc=/);
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations.map((v) => v.id));
  assert.deepEqual(violations, []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('at 320 px a widget with a headline and a description is at most 720 px tall, with no sideways scroll', async () => {
  for (const lang of ['en', 'ru', 'kk']) {
    const q = new URLSearchParams({
      chart: 'trend', lang, title: 'Aktobe’s industry shrank in 2023, the first fall since 2015',
      desc: 'Industrial production index, % of the previous year: Aktobe against the Republic.',
    });
    const { page, context, problems } = await openWidget(q.toString(), { width: 320, height: 800 });
    const [height, wide] = await page.evaluate(() => [document.body.scrollHeight, document.documentElement.scrollWidth]);
    assert.ok(height <= 720, `${lang}: ${height} px tall at 320 px`);
    assert.ok(wide <= 320, `${lang}: ${wide} px wide at 320 px`);
    // The source line is one line.
    const line = await page.locator('.kz-iip-widget-source').boundingBox();
    assert.ok(line.height < 30, `${lang}: the source line is ${line.height} px tall`);
    // Every touch target at least 24 × 24 px.
    const small = await page.evaluate(() => [...document.querySelectorAll('main a, main summary, main button, main input, main select')]
      .filter((e) => e.offsetParent !== null)
      .map((e) => { const r = e.getBoundingClientRect(); return [`${e.tagName} ${e.textContent.trim().slice(0, 24)}`, Math.round(r.width), Math.round(r.height)]; })
      .filter(([, w, h]) => w < 24 || h < 24));
    assert.deepEqual(small, [], `${lang}: touch targets under 24 px`);
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('the share dialog builds the embed: a headline goes into the link; AMP and image variants', async () => {
  const context = await app.browser.newContext({ viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(`${app.srv.url}?r=000000000,150000000`);
  await waitReady(page);
  await page.locator('.kz-iip-share-button').click();
  const snippet = page.locator('textarea[name="snippet"]');
  await page.locator('input[name="words-title"]').fill('Aktobe shrank');
  await page.waitForFunction(() => document.querySelector('textarea[name="snippet"]').value.includes('title=Aktobe%20shrank'));
  assert.match(await snippet.inputValue(), /title="Aktobe shrank — /);
  // A highlight and a note.
  await page.locator('.kz-iip-share label.kz-iip-check', { hasText: 'Aktobe' }).locator('input').check();
  await page.locator('textarea[name="notes"]').fill('2023: Lowest since 2015\nno year here');
  await page.waitForFunction(() => document.querySelector('textarea[name="snippet"]').value.includes('ann=2023:Lowest%20since%202015'));
  assert.match(await snippet.inputValue(), /hl=150000000/);
  assert.ok(await page.locator('.kz-iip-share .kz-iip-hint[role="status"]:not([hidden])').count() >= 1, 'the bad note line is said');
  await page.locator('select[name="variant"]').selectOption('amp');
  await page.waitForFunction(() => document.querySelector('textarea[name="snippet"]').value.startsWith('<amp-iframe'));
  assert.match(await snippet.inputValue(), / resizable .*<button overflow.*<amp-img placeholder/s);
  await page.locator('select[name="variant"]').selectOption('image');
  await page.waitForFunction(() => document.querySelector('textarea[name="snippet"]').value.includes('<img '));
  assert.match(await snippet.inputValue(), /<img src="kz-iip[^"]*\.png" alt="Aktobe shrank\. [^"]{20,}"/);
  await page.locator('select[name="variant"]').selectOption('resizing');
  await page.waitForFunction(() => document.querySelector('textarea[name="snippet"]').value.includes('addEventListener("message"'));
  // The preview shows the words.
  const frame = page.frameLocator('iframe.kz-iip-preview');
  await frame.locator('.kz-iip-widget-title', { hasText: 'Aktobe shrank' }).waitFor({ timeout: 30_000 });
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

test('300 hostile values over the word, note and highlight keys: no error, no element injected', async () => {
  const pieces = ['<img src=x onerror=alert(1)>', '"><script>alert(1)</script>', "javascript:alert(1)", '\u202Eevil\u202C', '\u200B\u200D\uFEFF', '%', '%E0%A4%A', '%ZZ', '&amp;', '</p><iframe src=//x>', 'Ақтөбе', '😀', '\u0000\u0007', ' '.repeat(50), 'x'.repeat(2000)];
  let seed = 7;
  const rand = (n) => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed % n; };
  const problems = [];
  let context;
  let page;
  const keys = ['title', 'desc', 'note', 'byline', 'ann', 'hl'];
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
    const key = keys[i % keys.length];
    // Notes and highlights on a trend (where they are drawn): a year or none, then the value.
    const v = key === 'ann' ? `${['2023:', '2015:', '', '1999:'][rand(4)]}${value}` : key === 'hl' ? `${['150000000,', ''][rand(2)]}${value}` : value;
    const chart = key === 'ann' || key === 'hl' ? 'chart=trend&r=000000000,150000000' : 'chart=ranking&y=2023';
    const q = rand(2) ? `${chart}&${key}=${v}` : `${chart}&${key}=${encodeURIComponent(v)}`;
    await page.goto(`${app.srv.url}widget.html?${q}`);
    await waitReady(page);
    assert.equal(await injected(page), 0, q);
    assert.equal(await page.locator('canvas').count(), 1, q);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

// #26: the embed builder is a wasm of its own, fetched when Share / Embed is first clicked: no
// first view pays for it; while it loads, and if it cannot be had, the dialog says so in the
// page's language; the next click fetches it again; once in, it is not fetched again.
test('the embed builder is fetched on the first click of Share / Embed, once; a failed fetch says so, and the next click retries', async () => {
  const share = (u) => /\/kz-iip-share-[0-9a-f]{16}(_bg\.wasm|\.js)$/.test(u);
  // (No service worker: it would answer from its cache, out of the test's reach.)
  const { page, context, problems, requests } = await openApp(app.browser, `${app.srv.url}?lang=ru&r=000000000,150000000`, { serviceWorkers: 'block' });
  await showView(page, 'ranking');
  assert.equal(requests.filter(share).length, 0, 'no first view fetches it');
  await context.route(share, (r) => r.abort());
  // A pointer over the button starts the fetch before the click.
  await page.locator('.kz-iip-share-button').hover();
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => /kz-iip-share-/.test(e.name)));
  assert.equal(await page.locator('dialog.kz-iip-share[open]').count(), 0);
  await page.locator('.kz-iip-share-button').click();
  const alert = page.locator('dialog.kz-iip-share[open] [role=alert]');
  assert.match(await alert.innerText(), /Не удалось загрузить инструменты/);
  await page.locator('dialog.kz-iip-share [data-act=close]').click();
  await page.waitForFunction(() => !document.querySelector('dialog.kz-iip-share[open]'));
  await context.unroute(share);
  await page.locator('.kz-iip-share-button').click();
  await page.locator('dialog.kz-iip-share[open] textarea[name=snippet]').waitFor();
  assert.match(await page.locator('dialog.kz-iip-share h2').innerText(), /Поделиться/);
  assert.equal(await page.locator('dialog.kz-iip-share [role=alert]').count(), 0);
  // An edit is answered by the builder.
  await page.locator('select[name="variant"]').selectOption('amp');
  await page.waitForFunction(() => document.querySelector('textarea[name="snippet"]').value.startsWith('<amp-iframe'));
  await page.keyboard.press('Escape');
  await page.locator('.kz-iip-share-button').click();
  await page.locator('dialog.kz-iip-share[open] textarea[name=snippet]').waitFor();
  assert.match(await page.locator('textarea[name="snippet"]').inputValue(), /^<iframe/, 'opened again, the builder starts afresh');
  // Failed (on the pointer, and again on the click), then once: the glue and the wasm.
  const fetched = requests.filter(share).map((u) => (u.endsWith('.js') ? 'js' : 'wasm'));
  assert.deepEqual(fetched.slice(-2), ['js', 'wasm']);
  assert.equal(fetched.filter((f) => f === 'wasm').length, 1);
  assert.deepEqual(problems.filter((p) => !/kz-iip-share|net::ERR_FAILED|dynamically imported module/.test(p)), []);
  await context.close();
});
