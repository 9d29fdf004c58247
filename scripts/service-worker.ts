/**
 * The site's service worker, written by Workbox into a built site. It precaches only the shell (chosen in
 * scripts/lib/offline-shell.ts: the home page, the guides index, the offline page, the scripts and styles,
 * the font and what search needs to start) and caches pages as they are visited, network first, so a deploy's
 * new page replaces the old one whenever there is a connection. Offline, an address never saved gets the
 * offline page, which lists what is saved (public/sw-offline.js also opens slash-less addresses). It writes
 * the list "Keep all guides for offline" saves beside it (KEEP_LIST_URL). A new deploy's worker takes over at
 * once (skipWaiting, clientsClaim) and drops the old precache. Used by the build (astro.config.mjs) and by the
 * test that deploys a change over it, so both use the same worker.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { generateSW } from 'workbox-build';
import { ASSETS_CACHE, KEEP_LIST_URL, OFFLINE_PAGE, PAGES_CACHE, type KeepList } from '../src/lib/offline.ts';
import { planOffline, SEARCH_CACHE, SEARCH_PARTS, urlOf } from './lib/offline-shell.ts';

/** Every file under `root`, as `/`-separated paths inside it. */
function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/** Workbox reads the precache list as glob patterns; each is a file name, so any glob character is literal. */
const literal = (file: string) => file.replace(/[*?[\]{}()!+@]/g, '\\$&');

/** Writes `sw.js` and the keep list into `root`, the built site's folder; resolves to how many files it precaches and their size. */
export async function buildServiceWorker(root: string) {
  const files = filesUnder(root).filter((file) => !/^(sw\.js|sw-offline\.js|workbox-.*\.js)$/.test(file));
  const plan = planOffline(files, (file) => readFileSync(join(root, file), 'utf8'));
  const keep: KeepList = {
    pages: plan.keepPages.map(urlOf),
    assets: plan.keepAssets.map(urlOf),
    assetsOf: Object.fromEntries(Object.entries(plan.assetsByPage).map(([page, assets]) => [urlOf(page), assets.map(urlOf)])),
  };
  writeFileSync(join(root, KEEP_LIST_URL), JSON.stringify(keep));
  return generateSW({
    globDirectory: root,
    globPatterns: plan.precache.map(literal),
    swDest: join(root, 'sw.js'),
    // The build's hashed files never change under one name: no revision, so installing the worker takes
    // them from the HTTP cache when the page just loaded them, rather than fetching them again.
    dontCacheBustURLsMatching: /^_astro\//,
    directoryIndex: 'index.html',
    // Slash-less addresses, before Workbox's own routes (public/sw-offline.js).
    importScripts: ['/sw-offline.js'],
    runtimeCaching: [
      {
        // Any page of the site: the network's copy when there is one (a deploy's new page replaces the
        // old), the saved copy otherwise or after 5 s, and the offline page when there is neither. An
        // unknown address online gets the server's 404 page, which is not cached.
        urlPattern: ({ request, sameOrigin }) => sameOrigin && request.mode === 'navigate',
        handler: 'NetworkFirst',
        options: {
          cacheName: PAGES_CACHE,
          networkTimeoutSeconds: 5,
          precacheFallback: { fallbackURL: `${OFFLINE_PAGE}index.html` },
        },
      },
      {
        // Scripts and styles outside the shell (a tool's, a lazy chunk): hashed, so a cached copy is right.
        urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/_astro/'),
        handler: 'CacheFirst',
        options: { cacheName: ASSETS_CACHE },
      },
      // The search index's parts, as queries fetch them: a query offline uses the copy it has; online, the copy
      // is refreshed behind it for the next one.
      { urlPattern: SEARCH_PARTS, handler: 'StaleWhileRevalidate', options: { cacheName: SEARCH_CACHE } },
    ],
    skipWaiting: true,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    sourcemap: false,
    mode: 'production',
  });
}
