/** The service worker the build writes: its precache list, the names it shares with the pages, and how it answers each address. */
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { precacheManifest, workerScript, type PrecacheEntry } from '../../../scripts/service-worker';
import { SEARCH_CACHE } from '../../../scripts/lib/offline-shell';
import { ASSETS_CACHE, OFFLINE_PAGE, PAGES_CACHE, PRECACHE_PREFIX } from '../../../src/lib/offline/offline';

const site = (files: Record<string, string>) => (file: string) => Buffer.from(files[file]);

describe('precacheManifest', () => {
  const files = { 'index.html': '<h1>Home</h1>', 'guides/index.html': '<h1>Guides</h1>', '_astro/Base.abc123.css': 'body{}' };
  const manifest = precacheManifest(Object.keys(files), site(files));

  it('lists each file at its address, a hashed one without revision', () => {
    expect(manifest.map(({ url }) => url)).toEqual(['/index.html', '/guides/index.html', '/_astro/Base.abc123.css']);
    expect(manifest[2].revision).toBeNull();
    expect(manifest[0].revision).toMatch(/^[0-9a-f]{12}$/);
  });

  it('gives a page a new revision when, and only when, its content changes', () => {
    const same = precacheManifest(Object.keys(files), site(files));
    const changed = precacheManifest(Object.keys(files), site({ ...files, 'index.html': '<h1>New deploy</h1>' }));
    expect(same).toEqual(manifest);
    expect(changed[0].revision).not.toBe(manifest[0].revision);
    expect(changed.slice(1)).toEqual(manifest.slice(1));
  });
});

/** The worker's `name` (a constant or a function of its script), with its listeners given to nobody. */
function fromWorker(manifest: PrecacheEntry[], name: string, assetsOf?: Record<string, string[]>) {
  const self = { location: new URL('https://callback.example/sw.js'), addEventListener: () => {} };
  return runInNewContext(`${workerScript(manifest, assetsOf)}\n${name}`, { self, URL });
}

describe('workerScript', () => {
  const manifest: PrecacheEntry[] = [
    { url: '/index.html', revision: 'aaa' },
    { url: '/guides/index.html', revision: 'bbb' },
    { url: '/offline/index.html', revision: 'ccc' },
    { url: '/search-index.json', revision: 'ddd' },
    { url: '/_astro/Base.abc123.css', revision: null },
  ];

  it.each([
    ['PAGES_CACHE', PAGES_CACHE],
    ['ASSETS_CACHE', ASSETS_CACHE],
    ['SEARCH_CACHE', SEARCH_CACHE],
    ['OFFLINE_PAGE', OFFLINE_PAGE],
    ['PRECACHE_PREFIX', PRECACHE_PREFIX],
  ])('names %s as the pages do', (name, value) => {
    expect(fromWorker(manifest, name)).toBe(value);
  });

  it('knows, per page, what to save with it beyond the shell (a tool’s scripts), without fetching a list', () => {
    const assetsOf = { '/diagnose/': ['/_astro/Diagnose.abc.js'] };
    expect(fromWorker(manifest, 'JSON.stringify(ASSETS_OF)', assetsOf)).toBe(JSON.stringify(assetsOf));
  });

  it('leaves the comments of its source to the source: every first visit downloads it', () => {
    expect(workerScript(manifest)).not.toMatch(/^\s*\/\/ The tools load their scripts/m);
  });

  it('names its precache after the list, so a deploy that changes a file installs into a cache of its own', () => {
    const name = fromWorker(manifest, 'PRECACHE_CACHE');
    expect(name.startsWith(PRECACHE_PREFIX)).toBe(true);
    expect(fromWorker(manifest, 'PRECACHE_CACHE')).toBe(name);
    expect(fromWorker([{ ...manifest[0], revision: 'changed' }, ...manifest.slice(1)], 'PRECACHE_CACHE')).not.toBe(name);
  });

  const routeFor = fromWorker(manifest, 'routeFor');
  const route = (address: string, navigate = false) => routeFor(new URL(address, 'https://callback.example'), navigate);
  it.each([
    // Precached files, a page by its address too, from the precache, revision in the key.
    ['/', true, { strategy: 'precache', key: '/index.html?__revision=aaa' }],
    ['/guides/', true, { strategy: 'precache', key: '/guides/index.html?__revision=bbb' }],
    ['/guides/index.html', true, { strategy: 'precache', key: '/guides/index.html?__revision=bbb' }],
    ['/?utm_source=mail', true, { strategy: 'precache', key: '/index.html?__revision=aaa' }],
    ['/search-index.json', false, { strategy: 'precache', key: '/search-index.json?__revision=ddd' }],
    ['/_astro/Base.abc123.css', false, { strategy: 'precache', key: '/_astro/Base.abc123.css' }],
    // Other pages: network first; a query the precache does not know is another page.
    ['/guides/following-up/', true, { strategy: 'page' }],
    ['/guides/?q=offer', true, { strategy: 'page' }],
    ['/404.html', true, { strategy: 'page' }],
    ['/guides/following-up', true, { strategy: 'slashless' }],
    ['/guides', true, { strategy: 'slashless' }],
    // Hashed files outside the shell, and the search index's parts.
    ['/_astro/diagnose.xyz.js', false, { strategy: 'asset' }],
    ['/search/terms/ab.json', false, { strategy: 'search' }],
    ['/search-index/records/3.json?v=2', false, { strategy: 'search' }],
    // Data a tool fetches when it goes live: kept once fetched, so the tool works offline.
    ['/holidays/GB-SCT.json', false, { strategy: 'data' }],
    ['/holidays/index.json', false, { strategy: 'data' }],
    ['/practice/bank.json', false, { strategy: 'data' }],
    // Left to the browser.
    ['/search/meta.json', false, undefined],
    ['/icon-192.png', false, undefined],
    ['/guides/following-up/', false, undefined],
    ['https://elsewhere.example/', true, undefined],
  ])('%s (navigation: %s) is answered by %o', (address, navigate, expected) => {
    // Compared as plain data: the object comes from the worker's own realm.
    expect(JSON.parse(JSON.stringify(route(address, navigate)) ?? 'null') ?? undefined).toEqual(expected);
  });
});
