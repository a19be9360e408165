// End-to-end: the widget without Leptos (#26) is the same instrument as the explorer's chart —
// pointer and keyboard read-outs, the download menu, the table fold with its sources, print,
// the notice, the system theme.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, withApp } from './browser.mjs';

const app = withApp();

test('pointer and keyboard read-outs: tooltip, live region, Escape', async () => {
  const { page, context, problems } = await openApp(app.browser, `${app.srv.url}widget.html?chart=trend&from=2009&to=2023`);
  const canvas = page.locator('canvas.kz-iip-canvas');
  const box = await canvas.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.waitForSelector('.kz-iip-tooltip .kz-iip-tip-heading');
  assert.match(await page.locator('.kz-iip-tooltip').innerText(), /20\d\d/);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height + 200);
  await page.waitForFunction(() => !document.querySelector('.kz-iip-tooltip'));
  await canvas.focus();
  const live = page.locator('.kz-iip-chart [aria-live="polite"]');
  await page.waitForFunction(() => document.querySelector('.kz-iip-chart [aria-live]').textContent.length > 0);
  const first = await live.textContent();
  // Focus starts on the newest year; the left arrow steps back one.
  assert.match(first, /2023/);
  await page.keyboard.press('ArrowLeft');
  await page.waitForFunction((f) => document.querySelector('.kz-iip-chart [aria-live]').textContent !== f, first);
  assert.match(await live.textContent(), /2022/);
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => document.querySelector('.kz-iip-chart [aria-live]').textContent === '' && !document.querySelector('.kz-iip-tooltip'));
  assert.deepEqual(problems, []);
  await context.close();
});

test('the download menu saves PNG, SVG and CSV of the widget chart', async () => {
  const { page, context } = await openApp(app.browser, `${app.srv.url}widget.html?chart=ranking&y=2023`, { acceptDownloads: true });
  await page.locator('.kz-iip-downloads > summary').click();
  assert.match(await page.locator('.kz-iip-downloads .kz-iip-cite').innerText(), /kz-iip/);
  for (const [format, body] of [['png', /^\x89PNG/], ['svg', /^<svg/], ['csv', /^region_code,/]]) {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.locator(`.kz-iip-downloads button[data-format=${format}]`).click(),
    ]);
    assert.match(file.suggestedFilename(), new RegExp(`^kz-iip.*\\.${format}$`));
    const bytes = await (await import('node:fs/promises')).readFile(await file.path());
    assert.match(bytes.toString('latin1'), body, format);
  }
  await context.close();
});

test('the table fold holds the table and its sources; "What is the IIP?" opens the explorer, once', async () => {
  const { page, context } = await openApp(app.browser, `${app.srv.url}widget.html?chart=trend&lang=kk`);
  assert.equal(await page.locator('.kz-iip-table-wrap table').count(), 0, 'built when opened');
  await page.locator('.kz-iip-table-wrap > summary').click();
  await page.waitForSelector('.kz-iip-table-wrap table.kz-iip-trend-table tbody tr');
  // It was a link to a view the widget does not have, and did nothing; then it was there twice
  // (under the sources and in the links line): now once, in the links line.
  const what = page.getByRole('link', { name: 'ӨӨИ деген не?' });
  assert.equal(await what.count(), 1, 'said once');
  assert.equal(await page.locator('.kz-iip-table-wrap a[href*="v=about"]').count(), 0);
  assert.match(await what.getAttribute('href'), /^index\.html\?v=about&lang=kk#kz-iip-glossary$/);
  assert.equal(await what.getAttribute('target'), '_blank');
  assert.ok((await page.locator('.kz-iip-table-wrap .kz-iip-source li').count()) > 0);
  await context.close();
});

test('printing builds the folded table; the notice dismisses; the system theme is followed', async () => {
  const { page, context } = await openApp(app.browser, `${app.srv.url}widget.html?chart=map&theme=auto&y=1900`);
  await page.emulateMedia({ media: 'print' });
  await page.waitForSelector('.kz-iip-table-wrap table.kz-iip-map-table');
  await page.emulateMedia({ media: 'screen' });
  const notice = page.locator('.kz-iip-notice');
  assert.ok(await notice.isVisible(), 'y=1900 is refused with a notice');
  await notice.locator('button').click();
  await page.waitForFunction(() => document.querySelector('.kz-iip-notice').hidden);
  const frame = () => page.locator('canvas').getAttribute('data-frame');
  const light = await page.evaluate(() => document.body.classList.contains('kz-iip-theme-dark'));
  assert.equal(light, false);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.waitForFunction(() => document.body.classList.contains('kz-iip-theme-dark'));
  // The chart is drawn again in the dark theme: its top-left pixel is dark.
  const dark = await page.evaluate(() => {
    const c = document.querySelector('canvas');
    const [r, g, b] = c.getContext('2d').getImageData(1, 1, 1, 1).data;
    return r + g + b;
  });
  assert.ok(dark < 200, `dark canvas (${dark})`);
  assert.ok(await frame());
  await context.close();
});
