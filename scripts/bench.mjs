// Benchmark (not a test): release bundle sizes and time to first chart.
// Usage: node scripts/bench.mjs [dist] [runs=15]   (scripts/bench.sh builds first)
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { serve } from './serve.mjs';
import { FIRST_CHART, launch } from '../e2e/browser.mjs';

const [dir = 'dist', runsArg = '15'] = process.argv.slice(2);
const runs = Math.max(10, Number(runsArg) || 15);

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
const sizesOf = {};
console.log(`Release bundle: ${dir}/  (KiB; gzip -9, brotli q11)`);
console.log(`${'file'.padEnd(44)}${'raw'.padStart(9)}${'gzip'.padStart(9)}${'brotli'.padStart(9)}`);
const total = [0, 0, 0];
for (const f of await files(dir)) {
  const body = await readFile(f);
  const sizes = [
    body.length,
    gzipSync(body, { level: 9 }).length,
    brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  ];
  sizes.forEach((s, i) => (total[i] += s));
  sizesOf[relative(dir, f)] = sizes;
  console.log(`${relative(dir, f).padEnd(44)}${sizes.map(kib).join('')}`);
}
console.log(`${'total'.padEnd(44)}${total.map(kib).join('')}`);

// What a page transfers: the files its cold load requests (brotli, as a CDN would serve them).
async function transfer(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const files = new Set();
  page.on('request', (r) => files.add(decodeURIComponent(new URL(r.url()).pathname.split('/').pop() || 'index.html')));
  await page.goto(url);
  await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, FIRST_CHART, { timeout: 30_000 });
  await context.close();
  return [...files].reduce((sum, f) => sum + (sizesOf[f]?.[2] ?? 0), 0);
}

async function timeToFirstChart(browser, url) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext(); // empty cache: a cold load
    const page = await context.newPage();
    await page.goto(url);
    const t = await page.waitForFunction((m) => performance.getEntriesByName(m)[0]?.startTime, FIRST_CHART, { timeout: 30_000 });
    times.push(await t.jsonValue());
    await context.close();
  }
  times.sort((a, b) => a - b);
  const median = times.length % 2 ? times[(times.length - 1) / 2] : (times[times.length / 2 - 1] + times[times.length / 2]) / 2;
  return { median, min: times[0], max: times.at(-1) };
}

const srv = await serve(dir);
const browser = await launch();
try {
  const pages = [
    ['explorer', srv.url],
    ['widget (trend)', `${srv.url}widget.html?chart=trend&id=bench`],
  ];
  console.log(`\nTime from navigation to '${FIRST_CHART}', median of ${runs} cold loads (headless Chromium, 127.0.0.1), and transfer (brotli):`);
  for (const [name, url] of pages) {
    const bytes = await transfer(browser, url);
    const t = await timeToFirstChart(browser, url);
    console.log(`  ${name.padEnd(16)} median ${t.median.toFixed(0)} ms (min ${t.min.toFixed(0)}, max ${t.max.toFixed(0)})   transfer ${(bytes / 1024).toFixed(1)} KiB`);
  }
} finally {
  await browser.close();
  await srv.close();
}
