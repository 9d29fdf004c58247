// The service worker's code. The build (scripts/service-worker.ts) writes it into dist/sw.js after a header
// that declares the globals below: the precache list of this build, the precache's name for it, and the names
// the worker shares with the pages, taken from src/lib/offline/offline.ts, so none is spelled twice. A classic script,
// served without a bundler, so no import; the build strips its comments and indentation (whole lines only:
// keep a comment on a line of its own).
/* global PRECACHE, PRECACHE_CACHE, PRECACHE_PREFIX, PAGES_CACHE, ASSETS_CACHE, SEARCH_CACHE, SEARCH_PARTS, OFFLINE_PAGE, ASSETS_OF */

/** How long a page waits for the network before the saved copy is shown. */
const NETWORK_TIMEOUT_MS = 5000;

/**
 * A precached file's key in the precache: its address, with its revision when it has one, so a file that did not
 * change between deploys has the same key in both precaches and is copied rather than downloaded again.
 */
const precacheKey = ({ url, revision }) => (revision ? `${url}?__revision=${revision}` : url);

/** Precached files by address: `/guides/index.html` also answers `/guides/`. */
const precached = new Map();
for (const entry of PRECACHE) {
  precached.set(entry.url, precacheKey(entry));
  if (entry.url.endsWith('/index.html')) precached.set(entry.url.slice(0, -'index.html'.length), precacheKey(entry));
}

/** Query parameters that name where a visit came from, not what it asks for: ignored by the precache. */
const TRACKING = /^(utm_.*|fbclid)$/;

/**
 * How the worker answers a GET request for `url` (a URL), a navigation or not; undefined leaves it to the
 * browser. The first match wins:
 * - `precache`: a precached file (`key`, its key in the precache), from the precache;
 * - `slashless`: a page's address without its trailing slash, sent to the page when it is saved;
 * - `page`: any other page, network first, then the saved copy, then the offline page;
 * - `asset`: a script or style outside the shell (hashed: a saved copy is right), cache first;
 * - `search`: a part of the search index, the saved copy at once and a fresh one behind it for the next query;
 * - `data`: data a tool fetches when it goes live (the person's public holidays, /holidays/<code>.json; the
 *   day sheet's question bank, /practice/bank.json), the same way, so the tool works offline once fetched.
 */
function routeFor(url, navigate) {
  if (url.origin !== self.location.origin) return undefined;
  const query = [...url.searchParams.keys()].filter((name) => !TRACKING.test(name));
  const key = query.length ? undefined : precached.get(url.pathname);
  if (key) return { strategy: 'precache', key };
  if (navigate) return url.pathname.endsWith('/') || /\.[a-z0-9]+$/i.test(url.pathname) ? { strategy: 'page' } : { strategy: 'slashless' };
  if (url.pathname.startsWith('/_astro/')) return { strategy: 'asset' };
  if (SEARCH_PARTS.test(url.href)) return { strategy: 'search' };
  if (/^\/(?:holidays\/[\w-]+|practice\/bank)\.json$/.test(url.pathname)) return { strategy: 'data' };
  return undefined;
}

/** A response a page may be given: one that followed a redirect is copied, or a navigation would refuse it. */
async function clean(response) {
  if (!response.redirected) return response;
  return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers: response.headers });
}

const offlinePage = async () => (await caches.open(PRECACHE_CACHE)).match(precached.get(OFFLINE_PAGE)) ?? Response.error();

async function fromPrecache(request, key) {
  const saved = await (await caches.open(PRECACHE_CACHE)).match(key);
  return saved ? clean(saved) : fetch(request);
}

// The network's copy when there is one (a deploy's new page replaces the old), the saved copy otherwise or
// after 5 s, and the offline page when there is neither. An unknown address online gets the server's 404 page,
// which is not cached.
async function networkFirst(event) {
  const cache = await caches.open(PAGES_CACHE);
  const network = fetch(event.request);
  // Saved as it arrives, whether or not the saved copy was shown first: the next visit gets it.
  event.waitUntil(network.then((response) => response.status === 200 && cache.put(event.request, response.clone())).catch(() => {}));
  const late = new Promise((resolve) => setTimeout(resolve, NETWORK_TIMEOUT_MS, 'late'));
  const first = await Promise.race([network, late]).catch(() => undefined);
  if (first instanceof Response) return first;
  const saved = await cache.match(event.request);
  if (saved) return saved;
  // Late, and nothing saved: the network's answer is still the best there is.
  if (first === 'late') {
    try {
      return await network;
    } catch {
      // Failed after all: the offline page.
    }
  }
  return offlinePage();
}

async function cacheFirst(event, cacheName) {
  const cache = await caches.open(cacheName);
  const saved = await cache.match(event.request);
  if (saved) return saved;
  const response = await fetch(event.request);
  if (response.status === 200) event.waitUntil(cache.put(event.request, response.clone()));
  return response;
}

async function staleWhileRevalidate(event, cacheName) {
  const cache = await caches.open(cacheName);
  const saved = await cache.match(event.request);
  const network = fetch(event.request).then(async (response) => {
    if (response.status === 200) await cache.put(event.request, response.clone());
    return response;
  });
  event.waitUntil(network.catch(() => {}));
  return saved ?? network;
}

