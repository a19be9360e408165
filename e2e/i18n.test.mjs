// End-to-end: the same permalink in Kazakh, Russian and English — same numbers, formatted per
// locale, and no English left in the Kazakh and Russian views.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, showView, withApp, addressBar } from './browser.mjs';

const app = withApp();

const VIEW = '?r=000000000,230000000&y=2023&m=vol&a=C&p=2024-M02';
const SPACES = /[\u00a0\u202f ]/;

/** Text a reader sees in the interface: quoted source material (lang="en") and citations
 *  (titles of sources, in whatever language they were published) are left out. */
const interfaceText = (page) =>
  page.evaluate(() => {
    const skip = (el) => el.closest('[lang="en"], cite, .kz-iip-languages, dialog');
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const out = [];
    while (walker.nextNode()) {
      const n = walker.currentNode;
      if (n.parentElement && !skip(n.parentElement) && n.parentElement.offsetParent !== null) out.push(n.textContent);
    }
    return out.join(' ');
  });

test('one permalink in three languages: same numbers, local formats, no English left', async () => {
  const seen = {};
  for (const lang of ['en', 'ru', 'kk']) {
    const { page, context, problems } = await openApp(app.browser, `${app.srv.url}${VIEW}&lang=${lang}`);
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
    const noEnglish = async (where) => {
      if (lang === 'en') return;
      const text = await interfaceText(page);
      const latin = [...new Set(text.match(/\b[A-Za-z]{3,}\b/g) ?? [])];
      const allowed = new Set(['README', 'CMS', 'HTML', 'Ctrl', 'USD', 'KZT', 'OKED', 'kz', 'iip', 'Tab', 'Home', 'End', 'Escape', 'PNG', 'SVG', 'CSV', 'JSON']);
      assert.deepEqual(latin.filter((w) => !allowed.has(w)), [], `${lang}, ${where}: English words in the interface`);
    };
    await showView(page, 'ranking');
    const first = await page.locator('.kz-iip-ranking-table tbody tr:first-child .kz-iip-value').innerText();
    await noEnglish('ranking');
    await showView(page, 'activities');
    const iip = await page.locator('.kz-iip-activity-table tr[data-code="C"] .kz-iip-value').first().innerText();
    const share = await page.locator('.kz-iip-activity-table tr[data-code="C"] td').nth(2).innerText();
    seen[lang] = { first, iip, share, caption: await page.locator('.kz-iip-activity-table caption').innerText() };
    await noEnglish('activities');
    for (const v of ['trend', 'composition', 'projects', 'output', 'about']) {
      await showView(page, v);
      await noEnglish(v);
    }
    await addressBar(page, new RegExp(`lang=${lang}`));
    assert.deepEqual(problems, []);
    await context.close();
  }
  // The same numbers…
  const digits = (s) => s.replace(/\D/g, '');
  assert.equal(digits(seen.ru.first), digits(seen.en.first));
  assert.equal(digits(seen.kk.first), '10815028');
  // …in each locale's format.
  assert.equal(seen.en.first, '10,815,028');
  for (const lang of ['ru', 'kk']) {
    assert.match(seen[lang].first, /^10[\u00a0\u202f ]815[\u00a0\u202f ]028$/);
    assert.ok(SPACES.test(seen[lang].first) && !seen[lang].first.includes(' '), `${lang}: no-break spaces`);
    assert.equal(seen[lang].iip, '107,4');
  }
  assert.equal(seen.en.iip, '107.4');
  assert.match(seen.en.share, /^43\.2%/);
  assert.match(seen.ru.share, /^43,2[\u00a0\u202f]%/);
  assert.match(seen.en.caption, /Jan–Feb 2024/);
  assert.match(seen.ru.caption, /январь–февраль 2024/);
  assert.match(seen.kk.caption, /қаңтар–ақпан 2024/);
});

