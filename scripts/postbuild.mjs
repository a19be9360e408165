// After `trunk build` (run by scripts/build.sh; can be re-run on any built folder):
//  1. inlines the stylesheet into each page (no request before the first paint; Trunk 0.21 has
//     no option for it), on a page with a static first paint fetches the wasm at once and starts
//     it after that paint, and moves Trunk's inline module loader of each page into a
//     content-hashed file, so pages run under `script-src 'self' 'wasm-unsafe-eval'` with no
//     inline script (but the static paint's check, allowed by its hash);
//  2. writes the single-file edition kz-iip-single.html (wasm, JS, CSS, the language
//     catalogs and the later data inlined; opens from file:// with no server);
//  3. fills in the service worker: the list of files to precache and a version hashed from all
//     of them, so every deploy gets its own cache.
// Usage: node scripts/postbuild.mjs dist
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minify } from 'terser';

const dir = process.argv[2] ?? 'dist';
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const INLINE = /<script type="module">([\s\S]*?)<\/script>/;
const SINGLE = 'kz-iip-single.html';
const sha = (data) => createHash('sha256').update(data).digest('hex');
const read = (f) => readFile(join(dir, f), 'utf8');

// 0. Link previews: absolute image URLs when the public address is known.
const PUBLIC = process.env.KZ_IIP_PUBLIC_URL;
if (PUBLIC) {
  const base = PUBLIC.endsWith('/') ? PUBLIC : `${PUBLIC}/`;
  const html = await read('index.html');
  await writeFile(join(dir, 'index.html'), html.replaceAll('content="og-image.png"', `content="${base}og-image.png"`));
  console.log(`postbuild: og:image → ${base}og-image.png`);
}

// The files the wasm fetches beside it, and the loaders' code that fetches one: the catalogs
// (i18n-<lang>-<hash>.txt) and, for the explorer, the data only About the data and Output show
// (kz-iip-later-<hash>.bin; tools/og wrote them).
const CATALOGS = (await readdir(dir))
  .map((f) => f.match(/^i18n-([a-z]{2})-[0-9a-f]{16}\.txt$/))
  .filter(Boolean)
  .map((m) => [m[1], m[0]]);
const LATER = (await readdir(dir)).find((f) => /^kz-iip-later-[0-9a-f]{16}\.bin$/.test(f));
const LATER_Z = LATER?.replace('kz-iip-later-', 'kz-iip-later-z-');
if (!LATER || !(await readdir(dir)).includes(LATER_Z)) throw new Error('postbuild: no kz-iip-later-[z-]<hash>.bin (tools/og catalogs writes them)');
// The later data is fetched compressed (zlib, inflated by the browser's DecompressionStream: a
// host need not compress an unknown type), or as it is where the browser has no
// DecompressionStream. A failed fetch is forgotten, so that opening the view again tries again.
const fileLoader = (files) => `const kzIipFiles = ${JSON.stringify(files)};
const kzIipAsked = {};
const kzIipGet = (f, z) => fetch(f).then((r) => (r.ok ? (z ? new Response(r.body.pipeThrough(new DecompressionStream('deflate'))) : r).arrayBuffer() : null)).catch(() => null);
window.kzIipFile = (k) => (kzIipAsked[k] ??= (!kzIipFiles[k] ? Promise.resolve(null) : k === 'later' && self.DecompressionStream ? kzIipGet(kzIipFiles.laterZ, true) : kzIipGet(kzIipFiles[k])).then((b) => { if (!b) delete kzIipAsked[k]; return b; }));
if (kzIipFiles[document.documentElement.lang]) window.kzIipFile(document.documentElement.lang);`;

// The share dialog's wasm (#26: not in the explorer's first view): `kzIipShare()` imports its
// glue and starts it when Share / Embed is first clicked, a promise of the module (whose `open`
// the explorer calls); a failed fetch is forgotten, so that the next click tries again.
const SHARE_GLUE = (await readdir(dir)).find((f) => /^kz-iip-share-[0-9a-f]+\.js$/.test(f));
if (!SHARE_GLUE) throw new Error('postbuild: no kz-iip-share-<hash>.js (scripts/build.sh builds share.html)');
// A pointer over the button, or the focus on it, starts the fetch already (a head start on the
// click; a failure is forgotten as well).
const shareLoader = `let kzIipShareModule;
window.kzIipShare = () => (kzIipShareModule ??= import('./${SHARE_GLUE}').then((m) => m.default({ module_or_path: './${SHARE_GLUE.replace('.js', '_bg.wasm')}' }).then(() => m)).catch((e) => { kzIipShareModule = undefined; throw e; }));
for (const ev of ['pointerover', 'focusin']) addEventListener(ev, (e) => { if (e.target.closest?.('.kz-iip-share-button')) window.kzIipShare().catch(() => {}); }, { passive: true });
`;

