// Lighthouse on the explorer's front page, as the project is judged (mobile defaults, Debian's
// Chromium), several runs: each run's scores and metrics, then their spread. A measurement, not
// a test: Lighthouse simulates a slow phone from one fast load, so its total blocking time moves
// with this machine's noise (a run is 98–100 in performance where another of the same build is
// 100). BEFORE=<dist> interleaves an earlier build's runs with this one's.
// Usage: node scripts/lighthouse.mjs [dist] [runs]   (fetches lighthouse@12.8.2 with npx once)
import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { serve } from './serve.mjs';

const [dir = 'dist', runsArg = '10'] = process.argv.slice(2);
const runs = Math.max(1, Number(runsArg) || 10);
const LIGHTHOUSE = 'lighthouse@12.8.2';
const CHROME_FLAGS = '--headless=new --no-sandbox --disable-gpu --disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable';
const out = await mkdtemp(join(tmpdir(), 'kz-iip-lighthouse-'));

async function run(url, file) {
  // Asynchronous: this process serves the pages meanwhile.
  await promisify(execFile)('npx', ['--yes', LIGHTHOUSE, url, '--quiet', '--output=json', `--output-path=${file}`, `--chrome-flags=${CHROME_FLAGS}`], {
    env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
  });
  const r = JSON.parse(await readFile(file, 'utf8'));
  const a = (k) => r.audits[k].numericValue;
  const score = (k) => Math.round((r.categories[k].score ?? 0) * 100);
  return {
    performance: score('performance'),
    others: Math.min(score('accessibility'), score('best-practices'), score('seo')),
    tbt: a('total-blocking-time'),
    lcp: a('largest-contentful-paint'),
    fcp: a('first-contentful-paint'),
    cls: a('cumulative-layout-shift'),
  };
}

const builds = [['now', dir], ...(process.env.BEFORE ? [['before', process.env.BEFORE]] : [])];
const servers = await Promise.all(builds.map(([, d]) => serve(d)));
const results = Object.fromEntries(builds.map(([name]) => [name, []]));
try {
  for (let i = 0; i < runs; i++) {
    for (const [k, [name]] of builds.entries()) {
      const r = await run(servers[k].url, join(out, `${name}-${i}.json`));
      results[name].push(r);
      console.log(`  ${name.padEnd(6)} run ${i + 1}: performance ${r.performance}, TBT ${r.tbt.toFixed(0)} ms, LCP ${r.lcp.toFixed(0)} ms, FCP ${r.fcp.toFixed(0)} ms, CLS ${r.cls.toFixed(3)}; accessibility, best practices, SEO ≥ ${r.others}`);
    }
  }
} finally {
  await Promise.all(servers.map((s) => s.close()));
}
const median = (v) => {
  const s = [...v].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const range = (v) => `${Math.min(...v).toFixed(0)}–${Math.max(...v).toFixed(0)}`;
console.log(`\nLighthouse ${LIGHTHOUSE}, mobile, ${runs} runs each (reports in ${out}):`);
for (const [name, rs] of Object.entries(results)) {
  const perf = rs.map((r) => r.performance);
  const counts = [...new Set(perf)].sort((a, b) => b - a).map((p) => `${p} in ${perf.filter((x) => x === p).length}`).join(', ');
  const tbt = rs.map((r) => r.tbt);
  const lcp = rs.map((r) => r.lcp);
  console.log(`  ${name.padEnd(6)} performance ${counts}; TBT median ${median(tbt).toFixed(0)} ms (${range(tbt)}); LCP median ${median(lcp).toFixed(0)} ms (${range(lcp)}); CLS max ${Math.max(...rs.map((r) => r.cls)).toFixed(3)}; other categories min ${Math.min(...rs.map((r) => r.others))}`);
}