// An address without its trailing slash goes to the page it names when that page is saved (precached by file,
// or cached by address once visited); offline, one that is not gets the offline page, which says so and lists
// what is saved.
async function slashless(event, url) {
  const saved = precached.has(`${url.pathname}/`) || (await caches.match(`${url.pathname}/`));
  if (saved) return Response.redirect(`${url.pathname}/${url.search}${url.hash}`, 301);
  try {
    return await fetch(event.request);
  } catch {
    return offlinePage();
  }
}

// The tools load their scripts when first used (client:intent), so a visit that only looks loads none of them.
// With a page visited online, its scripts and styles are saved too (the build lists them per page), so the
// tool starts offline later. Best effort: offline or refused, the page is simply saved without them.
async function saveAssetsOf(pathname) {
  const assets = ASSETS_OF[pathname];
  if (!assets) return;
  try {
    const cache = await caches.open(ASSETS_CACHE);
    const missing = [];
    for (const asset of assets) if (!(await caches.match(asset))) missing.push(asset);
    await cache.addAll(missing);
  } catch {
    // Offline or refused: nothing more to save now.
  }
}

self.addEventListener('fetch', (event) => {
  if (event.request.method !== 'GET') return;
  const url = new URL(event.request.url);
  const navigate = event.request.mode === 'navigate';
  const route = routeFor(url, navigate);
  if (!route) return;
  if (navigate && url.pathname.endsWith('/')) event.waitUntil(saveAssetsOf(url.pathname));
  const answer = {
    precache: () => fromPrecache(event.request, route.key),
    slashless: () => slashless(event, url),
    page: () => networkFirst(event),
    asset: () => cacheFirst(event, ASSETS_CACHE),
    search: () => staleWhileRevalidate(event, SEARCH_CACHE),
    data: () => staleWhileRevalidate(event, ASSETS_CACHE),
  }[route.strategy];
  event.respondWith(answer());
});

/** A previous deploy's precache: ours under another version, or Workbox's (the worker before this one). */
const isOldPrecache = (name) => (name.startsWith(PRECACHE_PREFIX) && name !== PRECACHE_CACHE) || name.startsWith('workbox-precache');

// Precaches this build's list: a file unchanged since the previous deploy is copied from its precache; a
// revisioned one (a page, the search index) is fetched past the HTTP cache, which may hold the old deploy's;
// a hashed one (/_astro/) is taken from the HTTP cache when the page just loaded it. One failure fails the
// install, and the previous worker stays in charge.
async function precache(old) {
  const cache = await caches.open(PRECACHE_CACHE);
  await Promise.all(
    PRECACHE.map(async (entry) => {
      const key = precacheKey(entry);
      if (await cache.match(key)) return;
      for (const name of old) {
        const copy = await (await caches.open(name)).match(key);
        if (copy) return cache.put(key, copy);
      }
      const response = await fetch(new Request(entry.url, { cache: entry.revision ? 'reload' : 'default', credentials: 'same-origin' }));
      if (!response.ok) throw new Error(`precaching ${entry.url}: ${response.status}`);
      await cache.put(key, response);
    }),
  );
}

// A page saved under the previous deploy still names that deploy's scripts and styles, which leave with its
// precache once this worker activates. While installing, before that, they are copied to the cache the worker
// reads hashed files from, so saved pages keep their look and their controls offline until they are visited
// again (and replaced) online.
async function keepOldAssets(old) {
  const assets = await caches.open(ASSETS_CACHE);
  for (const name of old) {
    const previous = await caches.open(name);
    for (const request of await previous.keys()) {
      const { pathname } = new URL(request.url);
      if (!pathname.startsWith('/_astro/') || precached.has(pathname) || (await assets.match(request))) continue;
      const response = await previous.match(request);
      if (response) await assets.put(request, response);
    }
  }
}

// A new deploy's worker takes over at once: nobody is kept on the old version until every tab closes.
self.addEventListener('install', (event) => {
  self.skipWaiting();
  event.waitUntil(
    (async () => {
      const old = (await caches.keys()).filter(isOldPrecache);
      await precache(old);
      await keepOldAssets(old).catch(() => {
        // Storage refused: the new worker installs all the same; old saved pages load their files online.
      });
    })(),
  );
});

// The page the worker was installed from loaded before the worker existed, so nothing cached it: once the worker
// takes over, it saves the open pages too, so a lesson read once opens offline even from the first visit. The
// request revalidates the copy the browser already has (an ETag, 304), so it costs no second download.
async function saveOpenPages() {
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
}

// Takes control of open pages, drops the previous deploys' precaches (the caches of visited pages, their
// scripts and search stay), and saves the open pages.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      await self.clients.claim();
      const old = (await caches.keys()).filter(isOldPrecache);
      await Promise.all(old.map((name) => caches.delete(name)));
      await saveOpenPages().catch(() => {
        // Offline, or the page is gone: it is saved on its next visit instead.
      });
    })(),
  );
});
