// End-to-end: widgets embedded in a host page on another origin (a second port).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../scripts/serve.mjs';
import { waitReady, launch, nextFrames } from './browser.mjs';

let app;
let host;
let hostDir;
let browser;
let listener;
before(async () => {
  app = await serve('dist');
  hostDir = await mkdtemp(join(tmpdir(), 'kz-iip-host-'));
  host = await serve(hostDir);
  browser = await launch();
  // The listener exactly as the README documents it.
  const readme = await readFile('README.md', 'utf8');
  listener = readme.split('<!-- listener:start -->')[1].split('<!-- listener:end -->')[0];
  listener = listener.replace(/```html|```/g, '').trim();
  assert.match(listener, /^<script>/);
});
after(async () => {
  await browser?.close();
  await app?.close();
  await host?.close();
});

const RECORDER = `<script>
  window.__msgs = [];
  addEventListener("message", function (e) { __msgs.push(e.data); });
  localStorage.setItem("host-key", "v");
  sessionStorage.setItem("host-session", "s");
</script>`;

async function hostPage(name, body) {
  await writeFile(join(hostDir, name), `<!doctype html><html><head><meta charset="utf-8"><title>Host article</title>${RECORDER}</head><body>${body}</body></html>`);
  return host.url + name;
}

const widgetFrame = (page, id) => page.frames().find((f) => f.url().includes(`id=${id}`));

async function waitForChart(frame) {
  await waitReady(frame);
}

/** The last height a widget posted in the Datawrapper format. */
const lastHeight = (page, id) =>
  page.evaluate((id) => {
    const hs = __msgs.filter((m) => m && m['datawrapper-height'] && id in m['datawrapper-height']);
    return hs.length ? hs.at(-1)['datawrapper-height'][id] : null;
  }, id);

/** Waits until the widget's content height has stayed as last posted over two frames (its
 *  fonts and layout settled); times out (and the test's height check then fails) otherwise. */
async function settledHeight(page, frame, id) {
  for (let i = 0; i < 50; i++) {
    await nextFrames(frame);
    const content = await frame.evaluate(() => document.body.scrollHeight);
    if ((await lastHeight(page, id)) === content) {
      await nextFrames(frame);
      if ((await frame.evaluate(() => document.body.scrollHeight)) === content) return;
    }
  }
}

test('three sandboxed widgets render, post their heights and leave the host alone', async () => {
  const frames = [
    ['a', 'chart=trend&r=000000000,230000000'],
    ['b', 'chart=ranking&y=2023'],
    ['c', 'chart=activity&p=2024-M02'],
  ];
  const body = frames
    .map(([id, q]) => `<iframe id="kz-iip-${id}" sandbox="allow-scripts" title="w" src="${app.url}widget.html?${q}&id=${id}" style="width:480px;height:400px;border:0"></iframe>`)
    .join('\n');
  const url = await hostPage('three.html', body);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  const historyBefore = await page.evaluate(() => history.length);
  for (const [id] of frames) {
    await page.waitForFunction((id) => __msgs.some((m) => m && m['datawrapper-height'] && id in m['datawrapper-height']), id, { timeout: 30_000 });
    const frame = widgetFrame(page, id);
    await waitForChart(frame);
    await settledHeight(page, frame, id);
    const content = await frame.evaluate(() => document.body.scrollHeight);
    assert.equal(await lastHeight(page, id), content, `widget ${id}: posted height = content height`);
    assert.ok(await frame.evaluate(() => document.querySelector('canvas').width > 0));
    assert.equal(await frame.evaluate(() => origin), 'null', 'sandboxed: opaque origin');
  }
  const msgs = await page.evaluate(() => __msgs);
  assert.ok(msgs.some((m) => m.sentinel === 'amp' && m.type === 'embed-size' && m.height > 0));
  assert.ok(msgs.some((m) => m.type === 'kz-iip:height' && m.id === 'b' && m.height > 0));
  // Opening a widget's table changes its height, and a new message follows.
  const b = widgetFrame(page, 'b');
  const before = await lastHeight(page, 'b');
  await b.locator('summary').first().click();
  await page.waitForFunction((h) => {
    const hs = __msgs.filter((m) => m && m['datawrapper-height'] && 'b' in m['datawrapper-height']);
    return hs.at(-1)['datawrapper-height'].b > h;
  }, before);
  assert.equal(await lastHeight(page, 'b'), await b.evaluate(() => document.body.scrollHeight));
  // The host page is untouched.
  assert.equal(page.url(), url);
  assert.equal(await page.evaluate(() => history.length), historyBefore);
  assert.equal(await page.title(), 'Host article');
  assert.deepEqual(await page.evaluate(() => ({ ...localStorage })), { 'host-key': 'v' });
  assert.deepEqual(await page.evaluate(() => ({ ...sessionStorage })), { 'host-session': 's' });
  await context.close();
});

