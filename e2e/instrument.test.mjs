// End-to-end: charts as instruments — pointer and keyboard read-outs, generated descriptions,
// tick labels that never overlap, and axe-core on every view, language and widget chart.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { openApp, waitReady, openTables, showView, withApp, addressBar } from './browser.mjs';

const app = withApp();
const require = createRequire(import.meta.url);
const AXE = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');

/** CSS-pixel position inside a canvas of the value (x, y), from the frame the chart drew. */
async function pointOf(canvas, x, y) {
  const f = (await canvas.getAttribute('data-frame')).split(',').map(Number);
  const [left, top, right, bottom, x0, x1, y0, y1, scale] = f;
  const px = left + ((x - x0) / (x1 - x0)) * (right - left);
  const py = bottom + ((y - y0) / (y1 - y0)) * (top - bottom);
  return { x: px / scale, y: py / scale };
}

test('hovering the 2019 point of Atyrau shows 105.4 with its status and source', async () => {
  const { page, context, problems } = await openApp(app.browser, `${app.srv.url}?r=000000000,230000000&from=2009&to=2023`);
  const canvas = page.locator('.kz-iip-trend canvas');
  const box = await canvas.boundingBox();
  const p = await pointOf(canvas, 2019, 105.4);
  await page.mouse.move(box.x + p.x + 2, box.y + p.y - 2);
  const tip = page.locator('.kz-iip-tooltip');
  await tip.waitFor();
  const text = await tip.innerText();
  assert.match(text, /2019/);
  assert.match(text, /Atyrau\s+105\.4 % of the previous year/);
  assert.match(text, /official/);
  assert.match(text, /industrial_production_index\.json/, 'the source');
  // Leaving the chart hides the read-out.
  await page.mouse.move(box.x + box.width + 40, box.y - 40);
  await tip.waitFor({ state: 'detached' });
  assert.deepEqual(problems, []);
  await context.close();
});

test('Tab reaches the trend chart; arrows move the read-out and the live region speaks', async () => {
  const { page, context } = await openApp(app.browser, `${app.srv.url}?r=000000000,230000000&from=2009&to=2023`);
  let reached = false;
  for (let i = 0; i < 80 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement?.matches('.kz-iip-trend canvas') ?? false);
  }
  assert.ok(reached, 'the chart is a tab stop');
  const live = page.locator('.kz-iip-trend [aria-live=polite]');
  await page.waitForFunction(() => document.querySelector('.kz-iip-trend [aria-live=polite]')?.textContent.length > 0);
  assert.match(await live.innerText(), /^Republic of Kazakhstan, 2023: 104\.4 % of the previous year, official/);
  await page.keyboard.press('ArrowLeft');
  await page.waitForFunction(() => document.querySelector('.kz-iip-trend [aria-live=polite]')?.textContent.includes('2022'));
  assert.match(await live.innerText(), /^Republic of Kazakhstan, 2022: 101\.1 % of the previous year, preliminary/);
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => document.querySelector('.kz-iip-trend [aria-live=polite]')?.textContent.startsWith('Atyrau'));
  assert.equal(await live.innerText(), 'Atyrau, 2022: 98.3 % of the previous year, official');
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => document.querySelector('.kz-iip-trend [aria-live=polite]')?.textContent.startsWith('Atyrau, 2023'));
  assert.equal(await live.innerText(), 'Atyrau, 2023: 111.2 % of the previous year, official');
  await page.keyboard.press('ArrowLeft');
  await page.waitForFunction(() => document.querySelector('.kz-iip-trend [aria-live=polite]')?.textContent.startsWith('Atyrau, 2022'));
  assert.match(await page.locator('.kz-iip-tooltip').innerText(), /Atyrau\s+98\.3/);
  await page.keyboard.press('Escape');
  await page.locator('.kz-iip-tooltip').waitFor({ state: 'detached' });
  await context.close();
});

test('the 2023 ranking describes itself: Soltustik Kazakhstan highest, Aktobe lowest', async () => {
  const { page, context } = await openApp(app.browser, `${app.srv.url}?v=ranking&y=2023&m=iip`);
  const canvas = page.locator('.kz-iip-ranking canvas');
  const id = await canvas.getAttribute('aria-describedby');
  const desc = await page.locator(`#${id}`).textContent();
  assert.match(desc, /Highest: Soltustik Kazakhstan \(114\.4\); lowest: Aktobe \(95\.2\)/);
  await addressBar(page, /v=ranking/);
  assert.equal(await page.locator('.kz-iip-tab[aria-current=page]').innerText(), 'Ranking');
  await context.close();
});