// 1. Stylesheets inlined, inline loaders → files.
const STYLESHEET = /<link rel="stylesheet" href="\.\/(style-[0-9a-f]+\.css)"[^>]*>/;
const inlined = new Set();
for (const name of (await readdir(dir)).filter((f) => f.endsWith('.html') && f !== SINGLE)) {
  const original = await read(name);
  // The pages' own comments are for the source too (index.html's and widget.html's: ~0.3 KiB
  // brotli each); the static paint's markers stay (tools/og finds it by them).
  let html = original.replace(/[ \t]*<!--(?! static:)[\s\S]*?-->\n?/g, '');
  const sheet = html.match(STYLESHEET);
  if (sheet) {
    // Comments are for the source (style.css), not for every reader's download: about 0.5 KiB
    // brotli of each page. (The stylesheet has no "/*" inside a string.)
    const css = (await read(sheet[1])).replace(/\/\*[\s\S]*?\*\/\n?/g, '');
    html = html.replace(STYLESHEET, () => `<style>\n${css}</style>`);
    inlined.add(sheet[1]);
  }
  // The static paint's one inline script (tools/og: hides it for links to another view) runs
  // under the page's CSP by its hash.
  const check = html.match(/<script id="kz-iip-static-check">([^<]*)<\/script>/);
  if (check) {
    const hash = `'sha256-${createHash('sha256').update(check[1]).digest('base64')}'`;
    if (!html.includes(hash)) {
      html = html.replace(/(<meta http-equiv="Content-Security-Policy" content="script-src 'self')/, `$1 ${hash}`);
    }
  }
  const m = html.match(INLINE);
  if (!m) {
    // (Written once, whatever changed above; below, with its loader moved out.)
    if (html !== original) await writeFile(join(dir, name), html);
    continue;
  }
  let body = m[1].trim() + '\n';
  // The page's language catalog (#26: tools/og wrote every language's file; the widget's wasm
  // carries English, the explorer's no language): fetched at once, beside the wasm, when the
  // page is in that language; the wasm asks for it by `kzIipFile(lang)` (a promise of its
  // bytes, or null), and the explorer's for the later data by `kzIipFile('later')` when About
  // the data or Output opens.
  const files = Object.fromEntries(CATALOGS.filter(([l]) => name === 'index.html' || l !== 'en').map(([l, f]) => [l, `./${f}`]));
  if (name === 'index.html') Object.assign(files, { later: `./${LATER}`, laterZ: `./${LATER_Z}` });
  body = `${fileLoader(files)}\n${name === 'index.html' ? shareLoader : ''}${body}`;
  if (html.includes('id="kz-iip-static"')) {
    // A page with a static first paint: the wasm is not preloaded beside the HTML (on a slow
    // link the first paint then has the bandwidth to itself, and the page's largest paint is the
    // static one: Lighthouse LCP 6.8 → 1.5 s on its mobile defaults). The loader, a module that
    // runs once the HTML is parsed (all the static paint needs), fetches it once that paint has
    // been on screen for a frame, and compiles it while it downloads; at once where the page's
    // check hid the paint (a link to another view: `?lang=ru&v=map` Lighthouse LCP 2.8 → 2.5 s
    // against fetching after the frame). On the static page a fetch started before the paint
    // (as it did when the module ran before the first frame) counted in Lighthouse's simulated
    // LCP: 2.4–2.5 s in 1 run in 5 or so (performance 97–98), 0.9 s otherwise.
    html = html.replace(/<link rel="preload" href="\.\/[^"]+_bg\.wasm"[^>]*>/, '');
    const call = body.match(/const wasm = await init\(\{ module_or_path: ('[^']+_bg\.wasm') \}\);/);
    if (!call) throw new Error(`postbuild: ${name}: Trunk's loader changed; no wasm init call found`);
    body = body.replace(
      call[0],
      `if (!document.documentElement.classList.contains('kz-iip-no-static')) {
  // After the static first paint; in a background tab (no frames), soon anyway.
  await new Promise((r) => { requestAnimationFrame(() => setTimeout(r, 0)); setTimeout(r, 100); });
}
// Compiled while it downloads (off the main thread); a host that serves it without the wasm
// type falls back to a plain fetch (init takes a module, a response or a promise of either).
const kzIipWasm = WebAssembly.compileStreaming(fetch(${call[1]})).catch(() => fetch(${call[1]}));
const wasm = await init({ module_or_path: kzIipWasm });`,
    );
  }
  // Should the wasm fail to load or start (no connection, a browser without WebAssembly), the
  // page says so in its static paint's line instead of "Loading…" for ever (tools/og).
  if (!/const wasm = await init\(\{[^}]*\}\);/.test(body)) throw new Error(`postbuild: ${name}: Trunk's loader changed; no wasm init call found`);
  body = body.replace(
    /const wasm = await init\((\{[^}]*\})\);/,
    "const wasm = await init($1).catch((e) => { document.documentElement.classList.add('kz-iip-load-failed'); throw e; });",
  );
  const loader = `${name.replace(/\.html$/, '')}-loader-${sha(body).slice(0, 16)}.js`;
  await writeFile(join(dir, loader), body);
  await writeFile(join(dir, name), html.replace(INLINE, `<script type="module" src="./${loader}"></script>`));
  console.log(`postbuild: ${name}: inline loader → ${loader}`);
}

for (const f of inlined) await rm(join(dir, f));

// 1b. wasm-bindgen's JavaScript glue, minified (52 → 24 KB; −1.6 KiB brotli per page). `initSync`
//     keeps its name (the single file calls it); the file keeps Trunk's name (a hash of the
//     glue as generated, so still one name per content) and the pages' integrity hashes follow.
//     Marked, so that running this script again leaves it as it is.
//     wasm-streams' three classes go first (#26: −0.3 KiB brotli per page): server_fn, which
//     Leptos 0.8 always depends on, pulls the crate in, and wasm-bindgen exports its classes for
//     Rust streams handed to JavaScript; a CSR app never makes one, and nothing in the glue
//     constructs them. Removed only when nothing else names them (else left, and said so).
const MINIFIED = '// kz-iip: minified by scripts/postbuild.mjs';
// 1a. The names between the wasm and its glue, minified (#26: explorer −3.2 KiB brotli of wasm
//     and −2.1 of glue, widget −2.3 and −1.6). wasm-bindgen names each of ~200 imports
//     `__wbg_<method>_<16 hex digits>`, a hash no compressor can shorten, written twice (the
//     wasm's import section, the glue). Binaryen's own pass renames the imports, the exports and
//     their module to a letter or two and prints the map, by which the glue's import keys and
//     `wasm.<export>` uses are renamed. The wasm goes through wasm-opt again with its page's own
//     settings but --converge (a bare round trip loses the stack-IR optimizations: +0.9 KiB).
//     Every import must be found in the glue, and the glue must import one module, or the build
//     stops.
const WASM_OPT = join(ROOT, 'node_modules', '.bin', 'wasm-opt');
async function minifyBoundary(src, wasmFile, page) {
  const source = await readFile(join(ROOT, page), 'utf8');
  const level = source.match(/data-wasm-opt="([^"]+)"/)?.[1];
  const params = source.match(/data-wasm-opt-params="([^"]+)"/)?.[1];
  if (!level || !params) throw new Error(`postbuild: ${page}: no data-wasm-opt / data-wasm-opt-params`);
  const wasm = join(dir, wasmFile);
  // (Without --converge, which would run the renaming again on its own output.)
  const flags = params.trim().split(/\s+/).filter((f) => f !== '--converge');
  const args = [wasm, `-O${level}`, ...flags, '--minify-imports-and-exports-and-modules', '-o', `${wasm}.tmp`];
  const map = JSON.parse(execFileSync(WASM_OPT, args, { encoding: 'utf8', maxBuffer: 1 << 24 }));
  const modules = [...new Set(map.imports.map(([m]) => m))];
  const moduleKey = `${JSON.stringify(modules[0])}:`;
  if (modules.length !== 1 || src.split(moduleKey).length !== 2) throw new Error(`postbuild: ${wasmFile}: imports from ${modules.join(', ')}, not one module the glue names once`);
  const imports = new Map(map.imports.map(([, long, short]) => [long, short]));
  const exports = new Map(map.exports);
  const found = new Set();
  const out = src
    .replace(moduleKey, '"a":')
    .replace(/^(\s+)([A-Za-z_$][\w$]*): function\b/gm, (all, space, name) => {
      if (!imports.has(name)) return all;
      found.add(name);
      return `${space}${JSON.stringify(imports.get(name))}: function`;
    })
    .replace(/\bwasm\.([A-Za-z_$][\w$]*)/g, (all, name) => (exports.has(name) ? `wasm.${exports.get(name)}` : all));
  const missing = [...imports.keys()].filter((n) => !found.has(n));
  if (missing.length) throw new Error(`postbuild: ${wasmFile}: imports the glue does not define: ${missing.join(', ')}`);
  await rename(`${wasm}.tmp`, wasm);
  return out;
}
// Pages' integrity attributes follow a file they name.
async function retag(file, bytes) {
  const integrity = `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
  for (const page of (await readdir(dir)).filter((f) => f.endsWith('.html') && f !== SINGLE)) {
    const html = await read(page);
    const tagged = html.replace(new RegExp(`(href="\\./${file.replace('.', '\\.')}"[^>]*integrity=")[^"]+"`), `$1${integrity}"`);
    if (tagged !== html) await writeFile(join(dir, page), tagged);
  }
}
const STREAM_CLASSES = [
  /^export class (IntoUnderlying\w+) \{\n[\s\S]*?\n\}\nif \(Symbol\.dispose\) \1\.prototype\[Symbol\.dispose\] = \1\.prototype\.free;\n/gm,
  /^const IntoUnderlying\w+Finalization = \(typeof FinalizationRegistry === 'undefined'\)\n.*\n.*\n/gm,
];
const PAGE_OF = { 'kz-iip-widget-': 'widget.html', 'kz-iip-share-': 'share.html' };
for (const glue of (await readdir(dir)).filter((f) => /^kz-iip-(widget-|share-)?[0-9a-f]+\.js$/.test(f))) {
  let src = await read(glue);
  if (src.startsWith(MINIFIED)) continue;
  const wasmFile = glue.replace(/\.js$/, '_bg.wasm');
  const page = Object.entries(PAGE_OF).find(([prefix]) => glue.startsWith(prefix))?.[1] ?? 'index.html';
  src = await minifyBoundary(src, wasmFile, page);
  await retag(wasmFile, await readFile(join(dir, wasmFile)));
  const unstreamed = STREAM_CLASSES.reduce((s, re) => s.replace(re, ''), src);
  if (/IntoUnderlying/.test(unstreamed)) {
    console.log(`postbuild: ${glue}: wasm-streams' classes left in (named elsewhere in the glue)`);
  } else {
    src = unstreamed;
  }
  const { code } = await minify(src, { module: true, mangle: { reserved: ['initSync'] }, format: { preamble: MINIFIED } });
  await writeFile(join(dir, glue), code);
  await retag(glue, code);
  console.log(`postbuild: ${glue}: ${src.length} → ${code.length} bytes`);
}

