// The local server sends what a static host sends: brotli to a browser that accepts it (so the
// benchmark and Lighthouse measure real transfers), the raw file otherwise.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { get } from 'node:http';
import { readdir, readFile } from 'node:fs/promises';
import { brotliDecompressSync } from 'node:zlib';
import { serve } from '../scripts/serve.mjs';

function fetchRaw(url, headers) {
  return new Promise((ok, fail) => {
    get(url, { headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => ok({ headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', fail);
  });
}

test('text and wasm go out brotli-compressed when accepted, byte-exact once decoded', async () => {
  const srv = await serve('dist');
  try {
    const wasm = (await readdir('dist')).find((f) => /^kz-iip-[0-9a-f]+_bg\.wasm$/.test(f));
    for (const name of ['index.html', wasm]) {
      const want = await readFile(`dist/${name}`);
      const br = await fetchRaw(srv.url + name, { 'accept-encoding': 'gzip, deflate, br' });
      assert.equal(br.headers['content-encoding'], 'br', name);
      assert.ok(br.body.length < want.length / 2, `${name}: ${br.body.length} of ${want.length} bytes`);
      assert.ok(brotliDecompressSync(br.body).equals(want), `${name} decodes to the file`);
      const plain = await fetchRaw(srv.url + name, {});
      assert.equal(plain.headers['content-encoding'], undefined);
      assert.ok(plain.body.equals(want));
    }
    const png = await fetchRaw(`${srv.url}icon-192.png`, { 'accept-encoding': 'br' });
    assert.equal(png.headers['content-encoding'], undefined, 'images are sent as they are');
  } finally {
    await srv.close();
  }
});