/** Whether drawn x-axis labels overlap, measured with the canvas's own font. */
async function overlaps(page, selector) {
  return page.locator(selector).evaluate((c) => {
    const ticks = JSON.parse(c.dataset.xTicks || '[]');
    const scale = Number(c.dataset.frame.split(',')[8]);
    const ctx = document.createElement('canvas').getContext('2d');
    ctx.font = `${12 * scale}px sans-serif`;
    const boxes = ticks.map((t) => ({ t: t.text, a: t.x - ctx.measureText(t.text).width / 2, b: t.x + ctx.measureText(t.text).width / 2 }));
    const bad = [];
    for (let i = 1; i < boxes.length; i++) if (boxes[i].a < boxes[i - 1].b + 2 * scale) bad.push(`${boxes[i - 1].t}/${boxes[i].t}`);
    return { n: ticks.length, bad };
  });
}

test('no tick labels overlap at 320 px (explorer and widget), nor at 480 px in the widget', async () => {
  for (const lang of ['en', 'ru', 'kk']) {
    for (const [width, url, sel] of [
      [320, `${app.srv.url}?from=2009&to=2023&lang=${lang}`, '.kz-iip-trend canvas'],
      [320, `${app.srv.url}widget.html?chart=trend&from=2009&to=2023&lang=${lang}`, 'canvas'],
      [480, `${app.srv.url}widget.html?chart=trend&from=2009&to=2023&lang=${lang}`, 'canvas'],
    ]) {
      const { page, context } = await openApp(app.browser, url, { viewport: { width, height: 800 }, deviceScaleFactor: 2 });
      const { n, bad } = await overlaps(page, sel);
      assert.ok(n >= 3, `${width}px ${lang}: some year labels (${n})`);
      assert.deepEqual(bad, [], `${width}px ${lang} ${url}: overlapping labels`);
      await context.close();
    }
  }
});

async function axe(page) {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  });
}

test('axe-core finds no violations in any view, in kk, ru and en', async () => {
  const views = ['trend', 'ranking', 'map', 'activities', 'composition', 'projects', 'output', 'about'];
  for (const lang of ['kk', 'ru', 'en']) {
    const { page, context } = await openApp(app.browser, `${app.srv.url}?lang=${lang}&r=000000000,230000000`, { bypassCSP: true });
    for (const v of views) {
      await page.locator(`.kz-iip-tab[data-view="${v}"]`).click();
      await page.waitForFunction((k) => document.querySelector(`.kz-iip-tab[data-view="${k}"]`)?.getAttribute('aria-current') === 'page', v);
      await openTables(page);
      assert.deepEqual(await axe(page), [], `${v} (${lang})`);
    }
    await context.close();
  }
});

// The share dialog is markup written when it opens (#26): checked by axe open, in each
// language; focus starts inside it and Escape closes it, leaving nothing of it behind.
test('the open share dialog: axe-core clean, focus inside, Escape closes it', async () => {
  for (const lang of ['kk', 'ru', 'en']) {
    const { page, context, problems } = await openApp(app.browser, `${app.srv.url}?lang=${lang}&r=000000000,230000000&hl=230000000`, { bypassCSP: true });
    await page.locator('.kz-iip-share-button').click();
    await page.locator('dialog.kz-iip-share[open] textarea[name=snippet]').waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.name), 'permalink', lang);
    assert.equal(await page.locator('dialog input[name=hl][value="230000000"]').isChecked(), true, 'the highlight carried over');
    assert.deepEqual(await axe(page), [], `share dialog (${lang})`);
    if (lang === 'en') {
      // Copying hands over exactly the code shown, after an edit, and says so.
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.srv.url });
      await page.locator('dialog input[name="words-title"]').fill('Atyrau grew');
      await page.waitForFunction(() => document.querySelector('textarea[name=snippet]').value.includes('title=Atyrau%20grew'));
      await page.locator('dialog button[data-act="copy-embed"]').click();
      await page.waitForFunction(() => document.querySelector('dialog .kz-iip-status').textContent.trim() !== '');
      const shown = await page.locator('dialog textarea[name=snippet]').inputValue();
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), shown);
      assert.match(await page.locator('dialog .kz-iip-status').innerText(), /^Embed code/);
    }
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('dialog.kz-iip-share[open]') && !document.querySelector('dialog.kz-iip-share *'));
    assert.deepEqual(problems, [], lang);
    await context.close();
  }
});

