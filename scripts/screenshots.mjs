// Screenshots of the release build for review (not a test): every language at 320, 480 and
// 1280 px, light and dark, for the given views (`trend`, `map`, …, `widget:ranking`), and what
// shows while the wasm is still on its way: `static` (the explorer's static first paint),
// `static:map` (a link to another view: heading and loading line), `static-widget:trend`.
// Usage: node scripts/screenshots.mjs [dist] [outdir] [views…]
import { mkdir } from 'node:fs/promises';
import { serve } from './serve.mjs';
import { FIRST_CHART, launch } from '../e2e/browser.mjs';

const [dir = 'dist', out = 'target/screenshots', ...views] = process.argv.slice(2);
const list = views.length ? views : ['trend'];
await mkdir(out, { recursive: true });
const srv = await serve(dir);
const browser = await launch();
try {
  for (const lang of ['en', 'ru', 'kk']) {
    for (const width of [320, 480, 1280]) {
      for (const scheme of ['light', 'dark']) {
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
            await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0 || (!location.pathname.endsWith('widget.html') && document.querySelector('#kz-iip-view .kz-iip-panel')), FIRST_CHART, { timeout: 30_000 }).catch(() => {});
          }
          await page.waitForTimeout(150);
          const file = `${out}/${v.replace(':', '-')}-${lang}-${width}-${scheme}.png`;
          await page.screenshot({ path: file, fullPage: false });
          console.log(file);
          await context.close();
        }
      }
    }
  }
} finally {
  await browser.close();
  await srv.close();
}