test('bad widget parameters show a readable message inside the widget', async () => {
  const url = await hostPage('bad.html', `<iframe id="kz-iip-x" sandbox="allow-scripts" title="w" src="${app.url}widget.html?chart=pie&r=nope&y=1800&id=x" style="width:400px;height:700px;border:0"></iframe>`);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => __msgs.length > 0, null, { timeout: 30_000 });
  const frame = widgetFrame(page, 'x');
  await waitForChart(frame);
  const notice = await frame.locator('.kz-iip-notice').innerText();
  assert.match(notice, /chart=pie/);
  assert.match(notice, /nope/);
  assert.match(notice, /y=1800/);
  assert.match(await frame.locator('.kz-iip-widget-title').innerText(), /Industrial production index/);
  await context.close();
});

test('the snippet from the dialog is sized right with and without the listener', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${app.url}?r=000000000,230000000,350000000,750000000&y=2023`);
  await waitReady(page);
  await page.getByRole('button', { name: 'Share / Embed' }).click();
  for (const chart of ['trend', 'ranking']) {
    await page.locator('dialog select[name=chart]').selectOption(chart);
    const snippet = await page.locator('dialog textarea[name=snippet]').inputValue();
    assert.match(snippet, /^<iframe id="kz-iip-[0-9a-f]{8}" title="[^"]+ \(en\)" lang="en" src="http:\/\/127\.0\.0\.1:\d+\/widget\.html\?[^"]*chart=/);
    assert.match(snippet, /loading="lazy"/);
    const id = snippet.match(/id="kz-iip-([0-9a-f]+)"/)[1];
    const intrinsic = Number(snippet.match(/height:(\d+)px/)[1]);
    for (const width of [320, 480, 720]) {
      for (const withListener of [false, true]) {
        const url = await hostPage(`${chart}-${width}-${withListener}.html`, `<div style="width:${width}px">${snippet}</div>${withListener ? listener : ''}`);
        const hostPageTab = await context.newPage();
        await hostPageTab.goto(url);
        await hostPageTab.waitForFunction((id) => __msgs.some((m) => m && m['datawrapper-height'] && id in m['datawrapper-height']), id, { timeout: 30_000 });
        const frame = widgetFrame(hostPageTab, id);
        await waitForChart(frame);
        await settledHeight(hostPageTab, frame, id);
        const content = await frame.evaluate(() => document.body.scrollHeight);
        const frameBox = await hostPageTab.locator(`#kz-iip-${id}`).boundingBox();
        assert.equal(Math.round(frameBox.width), width, 'full column width');
        if (withListener) {
          assert.equal(Math.round(frameBox.height), content, `${chart} at ${width}px: frame fits the content`);
        } else {
          assert.equal(Math.round(frameBox.height), intrinsic);
          assert.ok(content <= intrinsic, `${chart} at ${width}px: ${content}px of content fits ${intrinsic}px`);
        }
        await hostPageTab.close();
      }
    }
  }
  await context.close();
});

test('before its wasm arrives the widget says it is loading, in its language and theme', async () => {
  // It was an empty box in the article until the chart came (seconds on a slow link).
  const context = await browser.newContext();
  const page = await context.newPage();
  const violations = [];
  page.on('console', (m) => /Content Security Policy/i.test(m.text()) && violations.push(m.text()));
  await page.route('**/*.wasm', () => {});
  const line = page.locator('#kz-iip-loading');
  for (const [q, text] of [['chart=trend', 'Loading the chart…'], ['chart=map&lang=kk', 'Диаграмма жүктелуде…'], ['chart=ranking&lang=ru', 'Загружается график…']]) {
    await page.goto(`${app.url}widget.html?${q}`);
    assert.equal((await line.innerText()).trim(), text, q);
  }
  assert.equal(await page.locator('html').getAttribute('lang'), 'ru');
  const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.goto(`${app.url}widget.html?chart=trend&theme=dark`);
  assert.equal(await bg(), 'rgb(18, 18, 18)', 'theme=dark from the first paint');
  assert.deepEqual(violations, [], 'its inline script runs under the CSP');
  // The wasm fails to load: the line says so (it said "Loading…" for ever).
  await page.unroute('**/*.wasm');
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto(`${app.url}widget.html?chart=trend&lang=ru`);
  await page.locator('#kz-iip-loading [role=alert]').waitFor();
  assert.equal((await line.innerText()).trim(), 'Не удалось загрузить график. Проверьте подключение и обновите страницу.');
  await context.close();
  // The chart replaces it, and nothing moves (its margin once collapsed through <body>: a shift).
  const live = await browser.newContext();
  const p = await live.newPage();
  await p.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((l) => l.getEntries().forEach((e) => (window.__shift += e.value))).observe({ type: 'layout-shift', buffered: true });
  });
  await p.goto(`${app.url}widget.html?chart=trend&lang=kk`);
  await waitReady(p);
  assert.equal(await p.locator('#kz-iip-loading').count(), 0);
  assert.equal(await p.locator('canvas').count(), 1);
  // Fonts loaded and two frames drawn after the chart: any shift would have been recorded.
  await p.evaluate(() => document.fonts.ready);
  await nextFrames(p);
  assert.equal(await p.evaluate(() => window.__shift), 0, 'no layout shift');
  await live.close();
});
