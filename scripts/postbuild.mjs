// After `trunk build`: moves Trunk's inline module loader of each page into a content-hashed
// file, so pages run under `script-src 'self' 'wasm-unsafe-eval'` with no inline script.
// Usage: node scripts/postbuild.mjs dist
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const dir = process.argv[2] ?? 'dist';
const INLINE = /<script type="module">([\s\S]*?)<\/script>/;

for (const name of (await readdir(dir)).filter((f) => f.endsWith('.html'))) {
  const path = join(dir, name);
  const html = await readFile(path, 'utf8');
  const m = html.match(INLINE);
  if (!m) continue;
  const body = m[1].trim() + '\n';
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 16);
  const loader = `${name.replace(/\.html$/, '')}-loader-${hash}.js`;
  await writeFile(join(dir, loader), body);
  await writeFile(path, html.replace(INLINE, `<script type="module" src="./${loader}"></script>`));
  console.log(`postbuild: ${name}: inline loader → ${loader}`);
}
