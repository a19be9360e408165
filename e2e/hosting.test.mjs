// The hosting rules README.md gives for nginx match the files a build writes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';

test("README's nginx rules: hashed files immutable with CORS (any hash length), pages revalidated", async () => {
  const readme = await readFile('README.md', 'utf8');
  const [immutable, revalidated] = [...readme.matchAll(/nginx: `location ~ "([^"]+)"[\s\S]*?`location ~ "([^"]+)"/g)][0].slice(1).map((r) => new RegExp(r));
  const files = await readdir('dist');
  const hashed = files.filter((f) => /^(kz-iip-(?!single)|index-loader-|widget-loader-|favicon-)/.test(f));
  assert.ok(hashed.length >= 7, hashed.join(', '));
  // Trunk's hashes drop leading zeros: real builds wrote these (15 digits), which a rule for
  // exactly 16 missed: no immutable caching, and no CORS header, so a sandboxed widget failed.
  for (const f of [...hashed, 'kz-iip-810f9f3f215b8fe_bg.wasm', 'kz-iip-widget-dfd5ab28233c5e7.js']) {
    assert.match(`/${f}`, immutable, f);
  }
  for (const f of ['', 'index.html', 'widget.html', 'kz-iip-single.html', 'sw.js', 'sw-register.js', 'manifest.webmanifest']) {
    assert.doesNotMatch(`/${f}`, immutable, f);
    assert.match(`/${f}`, revalidated, f);
  }
});

test("README's S3 uploads: every file once, hashed ones immutable, the rest revalidated", async () => {
  const readme = await readFile('README.md', 'utf8');
  const syncs = [...readme.matchAll(/`aws s3 sync dist s3:\/\/bucket ([^`]+)`/g)].map((m) => m[1]);
  assert.equal(syncs.length, 2);
  // aws s3 filters: every file is included unless a filter says otherwise; the last match wins.
  const glob = (g) => new RegExp(`^${g.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
  const uploads = (args, file) => {
    let included = true;
    for (const [, kind, g] of args.matchAll(/--(exclude|include) '([^']+)'/g)) if (glob(g).test(file)) included = kind === 'include';
    return included;
  };
  const immutable = syncs.map((s) => /immutable/.test(s));
  assert.deepEqual(immutable, [true, false]);
  for (const f of [...(await readdir('dist')), 'kz-iip-810f9f3f215b8fe_bg.wasm']) {
    const by = syncs.map((s) => uploads(s, f));
    assert.equal(by.filter(Boolean).length, 1, `${f} uploaded once`);
    const hashed = /^(kz-iip-(?!single)|index-loader-|widget-loader-|favicon-)/.test(f);
    assert.equal(by[0], hashed, `${f}: ${hashed ? 'immutable' : 'revalidated'}`);
  }
});
