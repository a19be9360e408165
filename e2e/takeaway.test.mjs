// End-to-end: downloads (PNG, SVG, CSV; all data as CSV and JSON) checked as files, dark mode in the explorer and the
// widget, the print layout, and link previews.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, stat } from 'node:fs/promises';
import { openApp, openTables, showView, withApp, addressBar } from './browser.mjs';

const app = withApp();
const TREND = '?r=000000000,230000000,350000000,750000000&from=2009&to=2023&m=iip';

/** Clicks a download button of the trend chart and returns the file's name and bytes. */
async function download(page, format) {
  const menu = page.locator('.kz-iip-trend .kz-iip-downloads');
  if ((await menu.getAttribute('open')) === null) await menu.locator('summary').click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.locator(`.kz-iip-trend .kz-iip-downloads button[data-format=${format}]`).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), body: await readFile(path) };
}

test('PNG, SVG and CSV of the trend chart', async () => {
  const { page, context, problems } = await openApp(app.browser, app.srv.url + TREND, { acceptDownloads: true });
  const png = await download(page, 'png');
  assert.equal(png.name, 'kz-iip_trend_iip_2009-2023_en.png');
  assert.equal(png.body.subarray(1, 4).toString(), 'PNG');
  const [w, h] = [png.body.readUInt32BE(16), png.body.readUInt32BE(20)];
  assert.equal(w, 2000, 'export width 1000 CSS px at 2×');
  assert.equal(h, 2 * (340 + 120));
  const svg = (await download(page, 'svg')).body.toString();
  assert.match(svg, /^<svg/);
  assert.match(svg, />\s*Industrial production index, % of the previous year\s*</, 'the title, as text');
  for (const name of ['Republic of Kazakhstan', 'Atyrau', 'Karagandy', 'Almaty city']) {
    assert.match(svg, new RegExp(`>\\s*${name}\\s*<`), `legend: ${name}`);
  }
  assert.equal((svg.match(/<polyline/g) ?? []).length >= 4, true, 'lines of 4 series');
  const csv = await download(page, 'csv');
  assert.equal(csv.name, 'kz-iip_trend_iip_2009-2023_en.csv');
  const lines = csv.body.toString().trim().split('\n').filter((l) => !l.startsWith('#'));
  const head = lines[0].split(',');
  for (const col of ['region_code', 'period', 'value', 'status', 'source_title', 'source_url', 'release_date', 'derived']) {
    assert.ok(head.includes(col), col);
  }
  // As many rows as the table has values.
  await openTables(page);
  const cells = await page.locator('.kz-iip-trend-table tbody td:not(.kz-iip-gap)').count();
  assert.equal(lines.length - 1, cells);
  const rep = lines.find((l) => l.startsWith('000000000,') && l.includes(',2023,year,'));
  const value = rep.split(',')[head.indexOf('value')];
  assert.equal(value, '104.4');
  assert.equal(rep.split(',')[head.indexOf('status')], 'official');
  assert.deepEqual(problems, []);
  await context.close();
});

test('About the data: all data as CSV and as JSON, the same observations', async () => {
  const { page, context, problems } = await openApp(app.browser, app.srv.url, { acceptDownloads: true });
  await showView(page, 'about');
  const save = async (format) => {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.locator(`.kz-iip-all-data button[data-format=${format}]`).click(),
    ]);
    return { name: file.suggestedFilename(), text: (await readFile(await file.path())).toString() };
  };
  const json = await save('json');
  assert.match(json.name, /^kz-iip_all-data_\d{4}-\d{2}-\d{2}\.json$/);
  const doc = JSON.parse(json.text);
  assert.match(doc.citation, /data release \d{4}-\d{2}-\d{2}/);
  assert.ok(doc.sources.length > 10 && doc.regions.length >= 20, `${doc.sources.length} sources, ${doc.regions.length} regions`);
  const rep = doc.observations.filter((o) => o.geo === '000000000' && o.activity === 'IND' && o.period === '2023' && o.indicator === 'iip');
  assert.ok(rep.some((o) => o.value === 104.4 && o.status === 'official'), JSON.stringify(rep));
  for (const o of doc.observations) {
    assert.equal(typeof o.value, 'number');
    assert.ok(doc.sources.some((s) => s.id === o.source), `source ${o.source}`);
  }
  const csv = await save('csv');
  assert.equal(csv.name, json.name.replace(/json$/, 'csv'));
  const rows = csv.text.trim().split('\n').filter((l) => !l.startsWith('#'));
  assert.equal(rows.length - 1, doc.observations.length, 'one CSV row per observation');
  assert.deepEqual(problems, []);
  await context.close();
});

