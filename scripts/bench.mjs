// Benchmark (not a test): bundle sizes; time to first chart and first contentful paint for the
// explorer, the widget and a plain Chart.js reference page drawing the same data, in one run
// (median of cold loads, headless Chromium, 127.0.0.1); the explorer's start-up breakdown;
// filter click → next painted frame. Usage: node scripts/bench.mjs [dist] [runs=15]
// BEFORE=<another dist> measures an earlier build in the same run, for before/after.
import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { serve } from './serve.mjs';
import { FIRST_CHART, SETTLED, launch } from '../e2e/browser.mjs';

const [dir = 'dist', runsArg = '15'] = process.argv.slice(2);
const runs = Math.max(15, Number(runsArg) || 15);
const require = createRequire(import.meta.url);
/** The mark the benchmark's init script sets once the frame showing the first chart is painted. */
const PAINTED = 'bench:chart-painted';

async function files(d) {
  const out = [];
  for (const e of await readdir(d, { withFileTypes: true })) {
    const p = join(d, e.name);
    if (e.isDirectory()) out.push(...(await files(p)));
    else out.push(p);
  }
  return out.sort();
}

const kib = (n) => (n / 1024).toFixed(1).padStart(9);
const brotli = (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

async function sizes(d, print) {
  const of = {};
  if (print) {
    console.log(`Release bundle: ${d}/  (KiB; gzip -9, brotli q11)`);
    console.log(`${'file'.padEnd(44)}${'raw'.padStart(9)}${'gzip'.padStart(9)}${'brotli'.padStart(9)}`);
  }
  const total = [0, 0, 0];
  for (const f of await files(d)) {
    const body = await readFile(f);
    const s = [body.length, gzipSync(body, { level: 9 }).length, brotli(body)];
    s.forEach((x, i) => (total[i] += x));
    of[relative(d, f)] = s;
    if (print) console.log(`${relative(d, f).padEnd(44)}${s.map(kib).join('')}`);
  }
  if (print) console.log(`${'total'.padEnd(44)}${total.map(kib).join('')}`);
  return of;
}

/** The brotli sizes of a wasm's code and data sections (ids 10 and 11). */
function wasmSections(bytes) {
  const out = {};
  const leb = (i) => {
    let v = 0;
    for (let shift = 0; ; shift += 7) {
      const b = bytes[i++];
      v += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return [v, i];
    }
  };
  for (let i = 8; i < bytes.length; ) {
    const id = bytes[i];
    const [size, start] = leb(i + 1);
    if (id === 10 || id === 11) out[id === 10 ? 'code' : 'data'] = brotli(bytes.subarray(start, start + size));
    i = start + size;
  }
  return out;
}

/** The floor (examples/floor.rs, built by bench.sh into $FLOOR) beside the app's wasms. */
async function floor(dir, sizesNow) {
  const wasm = await readFile(join(process.env.FLOOR, 'floor_bg.wasm'));
  const glue = await readFile(join(process.env.FLOOR, 'floor.js'));
  const s = wasmSections(wasm);
  console.log('\nThe floor: one interactive chart from the bundled data, without Leptos or any other UI (examples/floor.rs; brotli KiB):');
  console.log(`  floor wasm ${kib(brotli(wasm))} (code ${(s.code / 1024).toFixed(1)}, data ${(s.data / 1024).toFixed(1)}), its glue unminified ${(brotli(glue) / 1024).toFixed(1)}`);
  for (const name of Object.keys(sizesNow).filter((f) => f.endsWith('_bg.wasm'))) {
    const a = wasmSections(await readFile(join(dir, name)));
    console.log(`  ${name.padEnd(40)} ${kib(sizesNow[name][2])} (code ${(a.code / 1024).toFixed(1)}, data ${(a.data / 1024).toFixed(1)})`);
  }
}

/** The reference: Chart.js drawing the same regional trend and 2023 bars, data inlined. */
async function referencePage() {
  const d = await mkdtemp(join(tmpdir(), 'kz-iip-ref-'));
  // The package's minified UMD build, as a plain page would load it (next to its main file).
  await cp(join(dirname(require.resolve('chart.js')), 'chart.umd.min.js'), join(d, 'chart.umd.js'));
  const iip = JSON.parse(await readFile('data/regional_iip.json', 'utf8')).values;
  const national = JSON.parse(await readFile('data/national.json', 'utf8'));
  const years = Array.from({ length: 15 }, (_, i) => String(2009 + i));
  const rep = Object.fromEntries(
    (national.observations ?? [])
      .filter((o) => o.indicator === 'iip' && o.status === 'official' && /^\d{4}$/.test(o.period))
      .map((o) => [o.period, o.value]),
  );
  const line = (code) => years.map((y) => iip[y]?.[code] ?? null);
  const data = {
    years,
    series: [
      ['Republic of Kazakhstan', years.map((y) => rep[y] ?? null), '#000000'],
      ['Atyrau', line('230000000'), '#0072b2'],
      ['Karagandy', line('350000000'), '#e69f00'],
      ['Almaty city', line('750000000'), '#009e73'],
    ],
    bars: Object.entries(iip['2023']).sort((a, b) => b[1] - a[1]),
  };
  await writeFile(join(d, 'ref.js'), `
const D = ${JSON.stringify(data)};
const trend = new Chart(document.getElementById('trend'), { type: 'line', options: { animation: false, responsive: true, maintainAspectRatio: false, spanGaps: false },
  data: { labels: D.years, datasets: D.series.map(([label, data, c]) => ({ label, data, borderColor: c, backgroundColor: c })) } });
performance.mark('${FIRST_CHART}');
// The filter of the click → frame measurement: a series on or off, redrawn at once.
for (const box of document.querySelectorAll('.ref-toggle')) {
  box.addEventListener('change', () => { trend.setDatasetVisibility(Number(box.dataset.i), box.checked); trend.update('none'); });
}
new Chart(document.getElementById('ranking'), { type: 'bar', options: { indexAxis: 'y', animation: false, responsive: true, maintainAspectRatio: false },
  data: { labels: D.bars.map((b) => b[0]), datasets: [{ label: 'IIP 2023', data: D.bars.map((b) => b[1]), backgroundColor: '#0072b2' }] } });
`);
  await writeFile(join(d, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Reference: Chart.js</title></head><body><h1>Industrial production index</h1>
<div style="height:340px"><canvas id="trend"></canvas></div>
<p>${[1, 2, 3].map((i) => `<label><input type="checkbox" class="ref-toggle" data-i="${i}" checked> ${data.series[i][0]}</label>`).join(' ')}</p><div style="height:560px"><canvas id="ranking"></canvas></div>
<script src="chart.umd.js"></script><script src="ref.js"></script></body></html>`);
  return d;
}

const median = (v) => {
  const s = [...v].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
/** `list` starting at its `i`-th item (modulo its length), wrapping around. */
const rotated = (list, i) => list.map((_, k) => list[(k + i) % list.length]);
const pct = (v, p) => [...v].sort((a, b) => a - b)[Math.min(v.length - 1, Math.floor((v.length - 1) * p))];

/** One cold load of `url` into `out`: time to the first-chart mark, FCP, the marks, transfer. */
async function coldLoad(browser, url, sizesOf, out) {
  if (out.staticChart === undefined) {
    // A page whose HTML carries the chart as SVG (the explorer's static first paint) shows it
    // at its first contentful paint; any other page when its canvas chart is drawn. The drawing
    // itself, not the shared stylesheet's rules for it (the widget page's first paint is a
    // loading line, no chart).
    out.staticChart = /<svg [^>]*class="kz-iip-static-chart/.test(await (await fetch(url)).text());
  }
  const context = await browser.newContext();
  // When the frame that shows the first chart has been painted (the same rule for every
  // page): a chart drawn during a frame's rendering step (a ResizeObserver callback) is painted
  // at the end of that step; one drawn in an ordinary task, in the next frame.
  await context.addInitScript(([first, painted]) => {
    let rendering = false;
    const frame = () => {
      rendering = true;
      setTimeout(() => { rendering = false; }, 0);
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    const mark = performance.mark.bind(performance);
    const done = () => setTimeout(() => {
      mark(painted);
      console.debug(painted);
    }, 0);
    performance.mark = (name, options) => {
      const m = mark(name, options);
      if (name === first) {
        if (rendering) done();
        else requestAnimationFrame(done);
      }
      return m;
    };
  }, [FIRST_CHART, PAINTED]);
  const page = await context.newPage();
  const seen = new Set();
  page.on('request', (r) => seen.add(decodeURIComponent(new URL(r.url()).pathname.split('/').pop() || 'index.html')));
  // Told by a console message, not by polling: Playwright's polling script (~20–40 ms to
  // evaluate) would otherwise land in the middle of some pages' start-up.
  const painted = page.waitForEvent('console', { predicate: (m) => m.text() === PAINTED, timeout: 30_000 });
  await page.goto(url);
  await painted;
  await page.waitForTimeout(50);
  const r = await page.evaluate(() => ({
    marks: Object.fromEntries([
      ...performance.getEntriesByType('mark').map((m) => [m.name, m.startTime]),
      // When the wasm had arrived (fetch start and end), to tell download from compile.
      ...performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.wasm')).flatMap((e) => [['wasm-requested', e.startTime], ['wasm-fetched', e.responseEnd]]),
    ]),
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
  }));
  const chart = r.marks[PAINTED];
  out.drawn.push(r.marks[FIRST_CHART]);
  out.chart.push(chart);
  out.fcp.push(r.fcp);
  out.seen.push(out.staticChart ? Math.min(r.fcp, chart) : chart);
  for (const [k, v] of Object.entries(r.marks)) (out.marks[k] ??= []).push(v);
  out.bytes ||= [...seen].reduce((sum, f) => sum + (sizesOf[f]?.[2] ?? 0), 0);
  await context.close();
}

/** Traced cold loads of the explorer as Lighthouse's mobile run opens it (412 × 823, ×1.75):
 * the main-thread tasks from the wasm's start until the view has settled. Per task holding one
 * of the app's marks, its median duration; and, per load, the sum of 4 × d − 50 ms over the
 * tasks longer than 12.5 ms (Lighthouse's simulated total blocking time counts each task four
 * times slower, beyond 50 ms: roughly that), its median. `urls`: name → URL, loaded in turn. */
async function startupTasks(browser, urls, n) {
  const res = Object.fromEntries(Object.keys(urls).map((name) => [name, { per: new Map(), blocking: [] }]));
  for (let i = 0; i < n; i++) {
    for (const [name, url] of rotated(Object.entries(urls), i)) {
      const events = await tracedLoad(browser, url);
      const marks = events.filter((e) => e.cat.includes('user_timing') && e.name.startsWith('kz-iip:'));
      const start = marks.find((e) => e.name === 'kz-iip:wasm-started');
      if (!start) continue;
      const tasks = events.filter((e) => e.pid === start.pid && e.tid === start.tid && e.name === 'RunTask' && e.ts + e.dur >= start.ts);
      const { per, blocking } = res[name];
      let sum = 0;
      for (const t of tasks) {
        const d = t.dur / 1000;
        if (d > 12.5) sum += 4 * d - 50;
        const inside = marks.filter((m) => m.ts >= t.ts && m.ts <= t.ts + t.dur).map((m) => m.name.slice(7));
        if (!inside.length) continue;
        const key = inside.join(' + ');
        if (!per.has(key)) per.set(key, []);
        per.get(key).push(d);
      }
      blocking.push(sum);
    }
  }
  return res;
}

/** The trace events of one cold load of the explorer at a phone's size, until it settled. */
async function tracedLoad(browser, url) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1.75 });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
  const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', { categories: 'toplevel,disabled-by-default-devtools.timeline,blink.user_timing', transferMode: 'ReportEvents' });
  const settled = page.waitForEvent('console', { predicate: (m) => m.text() === SETTLED, timeout: 30_000 });
  await page.addInitScript((name) => new PerformanceObserver((l) => l.getEntries().some((e) => e.name === name) && console.debug(name)).observe({ type: 'mark' }), SETTLED);
  await page.goto(url);
  await settled;
  await page.waitForTimeout(100);
  await cdp.send('Tracing.end');
  await complete;
  await context.close();
  return events;
}

/** Filter changes per page: with 40 the p95 (the 38th value) moved by ±1 ms between runs of
 * the same build, more than the 0.1–1 ms the work itself can still move it. */
const CHANGES = 150;

/** Region checkbox clicks → the next painted frame, measured inside the page. */
async function filterLatency(browser, url, changes = CHANGES, selector = '.kz-iip-region-picker input[type=checkbox]') {
  // Waits for the filter panel (built after the first paint).
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, FIRST_CHART);
  await page.waitForSelector(selector);
  const times = await page.evaluate(async ([n, sel]) => {
    const boxes = [...document.querySelectorAll(sel)].filter((b) => !b.checked || b.classList.contains('ref-toggle')).slice(0, 3);
    // After every microtask of the click (Leptos runs effects in microtasks), before paint.
    const settled = () => new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = () => r(); c.port2.postMessage(0); });
    const out = { work: [], frame: [] };
    for (let i = 0; i < n; i++) {
      const b = boxes[i % boxes.length];
      // Clicks land anywhere in a frame, as a reader's do.
      await new Promise((r) => setTimeout(r, 20 + Math.random() * 17));
      const t0 = performance.now();
      b.click();
      await settled();
      out.work.push(performance.now() - t0);
      // The first frame after the work: the one that shows the change.
      out.frame.push(await new Promise((r) => requestAnimationFrame(() => r(performance.now() - t0))));
    }
    return out;
  }, [changes, selector]);
  await context.close();
  return times;
}

/** Bytes a first visit downloads until the service worker has installed (its precache
 *  included), counted at the server: what a visitor on a metered link pays. */
async function firstVisit(browser, d) {
  const log = [];
  const s = await serve(d, 0, { log });
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(s.url);
  await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, FIRST_CHART);
  const chart = log.reduce((a, r) => a + r.bytes, 0);
  await page.evaluate(() => navigator.serviceWorker?.ready);
  await page.waitForFunction(async () => (await caches.keys()).length > 0 && (await (await caches.open((await caches.keys())[0])).keys()).length > 3);
  await page.waitForTimeout(1000);
  const all = log.reduce((a, r) => a + r.bytes, 0);
  await context.close();
  await s.close();
  return { chart, all };
}

/** The single-file edition opened from disk: first contentful paint and the interactive chart
 *  (median of `n` cold opens). */
async function singleFile(browser, d, n) {
  const fcp = [];
  const chart = [];
  for (let i = 0; i < n; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(pathToFileURL(resolve(d, 'kz-iip-single.html')).href);
    await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, FIRST_CHART);
    const [f, c] = await page.evaluate((m) => [performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN, performance.getEntriesByName(m)[0].startTime], FIRST_CHART);
    fcp.push(f);
    chart.push(c);
    await context.close();
  }
  return { fcp: median(fcp), chart: median(chart) };
}

const ms = (v) => `${v.toFixed(0).padStart(5)} ms`;
const srv = await serve(dir);
const refDir = await referencePage();
const ref = await serve(refDir);
const before = process.env.BEFORE ? await serve(process.env.BEFORE) : null;
const browser = await launch();
try {
  const sizesNow = await sizes(dir, true);
  if (process.env.FLOOR) await floor(dir, sizesNow);
  const sizesRef = await sizes(refDir, false);
  const sizesBefore = process.env.BEFORE ? await sizes(process.env.BEFORE, false) : null;
  const pages = [
    ['explorer', srv.url, sizesNow],
    ['widget (trend)', `${srv.url}widget.html?chart=trend&id=bench`, sizesNow],
    ['Chart.js reference', ref.url, sizesRef],
  ];
  if (before) {
    pages.push(['explorer BEFORE', before.url, sizesBefore]);
    pages.push(['widget BEFORE', `${before.url}widget.html?chart=trend&id=bench`, sizesBefore]);
  }
  console.log(`\nCold loads (median of ${runs}; headless Chromium, 127.0.0.1): first contentful paint; chart on screen (the static SVG of the first paint where the HTML has one, else the canvas chart); interactive chart drawn (the app's mark; for the reference, after Chart.js drew it) and painted (the frame after it, the same for every page; ratios use this); transfer (brotli)`);
  const res = Object.fromEntries(pages.map(([name]) => [name, { chart: [], drawn: [], fcp: [], seen: [], marks: {}, bytes: 0 }]));
  // Interleaved (explorer, widget, reference, explorer, …) so that drift of a noisy machine
  // falls on every page alike, each round starting one page later, so that no page always
  // follows the same one (two runs of identical builds still differ by 10–20 ms in their
  // medians: compare builds over several runs).
  for (let i = 0; i < runs; i++) {
    for (const [name, url, s] of rotated(pages, i)) await coldLoad(browser, url, s, res[name]);
  }
  for (const [name] of pages) {
    const r = res[name];
    console.log(`  ${name.padEnd(20)} FCP ${ms(median(r.fcp))}   chart on screen ${ms(median(r.seen))}   interactive chart drawn ${ms(median(r.drawn))}, painted ${ms(median(r.chart))} (min ${r.chart.reduce((a, b) => Math.min(a, b)).toFixed(0)}, max ${r.chart.reduce((a, b) => Math.max(a, b)).toFixed(0)})   transfer ${(r.bytes / 1024).toFixed(1)} KiB`);
  }
  const refR = res['Chart.js reference'];
  for (const name of Object.keys(res).filter((n) => n !== 'Chart.js reference')) {
    const r = res[name];
    console.log(`  ratio ${name} / reference: chart on screen ${(median(r.seen) / median(refR.chart)).toFixed(2)}, interactive chart ${(median(r.chart) / median(refR.chart)).toFixed(2)}, FCP ${(median(r.fcp) / median(refR.fcp)).toFixed(2)}, transfer ${(r.bytes / refR.bytes).toFixed(2)}`);
  }
  console.log('\nStart-up breakdown (median ms since navigation; + the step\'s own time):');
  for (const name of ['explorer', 'widget (trend)']) {
    const m = res[name].marks;
    const at = (k) => (m[k] ? median(m[k]) : NaN);
    // In the order they happened (the explorer draws its first chart before it builds its view).
    const steps = [['wasm requested', 'wasm-requested'], ['wasm fetched', 'wasm-fetched'], ['wasm started', 'kz-iip:wasm-started'], ['data loaded', 'kz-iip:data-loaded'], ['view built', 'kz-iip:view-built'], ['first chart', 'kz-iip:first-chart'], ['painted', PAINTED]]
      .sort((a, b) => at(a[1]) - at(b[1]));
    console.log(`  ${name.padEnd(15)} ${steps.map(([label, k], i) => `${label} ${at(k).toFixed(0)}${i ? ` (+${(at(k) - at(steps[i - 1][1])).toFixed(1)})` : ''}`).join(', ')}`);
  }
  // The explorer's builds of this run (this one, and BEFORE if given).
  const builds = [['explorer', dir], ...(process.env.BEFORE ? [['explorer BEFORE', process.env.BEFORE]] : [])];
  console.log(`\nThe explorer's start-up tasks (median of ${runs} traced cold loads at 412 px, ×1.75): the task holding each mark (ms), and Σ(4 × task − 50 ms) over tasks > 12.5 ms (Lighthouse's simulated blocking, roughly):`);
  const traced = await startupTasks(browser, { explorer: srv.url, ...(before ? { 'explorer BEFORE': before.url } : {}) }, runs);
  for (const [name, t] of Object.entries(traced)) {
    console.log(`  ${name.padEnd(16)} ${[...t.per].map(([k, v]) => `${k} ${median(v).toFixed(1)}`).join(', ')};  Σ ${median(t.blocking).toFixed(0)} ms`);
  }
  console.log('\nSingle-file edition from disk (file://; median of 15 opens):');
  for (const [name, d] of builds) {
    const v = await singleFile(browser, d, 15);
    console.log(`  ${name.padEnd(16)} FCP ${ms(v.fcp)}   interactive chart drawn ${ms(v.chart)}`);
  }
  console.log('\nFirst visit, counted at the server (brotli; until the service worker has installed, its precache included):');
  for (const [name, d] of builds) {
    const v = await firstVisit(browser, d);
    console.log(`  ${name.padEnd(16)} first chart ${(v.chart / 1024).toFixed(1)} KiB, in all ${(v.all / 1024).toFixed(1)} KiB`);
  }
  const say = (name, l) =>
    console.log(`  ${name.padEnd(9)} click → next frame p50 ${pct(l.frame, 0.5).toFixed(1)} ms, p95 ${pct(l.frame, 0.95).toFixed(1)} ms (work before the frame: p50 ${pct(l.work, 0.5).toFixed(1)} ms, p95 ${pct(l.work, 0.95).toFixed(1)} ms)`);
  console.log(`\nFilter click → the frame that shows the change (region checkbox; for Chart.js a series checkbox; ${CHANGES} changes at random points of a 60 Hz frame):`);
  say('explorer', await filterLatency(browser, `${srv.url}?r=000000000`));
  // The floor of this measurement: Chart.js hiding a series of the reference (the wait for the
  // next frame alone is up to 16.7 ms at 60 Hz).
  say('Chart.js', await filterLatency(browser, ref.url, CHANGES, '.ref-toggle'));
  if (before) say('BEFORE', await filterLatency(browser, `${before.url}?r=000000000`));
} finally {
  await browser.close();
  await srv.close();
  await ref.close();
  await before?.close();
}
