/**
 * The site's service worker, written by Workbox into a built site: it precaches every page, script, style, font,
 * the search index and the icons, so everything works offline after one visit (an unknown address gets the
 * site's 404 page, a slash-less one its page); a new deploy's worker takes
 * over at once (skipWaiting, clientsClaim) and old caches are dropped. Used by the build (astro.config.mjs)
 * and by the test that deploys a change over it, so both use the same worker.
 */
import { join } from 'node:path';
import { generateSW } from 'workbox-build';

/** Writes `sw.js` into `root`, the built site's folder; resolves to how many files it precaches and their size. */
export function buildServiceWorker(root: string) {
  return generateSW({
    globDirectory: root,
    globPatterns: ['**/*.{html,js,css,json,svg,png,webmanifest,woff2}'],
    globIgnores: ['sw.js', 'workbox-*.js', 'sw-offline.js'],
    // Slash-less addresses offline (public/sw-offline.js), then any other page address not in the cache:
    // the site's own 404 page, which works offline, rather than the browser's error.
    importScripts: ['/sw-offline.js'],
    navigateFallback: '/404.html',
    swDest: join(root, 'sw.js'),
    directoryIndex: 'index.html',
    skipWaiting: true,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    sourcemap: false,
    mode: 'production',
  });
}