test('the language switcher keeps the view; widgets and snippets carry the language', async () => {
  const { page, context } = await openApp(app.browser, `${app.srv.url}${VIEW}&lang=en`);
  await page.locator('.kz-iip-languages a[hreflang=kk]').click();
  await page.waitForFunction(() => document.documentElement.lang === 'kk');
  await addressBar(page, /y=2023.*a=C.*lang=kk/);
  await page.getByRole('button', { name: 'Бөлісу / Ендіру' }).click();
  const snippet = await page.locator('dialog textarea[name=snippet]').inputValue();
  assert.match(snippet, /lang="kk"/);
  assert.match(snippet, /\(kk-KZ\)"/);
  assert.match(snippet, /widget\.html\?[^"]*lang=kk/);
  const widget = await context.newPage();
  await widget.goto(`${app.srv.url}widget.html?chart=ranking&y=2023&lang=ru&id=t`);
  await widget.waitForFunction(() => document.querySelector('.kz-iip-widget-title')?.textContent.length > 0);
  assert.equal(await widget.evaluate(() => document.documentElement.lang), 'ru');
  assert.match(await widget.locator('.kz-iip-widget-title').innerText(), /Индекс промышленного производства по регионам/);
  assert.match(await widget.locator('.kz-iip-widget-links a').first().getAttribute('href'), /lang=ru/);
  await context.close();
});

test('the header never covers its title: every language, 320–1400 px', async () => {
  // Regression: the share button sat in the title's corner and hid the end of a wrapped
  // Russian or Kazakh title at 610–980 px.
  for (const lang of ['en', 'ru', 'kk']) {
    const { page, context } = await openApp(app.browser, `${app.srv.url}?lang=${lang}`);
    await page.locator('.kz-iip-header button').first().waitFor();
    const covered = [];
    for (let w = 320; w <= 1400; w += 20) {
      await page.setViewportSize({ width: w, height: 800 });
      const hit = await page.evaluate(() => {
        const range = document.createRange();
        range.selectNodeContents(document.querySelector('.kz-iip-header h1'));
        const title = [...range.getClientRects()];
        const controls = [...document.querySelectorAll('.kz-iip-header :is(a, button, select, input)')].map((c) => c.getBoundingClientRect());
        return controls.some((c) => title.some((t) => t.left < c.right && c.left < t.right && t.top < c.bottom && c.top < t.bottom));
      });
      if (hit) covered.push(w);
    }
    assert.deepEqual(covered, [], `${lang}: the title is covered at these widths`);
    await context.close();
  }
});

test('table sizes follow each language’s plural rules', async () => {
  const cases = [
    ['ru', '?r=000000000&from=2023&to=2023', '1 строка'],
    ['ru', '?r=000000000&from=2021&to=2023', '3 строки'],
    ['ru', '?v=ranking&y=2023', '20 строк'],
    ['en', '?r=000000000&from=2023&to=2023', '1 row'],
    ['en', '?r=000000000&from=2021&to=2023', '3 rows'],
    ['kk', '?r=000000000&from=2021&to=2023', '3 жол'],
  ];
  for (const [lang, query, want] of cases) {
    const { page, context } = await openApp(app.browser, `${app.srv.url}${query}&lang=${lang}`);
    const summary = page.locator('#kz-iip-view .kz-iip-table-wrap > summary').first();
    await summary.waitFor();
    assert.match((await summary.innerText()).replace(/[\u00a0\u202f]/g, ' '), new RegExp(`· ${want}$`), `${lang} ${query}`);
    await context.close();
  }
});

// #26: the explorer's wasm carries no language, the widget's English: a page fetches its own
// language's catalog file beside the wasm (a widget's page in English none), and no other.
// Without it the page is English, and says so; with no language at all, it says it could not
// load.
test('each page fetches only its own language\'s catalog; without it, English and a notice', async () => {
  const catalogs = (requests) => requests.filter((u) => /\/i18n-[a-z]{2}-[0-9a-f]{16}\.txt$/.test(u)).map((u) => u.match(/i18n-([a-z]{2})-/)[1]);
  for (const [path, fetched, word] of [['', ['en'], 'Regions'], ['?lang=ru', ['ru'], 'Регионы'], ['?lang=kk', ['kk'], 'Өңірлер'], ['widget.html?chart=ranking&lang=kk', ['kk'], 'Өңірлер бойынша'], ['widget.html?chart=ranking', [], 'by region']]) {
    const { page, context, problems, requests } = await openApp(app.browser, `${app.srv.url}${path}`);
    await page.waitForLoadState('networkidle');
    assert.deepEqual(catalogs(requests), fetched, `${path}: ${requests.join(' ')}`);
    assert.match(await page.locator('main, body').first().innerText(), new RegExp(word), path);
    assert.deepEqual(problems, [], path);
    await context.close();
  }
  // The page's catalog cannot be fetched (a broken deploy): English, with the notice, no error.
  for (const blocked of ['**/i18n-ru-*.txt', '**/i18n-*.txt']) {
    const context = await app.browser.newContext();
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.route(blocked, (r) => r.abort());
    await page.goto(`${app.srv.url}?lang=ru`);
    if (blocked.includes('-ru-')) {
      await page.locator('.kz-iip-notices, [role="status"]', { hasText: 'is not available; English is shown' }).first().waitFor({ timeout: 30_000 });
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    } else {
      // No language to write in: the static first paint's line says the explorer could not load.
      await page.locator('#kz-iip-static .kz-iip-when-failed').waitFor({ timeout: 30_000 });
      assert.match(await page.locator('#kz-iip-static .kz-iip-hint').innerText(), /Не удалось загрузить интерактивный обозреватель/);
    }
    assert.deepEqual(errors, [], blocked);
    await context.close();
  }
});
