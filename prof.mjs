import { serve } from './scripts/serve.mjs';
import { launch, FIRST_CHART } from './e2e/browser.mjs';
const srv = await serve(process.argv[2]); const browser = await launch();
const agg = new Map(); let tot = 0;
for (let i = 0; i < 5; i++) {
  const ctx = await browser.newContext(); const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  await page.goto(srv.url);
  await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, FIRST_CHART, { timeout: 30000 });
  const { profile } = await cdp.send('Profiler.stop');
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  // inclusive time per function name: walk parents
  const parent = new Map(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  profile.samples.forEach((id, k) => {
    const dt = profile.timeDeltas[k] ?? 0; const seen = new Set();
    for (let x = id; x !== undefined; x = parent.get(x)) { const f = byId.get(x).callFrame; const name = (f.functionName || '(anon)').replace(/::h[0-9a-f]{16}$/, '').slice(0, 120); if (!seen.has(name)) { seen.add(name); agg.set(name, (agg.get(name) ?? 0) + dt); } }
    tot += dt;
  });
  await ctx.close();
}
for (const [k, t] of [...agg].sort((a, b) => b[1] - a[1]).slice(0, 70)) console.log((t / 5000).toFixed(1).padStart(7), k);
await browser.close(); await srv.close();
