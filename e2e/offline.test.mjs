// End-to-end: the three offline forms — installable app (service worker), portable bundle from
// a sub-path, single-file edition from file:// — and a deploy replacing the cache.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serve } from '../scripts/serve.mjs';
import { waitReady, launch, openApp, openTables, showView } from './browser.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const charted = (page) =>
  waitReady(page);

/** Polls `check` (async) until it is true; 30 s at most. */
async function until(check) {
  for (let i = 0; i < 300; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('timed out');
}

async function controlled(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) {
    await page.reload();
    await charted(page);
  }
  assert.ok(await page.evaluate(() => !!navigator.serviceWorker.controller), 'controlled by the service worker');
}

test('load once, go offline, reload: the app works', async () => {
  const srv = await serve('dist');
  try {
    const { page, context } = await openApp(browser, `${srv.url}?v=ranking&r=000000000,230000000&y=2023`);
    assert.match(await page.locator('.kz-iip-offline').innerText(), /sources up to 2025-04-11.*works offline/s);
    assert.equal(await page.evaluate(() => document.querySelector('link[rel=manifest]').href.endsWith('manifest.webmanifest')), true);
    await controlled(page);
    // The explorer is precached; not the link-preview image only crawlers fetch, nor the
    // widget, which is cached once the share dialog's preview has used it.
    const cached = () => page.evaluate(async () => (await (await caches.open((await caches.keys())[0])).keys()).map((r) => new URL(r.url).pathname.split('/').pop()));
    const first = await cached();
    assert.ok(first.some((f) => /^kz-iip-[0-9a-f]+_bg\.wasm$/.test(f)) && first.includes('manifest.webmanifest'), first.join(' '));
    assert.ok(!first.some((f) => f === 'og-image.png' || f.includes('widget')), first.join(' '));
    const preview = async () => {
      await page.locator('.kz-iip-share-button').click();
      const frame = await (await page.locator('iframe.kz-iip-preview').elementHandle()).contentFrame();
      await waitReady(frame);
      await page.keyboard.press('Escape');
    };
    await preview();
    await until(async () => (await cached()).filter((f) => f.includes('widget')).length === 4);
    await context.setOffline(true);
    await page.reload();
    await charted(page);
    await openTables(page);
    assert.equal(await page.locator('.kz-iip-ranking-table tbody tr').count(), 20);
    // The preview, used once online, works offline.
    await preview();
    // The data package is precached: About the data's link to it works offline, every table.
    const pkg = await page.evaluate(async () => {
      const desc = await (await fetch('data/datapackage.json')).json();
      const lines = [];
      for (const r of desc.resources) lines.push((await (await fetch(`data/${r.path}`)).text()).trim().split('\n').length);
      return { tables: desc.resources.map((r) => r.name), lines };
    });
    assert.equal(pkg.tables.length, 8, pkg.tables.join(' '));
    assert.ok(pkg.lines[0] > 600 && pkg.lines.every((n) => n > 1), JSON.stringify(pkg));
    // A permalink never seen before opens offline too.
    await page.goto(`${srv.url}?v=activities&r=100000000&a=C&p=2024-M02`);
    await charted(page);
    await openTables(page);
    assert.match(await page.locator('.kz-iip-activity-all caption').innerText(), /Manufacturing/);
    // The page under its file name too (cached once, kept under both names).
    await page.goto(`${srv.url}index.html?v=trend&r=000000000,620000000`);
    await charted(page);
    await page.goto(`${srv.url}?v=about`);
    assert.equal(await page.locator('a.kz-iip-data-package').getAttribute('href'), 'data/datapackage.json');
    // About the data's glossary (#26: fetched when the view opens) is precached too.
    await page.waitForSelector('#kz-iip-glossary dl dt');
    await context.close();
  } finally {
    await srv.close();
  }
});

