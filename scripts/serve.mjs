// A tiny static file server for the release bundle, bound to 127.0.0.1 only; sends text, scripts
// and wasm brotli-compressed to browsers that accept it, as a static host or CDN does.
// Usage: node scripts/serve.mjs [dir=dist] [port=8080]
// Also imported by the end-to-end tests and the benchmark.
import { createServer } from 'node:http';
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

// Text, scripts and wasm go out brotli-compressed (quality 11) to a browser that accepts it, as a
// static host or CDN sends them: a page measured here (the benchmark, Lighthouse) fetches what a
// visitor's browser would, not the raw bytes.
const COMPRESSED = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.svg', '.webmanifest', '.txt', '.csv']);
const compress = promisify(brotliCompress);
const compressedCache = new Map();

/** The brotli body of `file` as it is now (read and compressed once per version of the file). */
function brotliOf(file, info) {
  const key = `${file}:${info.mtimeMs}:${info.size}`;
  if (!compressedCache.has(key)) {
    const params = { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: info.size };
    compressedCache.set(key, readFile(file).then((body) => compress(body, { params })));
  }
  return compressedCache.get(key);
}

/** Starts compressing the folder's files in the background (q11 takes a second for the wasm). */
async function precompress(root) {
  for (const name of await readdir(root).catch(() => [])) {
    const file = join(root, name);
    if (!COMPRESSED.has(extname(file))) continue;
    const info = await stat(file).catch(() => null);
    if (info?.isFile()) brotliOf(file, info).catch(() => {});
  }
}

/** The README's cache policy (as `_headers` and the nginx rule): content-hashed files (Trunk
 *  drops leading zeros of the hash) never change; everything else is revalidated (ETag). With
 *  no caching headers at all, the service worker downloaded the wasm a second time. */
const HASHED = /-[0-9a-f]{12,16}(_bg)?\.(js|wasm|css|svg|txt|bin)$/;

/** Serves `dir` on 127.0.0.1:`port` (0 = any free port). `prefix` mounts it under a sub-path. */
export function serve(dir, port = 0, { prefix = '/', headers = {}, log = null } = {}) {
  const root = resolve(dir);
  precompress(root);
  const server = createServer(async (req, res) => {
    // For the tests and the benchmark: what was answered, how, and the body's bytes on the wire.
    let sent = 0;
    res.on('finish', () => log?.push({ path: new URL(req.url, 'http://x').pathname, status: res.statusCode, bytes: sent }));
    try {
      let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      if (!path.startsWith(prefix)) {
        res.writeHead(404).end('not found');
        return;
      }
      path = path.slice(prefix.length);
      let file = normalize(join(root, path));
      if (file !== root && !file.startsWith(root + sep)) {
        res.writeHead(403).end('forbidden');
        return;
      }
      let info = await stat(file);
      if (info.isDirectory()) {
        file = join(file, 'index.html');
        info = await stat(file);
      }
      const tag = `"${info.size.toString(36)}-${Math.floor(info.mtimeMs).toString(36)}"`;
      const hashed = HASHED.test(file);
      const caching = hashed ? { 'cache-control': 'public, max-age=31536000, immutable' } : { 'cache-control': 'no-cache', etag: tag };
      if (!hashed && req.headers['if-none-match'] === tag) {
        res.writeHead(304, { ...caching, 'access-control-allow-origin': '*' }).end();
        return;
      }
      const encoding = {};
      let body;
      if (COMPRESSED.has(extname(file))) {
        encoding.vary = 'accept-encoding';
        if (/\bbr\b/.test(req.headers['accept-encoding'] ?? '')) {
          body = await brotliOf(file, info);
          encoding['content-encoding'] = 'br';
        }
      }
      body ??= await readFile(file);
      // CORS for every file: a widget in <iframe sandbox="allow-scripts"> has an opaque
      // origin, and module scripts and the wasm are fetched in CORS mode.
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-length': body.length,
        'access-control-allow-origin': '*',
        ...caching,
        ...encoding,
        ...headers,
      });
      sent = body.length;
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  return new Promise((ok) => {
    server.listen(port, '127.0.0.1', () => {
      const url = `http://127.0.0.1:${server.address().port}${prefix}`;
      ok({ server, url, close: () => new Promise((done) => server.close(done)) });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir = 'dist', port = '8080'] = process.argv.slice(2);
  const { url } = await serve(dir, Number(port));
  console.log(`kz-iip: serving ${dir}/ at ${url} (Ctrl-C to stop)`);
}
