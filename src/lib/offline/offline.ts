/**
 * Reading offline: the names the service worker and the pages share, what "Keep all guides for offline" says
 * while it saves, and the list of saved pages the offline page shows. The worker itself is written by
 * scripts/service-worker.ts; what it precaches is chosen in scripts/lib/offline-shell.ts.
 */

/** The cache pages go into, as they are visited (the worker) or kept on request (the guides page). */
export const PAGES_CACHE = 'callback-pages';
/** The cache for scripts and styles not in the shell, as they are loaded or kept. */
export const ASSETS_CACHE = 'callback-assets';
/**
 * The start of the precache's name: the build appends a hash of its list (scripts/service-worker.ts), and a new
 * deploy's worker drops every other precache once it takes over.
 * @internal The service worker's build script (scripts/service-worker.ts) and its tests share it.
 */
export const PRECACHE_PREFIX = 'callback-precache-';
/** Where the build lists what "Keep all guides for offline" saves (written by scripts/service-worker.ts). */
export const KEEP_LIST_URL = '/offline-keep.json';
/** The page shown offline for an address this device has not saved (src/pages/offline/index.astro). */
export const OFFLINE_PAGE = '/offline/';

/** What KEEP_LIST_URL holds: site addresses. */
export interface KeepList {
  /** Every lesson and tool page. */
  pages: string[];
  /** The scripts and styles those pages load that the shell does not hold. */
  assets: string[];
  /** The same per page: saved with a page as it is visited (scripts/lib/sw-runtime.js). */
  assetsOf: Record<string, string[]>;
}

/** Where saving stands. */
export interface KeepProgress {
  saved: number;
  failed: number;
  total: number;
  /** Every page has been tried. */
  finished: boolean;
}

const pages = (n: number) => `${n} ${n === 1 ? 'page' : 'pages'}`;

/** What the control says about `progress`: while saving, when done, and when some pages could not be fetched. */
export function keepStatus({ saved, failed, total, finished }: KeepProgress): string {
  if (!finished) return `${saved} of ${pages(total)} saved`;
  if (!failed) return `Done: all ${pages(total)} are saved on this device. Every guide and tool now opens without a connection.`;
  return (
    `${saved} of ${pages(total)} saved. ${failed === 1 ? 'One' : failed} could not be fetched: check your connection and ` +
    'try again. What is saved stays saved.'
  );
}

/**
 * Saves each of `urls` with `save`, at most `parallel` at a time, telling `onProgress` after each one. A page
 * that fails does not stop the rest: what can be saved is. Resolves to the final progress.
 */
export async function keepAll(
  urls: readonly string[],
  save: (url: string) => Promise<unknown>,
  onProgress: (progress: KeepProgress) => void = () => {},
  parallel = 4,
): Promise<KeepProgress> {
  const progress: KeepProgress = { saved: 0, failed: 0, total: urls.length, finished: false };
  let next = 0;
  async function worker() {
    while (next < urls.length) {
      const url = urls[next++];
      try {
        await save(url);
        progress.saved++;
      } catch {
        progress.failed++;
      }
      onProgress({ ...progress });
    }
  }
  await Promise.all(Array.from({ length: Math.min(parallel, urls.length) }, worker));
  progress.finished = true;
  onProgress({ ...progress });
  return progress;
}
