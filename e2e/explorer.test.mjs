// End-to-end: what a reader does with the release build, in real Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openApp, openTables, showView, withApp, addressBar } from './browser.mjs';

const app = withApp();

// A region checkbox by its name (the label may add the years it existed: "Abay (2022–)").
const box = (page, name) => page.getByRole('checkbox', { name: new RegExp(`^${name}( \\(|$)`) });
const radio = (page, name) => page.getByRole('radio', { name });
const texts = (page, sel) => page.locator(sel).allInnerTexts();
const canvasPixels = (page, sel) => page.locator(sel).evaluate((c) => c.toDataURL());

test('picking a region changes the table, the canvas and the URL', async () => {
  const { page, context, problems } = await openApp(app.browser, app.srv.url);
  await openTables(page);
  const trend = '.kz-iip-trend canvas';
  const before = await canvasPixels(page, trend);
  const headBefore = await texts(page, '.kz-iip-trend-table thead th');
  assert.ok(!headBefore.includes('Abay'));
  await box(page, 'Abay').check();
  await page.waitForFunction(() =>
    document.querySelector('.kz-iip-trend-table thead')?.textContent.includes('Abay'),
  );
  assert.notEqual(await canvasPixels(page, trend), before, 'the chart was redrawn');
  const abayColumn = (await texts(page, '.kz-iip-trend-table tbody tr:last-child td')).at(-1);
  assert.match(abayColumn, /104\.3/, '2023 value of Abay');
  await addressBar(page, /r=[^&]*100000000/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the 2023 ranking shows all 20 regions with the seed-000 values', async () => {
  const { page, context } = await openApp(app.browser, `${app.srv.url}?v=ranking&y=2023&m=iip`);
  await openTables(page);
  const rows = await page.locator('.kz-iip-ranking-table tbody tr').evaluateAll((trs) =>
    trs.map((tr) => [tr.querySelector('th').textContent, tr.querySelectorAll('td')[1].textContent]),
  );
  assert.equal(rows.length, 20);
  const seed = {
    Abay: '104.3', Akmola: '111.9', Aktobe: '95.2', Almaty: '106.9', Atyrau: '111.2',
    'Batys Kazakhstan': '106.7', Zhambyl: '100.3', Zhetisu: '105.3', Karagandy: '97.9',
    Kostanay: '105.7', Kyzylorda: '104.5', Mangystau: '99.0', Pavlodar: '100.7',
    'Soltustik Kazakhstan': '114.4', Turkistan: '103.0', Ulytau: '98.3', 'Shygys Kazakhstan': '100.7',
    'Astana city': '102.0', 'Almaty city': '110.1', 'Shymkent city': '102.9',
  };
  assert.deepEqual(Object.fromEntries(rows), seed);
  assert.deepEqual(rows[0], ['Soltustik Kazakhstan', '114.4'], 'sorted, highest first');
  assert.match((await texts(page, '.kz-iip-ranking-table tfoot'))[0], /104\.4/);
  await radio(page, 'Volume (tenge)').check();
  await page.waitForFunction(() =>
    document.querySelector('.kz-iip-ranking-table caption')?.textContent.includes('million tenge'),
  );
  const vol = (await texts(page, '.kz-iip-ranking-table tbody tr:first-child'))[0];
  assert.match(vol, /Atyrau\s+10,815,028/);
  assert.match((await texts(page, '.kz-iip-ranking-table tfoot'))[0], /46,991,787/);
  await context.close();
});

test('a permalink opens the same view', async () => {
  const q = '?r=230000000,100000000&from=2015&to=2020&y=2019&m=vol';
  const { page, context } = await openApp(app.browser, app.srv.url + q);
  await openTables(page);
  assert.ok(await box(page, 'Atyrau').isChecked());
  assert.ok(await box(page, 'Abay').isChecked());
  assert.ok(!(await box(page, 'Republic of Kazakhstan').isChecked()));
  assert.ok(await radio(page, 'Volume (tenge)').isChecked());
  const years = await texts(page, '.kz-iip-trend-table tbody th');
  assert.deepEqual(years, ['2015', '2016', '2017', '2018', '2019', '2020']);
  const table = await texts(page, '.kz-iip-trend-table');
  const link = page.url();
  // The same link in a fresh context gives the same table.
  const again = await openApp(app.browser, link);
  await openTables(again.page);
  assert.deepEqual(await texts(again.page, '.kz-iip-trend-table'), table);
  await showView(again.page, 'ranking');
  assert.match((await texts(again.page, '.kz-iip-ranking-table caption'))[0], /2019/);
  await addressBar(again.page, /v=ranking/);
  assert.equal(await again.page.locator('.kz-iip-notice').isVisible(), false);
  await again.context.close();
  await context.close();
});

test('a garbage URL shows a notice and a working default view', async () => {
  const { page, context, problems } = await openApp(app.browser, `${app.srv.url}?r=xyz,%3Cb%3E&y=abc&from=2030&m=%E0%A4`);
  const notice = page.locator('.kz-iip-notice');
  assert.ok(await notice.isVisible());
  const msg = await notice.innerText();
  assert.match(msg, /xyz/);
  assert.match(msg, /y=abc/);
  await openTables(page);
  assert.ok((await page.locator('.kz-iip-trend-table thead th').count()) > 1, 'default regions');
  await showView(page, 'ranking');
  assert.equal(await page.locator('.kz-iip-ranking-table tbody tr').count(), 20);
  assert.deepEqual(problems, []);
  await notice.getByRole('button').click();
  assert.equal(await notice.isVisible(), false);
  await context.close();
});

test('sharp on HiDPI screens and no request leaves the origin', async () => {
  const { page, context, requests } = await openApp(app.browser, app.srv.url, { deviceScaleFactor: 2 });
  const [w, cw] = await page
    .locator('.kz-iip-trend canvas')
    .evaluate((c) => [c.width, c.clientWidth]);
  assert.equal(w, cw * 2);
  await box(page, 'Abay').check();
  await page.waitForFunction(() => document.querySelector('.kz-iip-trend canvas')?.getAttribute('aria-label').includes('Abay'));
  await page.waitForLoadState('networkidle');
  assert.ok(requests.length >= 3, 'html, js, wasm at least');
  assert.ok(requests.every((u) => u.startsWith(app.srv.url)), requests.join('\n'));
  await context.close();
});

// Regression: a permalink to another language, selection or view showed the English default
// chart until the wasm arrived.
test('the static first paint shows only where the link asks for the default view, in its language', async () => {
  const context = await app.browser.newContext();
  const page = await context.newPage();
  const violations = [];
  page.on('console', (m) => /Content Security Policy/i.test(m.text()) && violations.push(m.text()));
  // The wasm is still on its way (the request is never answered): what shows is the static paint.
  await page.route('**/*.wasm', () => {});
  // Whether the static paint shows the default chart (else only the heading and loading note).
  const visible = async (query) => {
    await page.goto(app.srv.url + query);
    const stat = page.locator('#kz-iip-static');
    assert.ok(await stat.locator('h1').isVisible(), `the heading shows for ${query}`);
    assert.ok(await stat.locator('.kz-iip-hint').isVisible(), `the loading note shows for ${query}`);
    const chart = await stat.locator('svg.kz-iip-static-chart:visible').count();
    assert.equal(await stat.locator('h2').isVisible(), chart === 1, 'the chart and its title together');
    assert.equal(await stat.locator('.kz-iip-legend').isVisible(), chart === 1, 'the chart and its legend together');
    return chart === 1;
  };
  assert.ok(await visible(''), 'no query: the default view');
  assert.ok(await visible('?utm_source=news&lang=en'), 'keys the app does not know are ignored');
  // The full default query, as the app writes it into the address bar after a plain visit.
  const first = await openApp(app.browser, app.srv.url);
  await addressBar(first.page, /lang=en/);
  const full = new URL(first.page.url()).search.slice(1);
  await first.context.close();
  assert.match(full, /to=2023/);
  assert.ok(await visible(`?${full}`), 'the full default query (what the app writes in the address bar)');
  for (const q of ['?v=map', '?lang=ru&v=map', '?r=000000000,100000000', '?m=level', '?theme=dark', '?lang=de', `?${full.replace('to=2023', 'to=2020')}`]) {
    assert.equal(await visible(q), false, `hidden for ${q}`);
  }
  // The default view in Russian or Kazakh: the same drawing with the page's language around it.
  for (const [lang, title] of [['ru', /Индекс промышленного производства, % к предыдущему году/], ['kk', /Өнеркәсіптік өндіріс индексі/]]) {
    assert.ok(await visible(`?${full.replace('lang=en', `lang=${lang}`)}`), `default view in ${lang}`);
    assert.equal(await page.locator('html').getAttribute('lang'), lang);
    const stat = page.locator('#kz-iip-static');
    assert.match(await stat.locator('h2').innerText(), title);
    assert.doesNotMatch(await stat.innerText(), /Industrial production|Loading/, 'no English shown');
    // Regression (#23): numbers in the language's marks before the wasm comes (was "104.4").
    // The static paint holds every language's text; the page shows its own (`data-l`).
    const text = await stat.evaluate((el, l) => [...el.querySelectorAll(`[data-l="${l}"]`)].map((e) => e.textContent).join(' '), lang);
    assert.match(text, /104,4/, `${lang}: decimal comma in the static paint`);
    assert.doesNotMatch(text, /\b104\.4\b/, `${lang}: no decimal point in the static paint`);
    // One of its four drawings (wide or phone size, light or dark) shows.
    assert.equal(await stat.locator('svg.kz-iip-static-chart:visible').count(), 1);
    assert.ok((await stat.locator('svg.kz-iip-static-chart:visible').boundingBox()).height > 150, 'the drawing');
    const name = await stat.locator('svg.kz-iip-static-chart:visible').evaluate((svg) => document.getElementById(svg.getAttribute('aria-labelledby')).innerText);
    assert.match(name, title, 'the drawing is named in the page language');
  }
  // A link to another view in Russian: the Russian heading and loading note, never the chart.
  assert.equal(await visible('?lang=ru&v=map'), false);
  assert.match(await page.locator('#kz-iip-static').innerText(), /^Обозреватель промышленного производства Казахстана[\s\S]*Загружается интерактивный обозреватель…\s*$/);
  // A forced theme wins over the system's from the first paint (it flashed the system's).
  const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await visible('?theme=dark');
  assert.equal(await bg(), 'rgb(18, 18, 18)', 'theme=dark on a light system');
  await page.emulateMedia({ colorScheme: 'dark' });
  await visible('?theme=light');
  assert.equal(await bg(), 'rgb(255, 255, 255)', 'theme=light on a dark system');
  await visible('');
  assert.equal(await bg(), 'rgb(18, 18, 18)', 'no theme: the system\'s');
  assert.deepEqual(violations, [], 'the inline check runs under the CSP');
  // The wasm fails to load: the line says so, in the page's language (it said "Loading…" for ever).
  await page.unroute('**/*.wasm');
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto(`${app.srv.url}?lang=kk`);
  const failed = page.locator('#kz-iip-static [role=alert]');
  await failed.waitFor();
  assert.equal((await failed.innerText()).trim(), 'Интерактивті шолушы жүктелмеді. Байланысты тексеріп, бетті жаңартыңыз.');
  assert.equal(await page.locator('#kz-iip-static .kz-iip-hint').innerText(), await failed.innerText(), 'in place of "Loading…"');
  assert.ok(await page.locator('#kz-iip-static svg.kz-iip-static-chart:visible').isVisible(), 'the static chart stays');
  await context.close();
  // And the app mounts at once in its place (no wait for a paint that never comes).
  const live = await openApp(app.browser, `${app.srv.url}?lang=ru&v=map`);
  assert.equal(await live.page.locator('#kz-iip-static').count(), 0);
  assert.equal(await live.page.locator('html').getAttribute('lang'), 'ru');
  await live.context.close();
});

test('the static first paint: the default chart without JavaScript, replaced by the app', async () => {
  const context = await app.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(app.srv.url);
  const stat = page.locator('#kz-iip-static');
  assert.ok(await stat.isVisible());
  assert.match(await stat.locator('h2').innerText(), /Industrial production index, % of the previous year/);
  assert.equal(await stat.locator('svg.kz-iip-static-chart:visible').count(), 1, 'one drawing shows');
  const svg = stat.locator('svg.kz-iip-static-chart:visible');
  assert.ok((await svg.boundingBox()).height > 150, 'a drawn chart');
  assert.match(await svg.innerHTML(), />\s*2023\s*</, 'axis labels are text');
  assert.match(await stat.innerText(), /Atyrau: 111\.2 in 2023/, 'the summary, for readers and search engines');
  assert.match(await svg.getAttribute('class'), /kz-iip-static-wide kz-iip-static-light|kz-iip-static-light kz-iip-static-wide/);
  // Nothing is loading without JavaScript: no "Loading…" line, the <noscript> one instead.
  assert.equal(await stat.locator('.kz-iip-hint').isVisible(), false);
  assert.match(await page.locator('body').innerText(), /needs JavaScript and WebAssembly/);
  await context.close();
  // On a phone in dark mode: the phone-sized drawing in the dark palette, on a dark page (it was
  // a white page with a chart shrunk to unreadable labels until the app came).
  const phone = await app.browser.newContext({ javaScriptEnabled: false, colorScheme: 'dark', viewport: { width: 360, height: 740 } });
  const dark = await phone.newPage();
  await dark.goto(app.srv.url);
  const shown = dark.locator('#kz-iip-static svg.kz-iip-static-chart:visible');
  assert.equal(await shown.count(), 1);
  assert.match(await shown.getAttribute('class'), /kz-iip-static-narrow/);
  assert.match(await shown.getAttribute('class'), /kz-iip-static-dark/);
  assert.equal(await dark.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(18, 18, 18)');
  await phone.close();
  const live = await openApp(app.browser, app.srv.url);
  assert.equal(await live.page.locator('#kz-iip-static').count(), 0, 'replaced when the app mounts');
  // The loader fetches the wasm itself (before that paint) and hands the response to the app.
  assert.equal(live.requests.filter((u) => u.endsWith('.wasm')).length, 1, 'the wasm is fetched once');
  assert.equal(await live.page.locator('h1').count(), 1);
  await live.context.close();
});

// Regression: a style rule thought unused (`.kz-iip-chart-desc`) was deleted, and the static
// first paint's description, which uses it, grew to body size and at times became the page's
// largest paint. Every class the static first paints use has a rule in their page's styles.
test('every class of the static first paints is styled', async () => {
  for (const file of ['index.html', 'widget.html']) {
    const html = await readFile(join('dist', file), 'utf8');
    const css = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');
    const paint = html.slice(html.indexOf('<!-- static:start -->'), html.indexOf('<!-- static:end -->'));
    assert.ok(paint.length > 200, `${file}: a static paint`);
    const classes = new Set([...paint.matchAll(/class="([^"]+)"/g)].flatMap((m) => m[1].split(/\s+/)));
    assert.ok(classes.size > 0, file);
    for (const c of classes) assert.ok(css.includes(`.${c}`), `${file}: .${c} has no style rule`);
  }
});