/** Contrast ratio of two CSS colours "rgb(r, g, b)". */
function contrast(a, b) {
  const lum = (c) => {
    const [r, g, bl] = c.match(/\d+/g).slice(0, 3).map((x) => {
      const v = Number(x) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

/** Every visible text's colour against the page background. */
const textColours = (page) =>
  page.evaluate(() => {
    const bg = getComputedStyle(document.body).backgroundColor;
    const seen = new Set();
    for (const el of document.querySelectorAll('body *')) {
      if (!el.offsetParent || ![...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim())) continue;
      if (el.closest('.kz-iip-notice, .kz-iip-alert, .kz-iip-tooltip, button, select, input, dialog')) continue;
      seen.add(getComputedStyle(el).color);
    }
    return { bg, colours: [...seen] };
  });

test('with a dark system preference the explorer and the widget draw dark, text ≥ 4.5:1', async () => {
  for (const url of [app.srv.url + TREND, `${app.srv.url}widget.html?chart=trend&table=1`]) {
    const { page, context } = await openApp(app.browser, url, { colorScheme: 'dark' });
    const px = await page.locator('canvas').first().evaluate((c) => [...c.getContext('2d').getImageData(2, 2, 1, 1).data].slice(0, 3));
    assert.deepEqual(px, [0x12, 0x12, 0x12], `${url}: the chart's background`);
    const { bg, colours } = await textColours(page);
    assert.equal(bg, 'rgb(18, 18, 18)');
    for (const c of colours) assert.ok(contrast(c, bg) >= 4.5, `${url}: ${c} on ${bg}`);
    await context.close();
  }
  // Forced light overrides the system; the choice is in the permalink.
  const { page, context } = await openApp(app.browser, `${app.srv.url}?theme=light`, { colorScheme: 'dark' });
  const px = await page.locator('canvas').first().evaluate((c) => [...c.getContext('2d').getImageData(2, 2, 1, 1).data].slice(0, 3));
  assert.deepEqual(px, [255, 255, 255]);
  await page.locator('select[name=theme]').selectOption('dark');
  await page.waitForFunction(() => document.body.classList.contains('kz-iip-theme-dark'));
  await addressBar(page, /theme=dark/);
  await context.close();
});

test('print hides the controls, shows every table and prints the permalink', async () => {
  const { page, context } = await openApp(app.browser, `${app.srv.url}?v=ranking&y=2023`);
  await page.emulateMedia({ media: 'print' });
  for (const sel of ['.kz-iip-tabs', '.kz-iip-filters', '.kz-iip-share-button', '.kz-iip-languages', '.kz-iip-downloads']) {
    assert.equal(await page.locator(sel).first().isVisible(), false, `${sel} hidden`);
  }
  const table = page.locator('.kz-iip-ranking-table');
  assert.ok(await table.isVisible(), 'the folded table is printed');
  assert.ok((await table.boundingBox()).height > 200);
  const link = page.locator('.kz-iip-print-only');
  assert.ok(await link.isVisible());
  assert.match(await link.innerText(), /\?v=ranking&.*y=2023/);
  await context.close();
});

test('link previews: og:image points to a 1200×630 PNG the build made', async () => {
  const html = await readFile('dist/index.html', 'utf8');
  const image = html.match(/<meta property="og:image" content="([^"]+)"/)[1];
  assert.equal(image, 'og-image.png');
  assert.match(html, /<meta name="twitter:card" content="summary_large_image"/);
  const png = await readFile(`dist/${image}`);
  assert.equal(png.subarray(1, 4).toString(), 'PNG');
  assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [1200, 630]);
  assert.ok((await stat(`dist/${image}`)).size > 20_000, 'a real picture');
  const res = await fetch(`${app.srv.url}${image}`);
  assert.equal(res.status, 200);
});

// Regression: an open download menu (its citation carries the whole permalink) and the share
// dialog (the Kazakh chart names) made a phone-width page wider than the screen.
test('open download menu and share dialog stay inside a 320 px screen', async () => {
  for (const lang of ['kk', 'ru', 'en']) {
    const { page, context } = await openApp(app.browser, `${app.srv.url}${TREND}&lang=${lang}`, { viewport: { width: 320, height: 800 } });
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    await page.locator('.kz-iip-trend .kz-iip-downloads summary').click();
    await page.locator('.kz-iip-trend .kz-iip-cite').waitFor();
    assert.ok((await overflow()) <= 0, `${lang}: page wider than the screen with the menu open`);
    await page.locator('.kz-iip-share-button').click();
    const select = page.locator('dialog select[name=chart]');
    await select.waitFor();
    const dialog = await page.locator('dialog.kz-iip-share').boundingBox();
    const box = await select.boundingBox();
    assert.ok(box.x + box.width <= dialog.x + dialog.width, `${lang}: chart menu sticks out of the dialog`);
    await context.close();
  }
});
