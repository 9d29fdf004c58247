/**
 * The list of saved pages the offline page shows (src/pages/offline/index.astro), read from the caches. Apart
 * from offline.ts, which "Keep all guides" loads too: shared, the two would be a chunk of their own, one more
 * request on the offline page. It imports nothing at run time.
 */
import type { OFFLINE_PAGE as OfflinePage } from './offline.ts';

/** The offline page's address: its type is OFFLINE_PAGE's value in offline.ts, so a change there fails the type check. */
const OFFLINE_PAGE: typeof OfflinePage = '/offline/';

/** A saved page as the offline page lists it. */
export interface SavedPage {
  url: string;
  title: string;
}

/**
 * The page a cached request is for, as a site address (`/guides/x/`), or undefined when it is no page to list:
 * a script, a style, the 404 page, the offline page itself. Precached pages are cached by file, with their
 * revision in the query (`/guides/index.html?__revision=…`).
 */
export function savedPageUrl(href: string, origin: string): string | undefined {
  const url = new URL(href, origin);
  if (url.origin !== origin) return undefined;
  const path = url.pathname.replace(/(^|\/)index\.html$/, '$1');
  if (!path.endsWith('/') || path === OFFLINE_PAGE) return undefined;
  return path;
}

/** A page's own title, from its HTML (`<title>Following up · Callback</title>` is `Following up`). */
export function titleOf(html: string, siteName: string): string | undefined {
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1]?.trim();
  if (!title) return undefined;
  const decoded = title.replace(
    /&(amp|lt|gt|quot|#39);/g,
    (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name] ?? '',
  );
  return decoded.endsWith(` · ${siteName}`) ? decoded.slice(0, -` · ${siteName}`.length) : decoded;
}

/** Where a page comes in the list: the home page, then the other pages (the tools, the guides index), then the lessons. */
const rank = (url: string) => (url === '/' ? 0 : /^\/guides\/[^/]+\/$/.test(url) ? 2 : 1);

/** The saved pages to list: one per address, the home page first, then the other pages, then the lessons, each by title. */
export function savedPageList(pages: readonly SavedPage[]): SavedPage[] {
  const byUrl = new Map(pages.map((page) => [page.url, page]));
  return [...byUrl.values()].sort((a, b) => rank(a.url) - rank(b.url) || a.title.localeCompare(b.title, 'en'));
}