// 1c. The service worker's registration, minified too (its comments are for the source: −0.16
//     KiB brotli of every explorer's first view; the file is revalidated, not hashed).
{
  const src = await read('sw-register.js');
  // (The source opens with a comment, the minified file with code.)
  if (src.startsWith('//')) {
    const { code } = await minify(src);
    await writeFile(join(dir, 'sw-register.js'), code);
  }
}

// 2. The single-file edition, from the explorer's page.
{
  let html = await read('index.html');
  const loaderName = html.match(/<script type="module" src="\.\/(index-loader-[0-9a-f]+\.js)"><\/script>/)[1];
  const loader = await read(loaderName);
  const glueName = loader.match(/from '\.\/(kz-iip-[0-9a-f]+\.js)'/)[1];
  const wasmName = loader.match(/'\.\/(kz-iip-[0-9a-f]+_bg\.wasm)'/)[1];
  const glue = await read(glueName);
  const wasm = await readFile(join(dir, wasmName));
  // The stylesheet is inlined by Trunk (data-inline: no request before the first paint).
  const icon = (await readdir(dir)).find((f) => /^favicon-[0-9a-f]+\.svg$/.test(f));
  const iconData = Buffer.from(await readFile(join(dir, icon))).toString('base64');
  // The catalogs and the later data as data: URLs (no file beside a file opened from disk).
  const inlineFiles = {};
  for (const [l, f] of CATALOGS) inlineFiles[l] = `data:text/plain;charset=utf-8;base64,${(await readFile(join(dir, f))).toString('base64')}`;
  for (const [k, f] of [['later', LATER], ['laterZ', LATER_Z]]) inlineFiles[k] = `data:application/octet-stream;base64,${(await readFile(join(dir, f))).toString('base64')}`;
  const boot = `${glue}
${fileLoader(inlineFiles)}
const kzIipWasm = Uint8Array.from(atob("${wasm.toString('base64')}"), (c) => c.charCodeAt(0));
try { initSync({ module: kzIipWasm }); } catch (e) { document.documentElement.classList.add('kz-iip-load-failed'); throw e; }
`;
  html = html
    .replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, '')
    .replace(/\s*<link rel="manifest"[^>]*>/, '')
    .replace(/\s*<link rel="apple-touch-icon"[^>]*>/, '')
    .replace(/\s*<script src="sw-register\.js" defer><\/script>/, '')
    .replace(/\s*<link rel="(modulepreload|preload)"[^>]*>/g, '')
    .replace(/<link rel="icon"[^>]*>/, () => `<link rel="icon" href="data:image/svg+xml;base64,${iconData}">`)
    // At the end of the body, not where the loader sat in the head: the parser would otherwise
    // read 1.2 MB of script before the static first paint (from disk: FCP 168 → 80 ms, the
    // interactive chart 218 → 191 ms; scripts/bench.sh reports both). A module
    // runs after parsing wherever it is.
    .replace(/\s*<script type="module" src="[^"]+"><\/script>/, '')
    .replace('</body>', () => `<script type="module">\n${boot}</script>\n</body>`)
    .replace('<html lang="en">', '<html lang="en" data-kz-iip-edition="single-file">');
  await writeFile(join(dir, SINGLE), html);
  console.log(`postbuild: ${SINGLE}: ${(html.length / 1024).toFixed(0)} KiB, self-contained`);
}

