// kz-iip service worker. scripts/postbuild.mjs fills in VERSION (a hash of every file of the
// build), FILES (the explorer's files, precached) and ON_USE (the widget's files, cached when
// first fetched: only the share dialog's preview needs them, and precaching them doubled a first
// visit's download; likewise the share dialog's own wasm and glue, and the uncompressed later
// data, for browsers without DecompressionStream). One cache per build, so a deploy replaces the whole set at once — never
// old JavaScript with new wasm.
const VERSION = '__KZ_IIP_VERSION__';
const FILES = __KZ_IIP_FILES__;
const ON_USE = __KZ_IIP_ON_USE__;
const CACHE = `kz-iip-${VERSION}`;

// A new build takes over at once: an open page keeps the JavaScript and wasm it already runs,
// and every file it fetches later (the widget preview) comes from the new build's one cache.
self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // './' and './index.html' are one page: fetched once (a revalidation of what the visitor
      // just loaded), kept under both names.
      await cache.addAll(['./', ...FILES.filter((f) => f !== './index.html')]);
      const page = await cache.match('./');
      if (page) await cache.put('./index.html', page);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('kz-iip-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET' || new URL(req.url).origin !== location.origin) return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      // Pages are matched without their query: every permalink opens the cached app.
      const hit = await cache.match(req, { ignoreSearch: req.mode === 'navigate' || req.destination === 'iframe' });
      if (hit) return hit;
      const res = await fetch(req);
      const url = new URL(req.url);
      if (res.ok && ON_USE.includes(url.pathname.split('/').pop())) {
        url.search = '';
        // Stored alongside: the page gets the response at once (the wasm compiles as it streams).
        event.waitUntil(cache.put(url.href, res.clone()));
      }
      return res;
    }),
  );
});