test('a first visit downloads the explorer once: the service worker reuses what the page fetched', async () => {
  const log = [];
  const srv = await serve('dist', 0, { log });
  try {
    const { page, context } = await openApp(browser, srv.url);
    await controlled(page);
    // The install has finished: the cache holds the explorer.
    await until(async () => (await page.evaluate(async () => (await caches.keys()).length)) === 1);
    const full = (re) => log.filter((r) => re.test(r.path) && r.status === 200).map((r) => r.path);
    // Once each, though both the page and the worker's precache asked (hashed files are
    // immutable for a year; the page itself is revalidated: 304).
    assert.equal(full(/^\/kz-iip-[0-9a-f]+_bg\.wasm$/).length, 1, JSON.stringify(log));
    assert.equal(full(/^\/kz-iip-[0-9a-f]+\.js$/).length, 1, JSON.stringify(log));
    assert.deepEqual(full(/widget|og-image/), [], 'not the widget nor the link-preview image');
    await context.close();
  } finally {
    await srv.close();
  }
});

test('the bundle works from a sub-path of a plain static server', async () => {
  const srv = await serve('dist', 0, { prefix: '/reports/kz/iip/' });
  try {
    const { page, context, problems, requests } = await openApp(browser, `${srv.url}?v=ranking&y=2021`);
    await openTables(page);
    assert.match(srv.url, /\/reports\/kz\/iip\/$/);
    assert.match(await page.locator('.kz-iip-ranking-table caption').innerText(), /2021/);
    assert.ok(requests.every((u) => u.startsWith(srv.url)), requests.join('\n'));
    assert.deepEqual(problems, []);
    await context.close();
  } finally {
    await srv.close();
  }
});

test('the single-file edition opens from file:// with no server', async () => {
  const file = resolve('dist/kz-iip-single.html');
  // Its 1.2 MB boot script comes after the static first paint, which is then on screen while
  // the parser reads the script.
  const text = await readFile(file, 'utf8');
  assert.ok(text.indexOf('id="kz-iip-static"') > 0 && text.indexOf('id="kz-iip-static"') < text.indexOf('<script type="module">'));
  const context = await browser.newContext();
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(pathToFileURL(file).href + '?r=000000000,620000000');
  await charted(page);
  assert.ok(await page.locator('.kz-iip-trend canvas').evaluate((c) => c.width > 0));
  await openTables(page);
  assert.match(await page.locator('.kz-iip-trend-table thead').innerText(), /Ulytau/);
  // The glossary and the physical output (#26: not in the wasm) are in the file too.
  await showView(page, 'about');
  await page.waitForSelector('#kz-iip-glossary dl dt');
  await showView(page, 'output');
  assert.match(await page.locator('.kz-iip-physical-table').innerText(), /steel/);
  // No share dialog: a link to a file on a disk, or an embed of it, serves no reader.
  assert.equal(await page.locator('.kz-iip-share-button').isVisible(), false);
  assert.ok(requests.every((u) => u.startsWith('file:') || u.startsWith('data:')), requests.join('\n'));
  assert.deepEqual(problems, []);
  await context.close();
});

test('a new deploy replaces the cache: the service worker moves to it', async () => {
  const site = await mkdtemp(join(tmpdir(), 'kz-iip-site-'));
  await cp('dist', site, { recursive: true });
  const srv = await serve(site);
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(srv.url);
    await charted(page);
    await controlled(page);
    const v1 = await page.evaluate(() => caches.keys());
    assert.equal(v1.length, 1);
    // Deploy: a changed page, post-processed as the build does, gives a new version.
    const index = join(site, 'index.html');
    // (Not a comment: the build strips those.)
    await writeFile(index, (await readFile(index, 'utf8')).replace('</head>', '<meta name="kz-iip-deploy" content="2"></head>'));
    execFileSync('node', ['scripts/postbuild.mjs', site]);
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    // The new worker installs the whole new build, takes over and drops the old cache.
    await until(async () => {
      const keys = await page.evaluate(() => caches.keys());
      return keys.length === 1 && keys[0] !== v1[0];
    });
    await page.reload();
    await charted(page);
    const html = await page.evaluate(() => document.querySelector('meta[name="kz-iip-deploy"]')?.content === '2');
    assert.ok(html, 'the reloaded page is the new build');
    await context.close();
  } finally {
    await srv.close();
  }
});
