/**
 * What the service worker keeps, chosen from a built site's files (scripts/service-worker.ts writes the worker
 * from it). Three tiers:
 * - the shell, precached on the first visit: what opens offline from then on, and the scripts and styles any
 *   page saved later needs. The first visit to a lesson, shell included, must stay under 150 kB gz at any size
 *   of the site (`npm run bench`, scripts/bench-offline.ts), so the shell holds no page that grows with content
 *   beyond the guides index, and no tool page: those cost more than the whole budget (see OFFLINE.keepPages);
 * - pages cached as they are visited (the worker's runtime routes);
 * - what "Keep all guides for offline" saves on request: every lesson and tool page, and their scripts.
 * Patterns are paths inside the built site, where `*` stands for any characters but `/` and `**` for any.
 */
import { dirname, posix } from 'node:path';

export const OFFLINE = {
  /** Pages in the shell. */
  shellPages: ['index.html', 'guides/index.html', 'offline/index.html'],
  /** Pages whose scripts, styles and fonts are in the shell, without the pages: a lesson saved later works. */
  assetsOf: ['guides/*/index.html'],
  /**
   * Other files in the shell. What search needs to start: today the one index (search-index.json); the split
   * index's small meta file once it lands. Its term shards and record fragments are fetched on use and
   * cached then (SEARCH_PARTS below).
   */
  shellFiles: ['favicon-32.png', 'manifest.webmanifest', 'search-index.json', 'search/meta*.json', 'search-index/meta*.json'],
  /**
   * Never precached, though a shell page refers to them, nor what only they load: fetched when used (and cached
   * then), and saved by "Keep all guides". The calendar file's worker (21 kB gz) is loaded only when someone
   * downloads one; the home page's "What's next" (about 23 kB gz with what it imports) only when something is
   * saved, which a first visit never has.
   */
  lazy: ['_astro/ics-worker-*.js', '_astro/Today.*.js'],
  /**
   * Saved by "Keep all guides for offline", with everything they load. The tools are here rather than in
   * the shell because their pages and scripts come to about 110 kB gz, more than the first visit can carry.
   */
  keepPages: ['guides/*/index.html', 'diagnose/index.html', 'checklists/index.html', 'checklists/*/index.html', 'data/index.html'],
};

export type OfflineConfig = typeof OFFLINE;

/** The cache for the search index's parts fetched on use (SEARCH_PARTS). */
export const SEARCH_CACHE = 'callback-search';
/**
 * The search index's parts that are cached as they are fetched rather than precached: the split index's term
 * shards and record fragments, assumed under /search/ or /search-index/ as .json, all but its meta file
 * (precached, OFFLINE.shellFiles); and the single /search-index.json of today, which the build leaves out of the
 * precache above 2 MB (PRECACHE_MAX_BYTES in scripts/service-worker.ts, passed at 100× the lessons), so a
 * search made once online then works offline at any size.
 */
export const SEARCH_PARTS = /\/search(?:-index\.json|(?:-index)?\/(?!meta)[^?]*\.json)(?:\?.*)?$/;

/** What the service worker keeps: paths inside the built site, sorted. */
export interface OfflinePlan {
  /** Precached on install. */
  precache: string[];
  /** The pages "Keep all guides" saves. */
  keepPages: string[];
  /** The files those pages load that the shell does not hold. */
  keepAssets: string[];
  /**
   * The same per page. The tools load their scripts on first use (client:intent), so visiting one loads
   * none of them: the worker saves them beside the page, or the tool would not start offline.
   */
  assetsByPage: Record<string, string[]>;
}

/** A pattern (`*`: anything but `/`; `**`: anything) as a regular expression over a whole path. */
export function globToRegExp(pattern: string): RegExp {
  const source = pattern
    .split(/(\*\*|\*)/)
    .map((part) => (part === '**' ? '.*' : part === '*' ? '[^/]*' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}

/** The files among `files` that match any of `patterns`. */
function matching(files: readonly string[], patterns: readonly string[]): string[] {
  const tests = patterns.map(globToRegExp);
  return files.filter((file) => tests.some((test) => test.test(file)));
}

/** Only these are read for references to other files. */
const READABLE = /\.(html|js|css)$/;
/**
 * A built file's references to the build's assets: `/_astro/…` anywhere (HTML attributes, CSS `url()`, the
 * search trigger's chunk address, a worker's `new URL`), and `./…` between chunks (imports, dynamic or not).
 */
const REFERENCE = /(?:\/_astro\/|\.\/)[\w.~-]+\.(?:js|css|woff2?|svg|png|json)/g;

/** The built files `text` (the content of `file`) refers to; only those listed in `files` are kept. */
export function referencesOf(file: string, text: string, files: ReadonlySet<string>): string[] {
  const found = new Set<string>();
  for (const [ref] of text.matchAll(REFERENCE)) {
    const path = ref.startsWith('/') ? ref.slice(1) : posix.join(dirname(file), ref);
    if (files.has(path)) found.add(path);
  }
  return [...found];
}

/**
 * Every file the `start` files load, directly or through one another (the start files excluded); what a file in
 * `lazy` loads is not followed.
 */
export function loadedBy(
  start: readonly string[],
  files: ReadonlySet<string>,
  read: (file: string) => string,
  lazy: ReadonlySet<string> = new Set(),
): Set<string> {
  const seen = new Set<string>(start);
  const loaded = new Set<string>();
  const queue = [...start];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (!READABLE.test(file) || lazy.has(file)) continue;
    for (const ref of referencesOf(file, read(file), files)) {
      if (seen.has(ref)) continue;
      seen.add(ref);
      loaded.add(ref);
      queue.push(ref);
    }
  }
  return loaded;
}

/**
 * Chooses what the service worker precaches and what "Keep all guides" saves, from the list of a built site's
 * files (paths inside it, `/`-separated) and a way to read one.
 */
export function planOffline(fileList: readonly string[], read: (file: string) => string, config: OfflineConfig = OFFLINE): OfflinePlan {
  const files = new Set(fileList);
  const lazy = new Set(matching(fileList, config.lazy));
  const shellPages = matching(fileList, config.shellPages);
  const shellAssets = loadedBy([...shellPages, ...matching(fileList, config.assetsOf)], files, read, lazy);
  const precache = new Set([
    ...shellPages,
    ...[...shellAssets].filter((file) => !lazy.has(file)),
    ...matching(fileList, config.shellFiles),
  ]);
  const keepPages = matching(fileList, config.keepPages).filter((page) => !precache.has(page));
  const keepAssets = [...loadedBy(keepPages, files, read)].filter((file) => !precache.has(file) && !keepPages.includes(file));
  const assetsByPage = Object.fromEntries(
    keepPages.map((page) => [page, [...loadedBy([page], files, read)].filter((file) => !precache.has(file)).sort()]),
  );
  return { precache: [...precache].sort(), keepPages: keepPages.sort(), keepAssets: keepAssets.sort(), assetsByPage };
}

/** The address a built file is served at: `guides/x/index.html` is `/guides/x/`. */
export const urlOf = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