test('on a phone the tables with text (projects, physical output, ranking, map) stack, labelled, and stay tables', async () => {
  for (const [view, table, lang] of [['output', '.kz-iip-physical-table', 'ru'], ['projects', '.kz-iip-projects-table', 'kk'], ['ranking', '.kz-iip-ranking-table', 'ru'], ['map', '.kz-iip-map-table', 'kk']]) {
    const { page, context } = await openApp(app.browser, `${app.srv.url}?lang=${lang}`, { viewport: { width: 320, height: 740 }, bypassCSP: true });
    await showView(page, view);
    const t = page.locator(table);
    // Read down the screen, not through a 300 px window onto a 700 px table.
    const fit = await t.evaluate((el) => ({ table: el.scrollWidth, wrap: el.parentElement.clientWidth, page: document.documentElement.scrollWidth }));
    assert.ok(fit.table <= fit.wrap && fit.page <= 320, `${view}: ${JSON.stringify(fit)}`);
    // Every shown cell says what it is; empty ones are left out.
    const cells = await t.evaluate((el) => [...el.querySelectorAll('tbody td')].filter((td) => td.offsetHeight > 0).map((td) => [getComputedStyle(td, '::before').content, td.textContent.trim()]));
    assert.ok(cells.length > 10, view);
    for (const [label, text] of cells) assert.ok(label.length > 4 && text !== '', `${view}: ${label} ${text}`);
    // Still a table with rows and cells to assistive technology.
    const cdp = await context.newCDPSession(page);
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const roles = nodes.filter((n) => !n.ignored).map((n) => n.role?.value);
    for (const role of ['table', 'row', 'rowheader', 'columnheader', 'cell']) assert.ok(roles.includes(role), `${view}: ${role}`);
    assert.deepEqual(await axe(page), [], `${view} at 320 px`);
    // A wide screen keeps the table.
    await page.setViewportSize({ width: 1280, height: 800 });
    assert.equal(await t.evaluate((el) => getComputedStyle(el).display), 'table', view);
    await context.close();
  }
});

test('axe-core finds no violations in any widget chart type', async () => {
  for (const chart of ['trend', 'ranking', 'activity', 'composition', 'map']) {
    for (const extra of ['', '&table=1&theme=dark&lang=ru']) {
      const { page, context } = await openApp(app.browser, `${app.srv.url}widget.html?chart=${chart}${extra}`, { bypassCSP: true });
      assert.deepEqual(await axe(page), [], `widget ${chart}${extra}`);
      await context.close();
    }
  }
});

