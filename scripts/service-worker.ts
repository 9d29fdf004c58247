/**
 * The site's service worker, written into a built site: scripts/lib/sw-runtime.js after a header with this
 * build's precache list and the names it shares with the pages. It precaches only the shell (chosen in
 * scripts/lib/offline-shell.ts: the home page, the guides index, the offline page, the scripts and styles, the
 * font and what search needs to start) and caches pages as they are visited, network first, so a deploy's new
 * page replaces the old one whenever there is a connection. Offline, an address never saved gets the offline
 * page, which lists what is saved. It writes the list "Keep all guides for offline" saves beside it
 * (KEEP_LIST_URL). A new deploy's worker takes over at once and drops the old precache. Used by the build
 * (astro.config.mjs) and by the test that deploys a change over it, so both use the same worker.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { ASSETS_CACHE, KEEP_LIST_URL, OFFLINE_PAGE, PAGES_CACHE, PRECACHE_PREFIX, type KeepList } from '../src/lib/offline/offline.ts';
import { planOffline, SEARCH_CACHE, SEARCH_PARTS, urlOf } from './lib/offline-shell.ts';

/**
 * The worker's code, less the header the build writes, and less its comments and indentation: the source is
 * written for its readers, but every first visit downloads the worker (about half its gzipped size). Safe for
 * that file's style, where no string or regular expression starts a line with a comment's opening.
 */
const RUNTIME = readFileSync(new URL('./lib/sw-runtime.js', import.meta.url), 'utf8')
  .replace(/^\s*\/\*[\s\S]*?\*\/\n|^\s*\/\/.*\n/gm, '')
  .replace(/^[ \t]+/gm, '');

/**
 * A file larger than this is left out of the precache, with a warning: the whole precache is downloaded on the
 * first visit. The single search index passes it at 100× the lessons, and is then cached on first use instead
 * (SEARCH_PARTS).
 */
const PRECACHE_MAX_BYTES = 2 * 1024 * 1024;

/** A precached file: its address, and a hash of its content, or null for a file whose name changes with it. */
export interface PrecacheEntry {
  url: string;
  revision: string | null;
}

/** The build's hashed files never change under one name: their name is their revision. */
const HASHED = /^_astro\//;

const hash = (content: string | Buffer) => createHash('sha256').update(content).digest('hex').slice(0, 12);

/** The precache list for `files` (paths inside the built site), each read with `read`, in their order. */
export function precacheManifest(files: readonly string[], read: (file: string) => Buffer): PrecacheEntry[] {
  return files.map((file) => ({ url: `/${file}`, revision: HASHED.test(file) ? null : hash(read(file)) }));
}

/**
 * The whole worker for `manifest`. Its precache is named after the list, so a deploy that changes any file
 * installs into a cache of its own and the previous one stays whole until the new worker takes over.
 */
export function workerScript(manifest: readonly PrecacheEntry[], assetsOf: KeepList['assetsOf'] = {}): string {
  const names = {
    // Per page, what it loads beyond the shell (the tools' scripts): saved with the page as it is visited.
    ASSETS_OF: assetsOf,
    PRECACHE: manifest,
    PRECACHE_CACHE: `${PRECACHE_PREFIX}${hash(JSON.stringify(manifest))}`,
    PRECACHE_PREFIX,
    PAGES_CACHE,
    ASSETS_CACHE,
    SEARCH_CACHE,
    OFFLINE_PAGE,
  };
  const header = Object.entries(names).map(([name, value]) => `const ${name} = ${JSON.stringify(value)};`);
  return [
    '// Written by scripts/service-worker.ts: this build’s precache list and the names the worker shares with the pages.',
    ...header,
    `const SEARCH_PARTS = ${SEARCH_PARTS};`,
    RUNTIME,
  ].join('\n');
}

/** Every file under `root`, as `/`-separated paths inside it. */
function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/**
 * Writes `sw.js` and the keep list into `root`, the built site's folder; returns how many files it precaches,
 * their size, and a warning for each file too large to precache.
 */
export function buildServiceWorker(root: string) {
  const files = filesUnder(root).filter((file) => file !== 'sw.js');
  const plan = planOffline(files, (file) => readFileSync(join(root, file), 'utf8'));
  const keep: KeepList = {
    pages: plan.keepPages.map(urlOf),
    assets: plan.keepAssets.map(urlOf),
    // Only pages that load something beyond the shell: at 100× the lessons, the rest would be most of the file.
    assetsOf: Object.fromEntries(
      Object.entries(plan.assetsByPage)
        .filter(([, assets]) => assets.length)
        .map(([page, assets]) => [urlOf(page), assets.map(urlOf)]),
    ),
  };
  writeFileSync(join(root, KEEP_LIST_URL), JSON.stringify(keep));
  const contents = new Map(plan.precache.map((file) => [file, readFileSync(join(root, file))]));
  const warnings: string[] = [];
  const precached = plan.precache.filter((file) => {
    const size = contents.get(file)!.length;
    if (size <= PRECACHE_MAX_BYTES) return true;
    warnings.push(`${file} is ${Math.round(size / 1024)} kB, over the precache's limit: it is cached when first used instead`);
    return false;
  });
  writeFileSync(
    join(root, 'sw.js'),
    workerScript(
      precacheManifest(precached, (file) => contents.get(file)!),
      keep.assetsOf,
    ),
  );
  const size = precached.reduce((total, file) => total + contents.get(file)!.length, 0);
  return { count: precached.length, size, warnings };
}
