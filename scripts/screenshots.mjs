// Screenshots of the release build for review (not a test): every language at 320, 480 and
// 1280 px, light and dark, for the given views (`trend`, `map`, …, `widget:ranking`), and what
// shows while the wasm is still on its way: `static` (the explorer's static first paint),
// `static:map` (a link to another view: heading and loading line), `static-widget:trend`.
// Usage: node scripts/screenshots.mjs [dist] [outdir] [views…]
// PSEUDO=1 (scripts/pseudo.sh): a pseudo-locale build, English only, at 320 px, full pages, and
// each page checked for sideways overflow and clipped text; exits 1 if any is found.
import { mkdir } from 'node:fs/promises';
import { serve } from './serve.mjs';
import { FIRST_CHART, SETTLED, launch } from '../e2e/browser.mjs';

const [dir = 'dist', out = 'target/screenshots', ...views] = process.argv.slice(2);
const list = views.length ? views : ['trend'];
await mkdir(out, { recursive: true });
const srv = await serve(dir);
const browser = await launch();
const pseudo = process.env.PSEUDO === '1';
const problems = [];
/** Sideways overflow of the page, and elements whose text is cut (wider than their box with
 *  overflow hidden, or an ellipsis). */
const overflow = (page) =>
  page.evaluate(() => {
    const out = [];
    const root = document.documentElement;
    if (root.scrollWidth > innerWidth + 1) out.push(`page is ${root.scrollWidth}px wide in a ${innerWidth}px window`);
    for (const el of document.querySelectorAll('body *')) {
      const cs = getComputedStyle(el);
      if (el.offsetParent === null || el.closest('.kz-iip-sr-only, .kz-iip-table-wrap, table, canvas, svg')) continue;
      // Inside a container that scrolls sideways by design (the tab bar on phones).
      let scroller = false;
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        if (['auto', 'scroll'].includes(getComputedStyle(a).overflowX)) scroller = true;
      }
      if (scroller) continue;
      const clipped = (cs.overflowX === 'hidden' || cs.textOverflow === 'ellipsis') && el.scrollWidth > el.clientWidth + 1;
      const r = el.getBoundingClientRect();
      if (clipped || r.right > innerWidth + 1) out.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')}: «${(el.textContent ?? '').trim().slice(0, 40)}» ${clipped ? 'clipped' : `ends at ${Math.round(r.right)}px`}`);
    }
    return [...new Set(out)].slice(0, 20);
  });
try {
  for (const lang of pseudo ? ['en'] : ['en', 'ru', 'kk']) {
    for (const width of pseudo ? [320] : [320, 480, 1280]) {
      for (const scheme of pseudo ? ['light'] : ['light', 'dark']) {
        for (const v of list) {
          const context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1, colorScheme: scheme });
          const page = await context.newPage();
          const held = v.startsWith('static');
          const [kind, arg] = v.replace(/^static-?/, '').split(':');
          const url = kind === 'widget'
            ? `${srv.url}widget.html?chart=${arg ?? 'trend'}&lang=${lang}`
            : v === 'static'
              ? `${srv.url}?lang=${lang}`
              : `${srv.url}?v=${arg ?? kind}&lang=${lang}`;
          // Held back: the request is never answered (an aborted one shows the failure line).
          if (held) await page.route('**/*.wasm', () => {});
          await page.goto(url);
          if (!held) {
            // The first chart, or the app's tabs for a view without a chart (projects, output, about).
            // The widget's first chart; the explorer's whole view (built in stages after its chart).
            await page.waitForFunction(([m, s]) => (location.pathname.endsWith('widget.html') ? performance.getEntriesByName(m) : performance.getEntriesByName(s)).length > 0, [FIRST_CHART, SETTLED], { timeout: 30_000 }).catch(() => {});
          }
          await page.waitForTimeout(150);
          const file = `${out}/${v.replace(':', '-')}-${lang}-${width}-${scheme}.png`;
          await page.screenshot({ path: file, fullPage: pseudo });
          console.log(file);
          if (pseudo) {
            for (const p of await overflow(page)) problems.push(`${v}: ${p}`);
          }
          await context.close();
        }
      }
    }
  }
} finally {
  await browser.close();
  await srv.close();
}
if (pseudo) {
  for (const p of problems) console.log(`overflow: ${p}`);
  console.log(problems.length ? `${problems.length} overflow problems` : 'no overflow at 320 px');
  process.exitCode = problems.length ? 1 : 0;
}