// 3. The service worker: precache the build (not the single file, which is a download, nor the
//    link-preview image, which only crawlers fetch: 65 KiB of PNG each visitor paid for nothing).
{
  const skip = new Set(['sw.js', '_headers', SINGLE, 'index.html', 'og-image.png']);
  // The data package (data/*.csv, data/datapackage.json) is precached too: offline, About the
  // data's link to it still works.
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath ?? e.path, e.name)).split(sep).join('/'))
    .filter((f) => !skip.has(f))
    .sort();
  const all = ['index.html', ...files];
  const h = createHash('sha256');
  for (const f of all) h.update(f).update(sha(await readFile(join(dir, f))));
  const version = h.digest('hex').slice(0, 16);
  const template = await read('sw.js');
  // The widget's page, loader, glue and wasm: cached on first use (see public/sw.js); so is the
  // later data as it is, which only a browser without DecompressionStream fetches.
  // The share dialog's too: the preview it shows is the widget, cached on first use.
  const onUse = (f) => /^(widget\.html|widget-loader-|kz-iip-widget-|kz-iip-share-)/.test(f) || f === LATER;
  const list = JSON.stringify(all.filter((f) => !onUse(f)).map((f) => `./${f}`));
  const lazy = JSON.stringify(all.filter(onUse));
  const sw = template
    .replace(/const VERSION = '[^']*';/, `const VERSION = '${version}';`)
    .replace(/const FILES = [^;]*;/, `const FILES = ${list};`)
    .replace(/const ON_USE = [^;]*;/, `const ON_USE = ${lazy};`);
  await writeFile(join(dir, 'sw.js'), sw);
  console.log(`postbuild: sw.js: version ${version}, ${all.length} files (${all.filter(onUse).length} cached on first use)`);
}
