// Loaded by the service worker (scripts/service-worker.ts, importScripts) before Workbox's own code, so its
// listeners run first. A plain script served as is: the names below are src/lib/offline.ts's, and
// tests/unit/offline.test.ts checks they still match.
const PAGES_CACHE = 'callback-pages';
const ASSETS_CACHE = 'callback-assets';
const OFFLINE_PAGE = '/offline/';
const KEEP_LIST_URL = '/offline-keep.json';

// The tools load their scripts when first used (client:intent), so a visit that only looks loads none of them.
// With a page visited online, its scripts and styles are saved too (the build lists them per page), so the
// tool starts offline later. Best effort: offline or refused, the page is simply saved without them.
async function saveAssetsOf(pathname) {
  try {
    const list = await (await fetch(KEEP_LIST_URL)).json();
    const assets = list.assetsOf?.[pathname] ?? [];
    const cache = await caches.open(ASSETS_CACHE);
    const missing = [];
    for (const asset of assets) if (!(await caches.match(asset))) missing.push(asset);
    await cache.addAll(missing);
  } catch {
    // Offline or refused: nothing more to save now.
  }
}

// An address without its trailing slash goes to the page it names when that page is saved (precached by file,
// or cached by address once visited); offline, one that is not gets the offline page, which says so and lists
// what is saved.
self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  const isPage = event.request.mode === 'navigate' && url.origin === self.location.origin;
  if (isPage && url.pathname.endsWith('/')) event.waitUntil(saveAssetsOf(url.pathname));
  if (!isPage || url.pathname.endsWith('/') || /\.[a-z0-9]+$/i.test(url.pathname)) return;
  event.respondWith(
    (async () => {
      const saved = (await caches.match(`${url.pathname}/index.html`, { ignoreSearch: true })) ?? (await caches.match(`${url.pathname}/`));
      if (saved) return Response.redirect(`${url.pathname}/${url.search}${url.hash}`, 301);
      try {
        return await fetch(event.request);
      } catch {
        const offline = await caches.match(`${OFFLINE_PAGE}index.html`, { ignoreSearch: true });
        return offline ?? Response.error();
      }
    })(),
  );
});

// A page saved under the previous deploy still names that deploy's scripts and styles, which Workbox drops
// from its precache once this worker activates. While installing, before that, they are copied to the cache
// the worker reads hashed files from, so saved pages keep their look and their controls offline until they
// are visited again (and replaced) online.
self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const assets = await caches.open(ASSETS_CACHE);
      for (const name of await caches.keys()) {
        if (!name.startsWith('workbox-precache')) continue;
        const precache = await caches.open(name);
        for (const request of await precache.keys()) {
          if (new URL(request.url).pathname.startsWith('/_astro/') && !(await assets.match(request))) {
            const response = await precache.match(request);
            if (response) await assets.put(request, response);
          }
        }
      }
    })().catch(() => {
      // Storage refused: the new worker installs all the same; old saved pages load their files online.
    }),
  );
});

// The page the worker was installed from loaded before the worker existed, so nothing cached it: once the worker
// takes over, it saves the open pages too, so a lesson read once opens offline even from the first visit. The
// request revalidates the copy the browser already has (an ETag, 304), so it costs no second download.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(PAGES_CACHE);
      const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      for (const client of windows) {
        const url = new URL(client.url);
        url.hash = '';
        if (url.origin !== self.location.origin) continue;
        const response = await fetch(url.href);
        if (response.ok && response.headers.get('content-type')?.startsWith('text/html')) await cache.put(url.href, response);
        await saveAssetsOf(url.pathname);
      }
    })().catch(() => {
      // Offline, or the page is gone: it is saved on its next visit instead.
    }),
  );
});