test('v=map&y=2023: 20 coloured regions, Aktobe and Soltustik Kazakhstan at the ends, by keyboard', async () => {
  const { page, context, problems } = await openApp(app.browser, `${app.srv.url}?v=map&y=2023&r=000000000`);
  const canvas = page.locator('.kz-iip-map canvas');
  const desc = await page.locator(`#${await canvas.getAttribute('aria-describedby')}`).textContent();
  assert.match(desc, /Highest: Soltustik Kazakhstan \(114\.4\); lowest: Aktobe \(95\.2\); 20 with a value/);
  // The scale's ends are the two extreme colours: read the pixels at the two tiles' corners.
  const pixel = async (col, row) => {
    const p = await pointOf(canvas, col + 0.1, row + 0.1);
    return canvas.evaluate((c, { x, y }) => {
      const s = Number(c.dataset.frame.split(',')[8]);
      return [...c.getContext('2d').getImageData(Math.round(x * s), Math.round(y * s), 1, 1).data].slice(0, 3);
    }, p);
  };
  assert.deepEqual(await pixel(1, 1), [0xd5, 0x5e, 0x00], 'Aktobe: the decline end');
  assert.deepEqual(await pixel(3, 0), [0x00, 0x72, 0xb2], 'Soltustik Kazakhstan: the growth end');
  // Keyboard: focus the map, move to a tile, Enter adds the region to the selection.
  await canvas.focus();
  const live = page.locator('.kz-iip-map [aria-live=polite]');
  await page.keyboard.press('Home');
  await page.waitForFunction(() => document.querySelector('.kz-iip-map [aria-live=polite]')?.textContent.length > 0);
  assert.match(await live.innerText(), /^Batys Kazakhstan, 2023: 106\.7/);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => document.querySelector('.kz-iip-map [aria-live=polite]')?.textContent.startsWith('Soltustik'));
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => /r=000000000,590000000/.test(location.search));
  // The year slider moves the map, by keyboard too.
  await page.locator('input[name=map-year]').focus();
  await page.keyboard.press('ArrowLeft');
  await page.waitForFunction(() => /y=2022/.test(location.search));
  assert.match(await page.locator('#kz-iip-map-title').innerText(), /2022/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the chain-linked level: the Republic with base 2021 reads 105.5 in 2023, derived, and breaks are shown', async () => {
  const { page, context } = await openApp(app.browser, `${app.srv.url}?r=000000000,350000000&from=2018&to=2023&m=level&base=2021`);
  await openTables(page);
  const rows = await page.locator('.kz-iip-trend-table tbody tr').evaluateAll((trs) => trs.map((tr) => tr.innerText.split('\t')));
  const y = (year) => rows.find((r) => r[0] === String(year));
  assert.match(y(2021)[1], /^100\.0/);
  assert.match(y(2022)[1], /^101\.1p/, 'preliminary: built on the 2022 minister figure');
  assert.match(y(2023)[1], /^105\.5p/);
  assert.match(y(2022)[2], /chain broken: boundary change in 2022/, 'Karagandy');
  assert.match(y(2019)[1], /chain broken: no IIP for 2020/);
  assert.match(await page.locator('.kz-iip-table-note').innerText(), /level\(t\) = level\(t−1\) × IIP\(t\) ÷ 100/);
  assert.match(await page.locator('#kz-iip-trend-title').innerText(), /chain-linked level \(2021 = 100\)/);
  await context.close();
});

test('a chart is redrawn sharp when the pixel ratio changes with no resize (zoom, another screen)', async () => {
  // Headless Chromium changes its emulated pixel ratio without firing media-query changes: the
  // page's resolution queries are kept here, and the test fires their change as a browser does.
  const context = await app.browser.newContext({ viewport: { width: 1600, height: 900 } });
  await context.addInitScript(() => {
    const matchMedia = window.matchMedia.bind(window);
    window.__resolution = [];
    window.matchMedia = (q) => {
      const list = matchMedia(q);
      if (q.includes('resolution')) window.__resolution.push(list);
      return list;
    };
  });
  const page = await context.newPage();
  await page.goto(app.srv.url);
  await waitReady(page);
  const density = () => page.evaluate(() => {
    const c = document.querySelector('canvas.kz-iip-canvas');
    return c.width / c.getBoundingClientRect().width;
  });
  const cssWidth = await page.evaluate(() => document.querySelector('canvas.kz-iip-canvas').getBoundingClientRect().width);
  assert.ok(Math.abs((await density()) - 1) < 0.01);
  const cdp = await context.newCDPSession(page);
  for (const dpr of [2, 1.5]) {
    await cdp.send('Emulation.setDeviceMetricsOverride', { width: 1600, height: 900, deviceScaleFactor: dpr, mobile: false });
    assert.equal(await page.evaluate(() => devicePixelRatio), dpr);
    await page.evaluate(() => window.__resolution.forEach((q) => q.dispatchEvent(new Event('change'))));
    await page
      .waitForFunction((dpr) => {
        const c = document.querySelector('canvas.kz-iip-canvas');
        return Math.abs(c.width / c.getBoundingClientRect().width - dpr) < 0.01;
      }, dpr, { timeout: 5_000 })
      .catch(() => {});
    assert.ok(Math.abs((await density()) - dpr) < 0.01, `drawn at ${dpr}× (was ${await density()}×)`);
  }
  assert.equal(await page.evaluate(() => document.querySelector('canvas.kz-iip-canvas').getBoundingClientRect().width), cssWidth, 'its CSS size never changed');
  await context.close();
});
