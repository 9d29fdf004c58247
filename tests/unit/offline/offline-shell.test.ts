/** What the service worker precaches and what "Keep all guides" saves, chosen from a built site's files. */
import { describe, expect, it } from 'vitest';
import { globToRegExp, loadedBy, OFFLINE, planOffline, referencesOf, SEARCH_PARTS, urlOf } from '../../../scripts/lib/offline-shell.ts';

/** A small built site: each file's text, as far as references go. */
const SITE: Record<string, string> = {
  'index.html':
    '<link rel="stylesheet" href="/_astro/Base.a1.css"><script type="module" src="/_astro/Header.b2.js"></script>' +
    '<astro-island component-url="/_astro/Today.p1.js" renderer-url="/_astro/client.h8.js" client="intent">',
  'guides/index.html': '<link rel="stylesheet" href="/_astro/Base.a1.css"><script type="module" src="/_astro/guides.c3.js"></script>',
  'guides/following-up/index.html': '<link rel="stylesheet" href="/_astro/_slug_.d4.css"><script src="/_astro/Header.b2.js"></script>',
  'guides/red-flags/index.html': '<link rel="stylesheet" href="/_astro/_slug_.d4.css"><astro-island component-url="/_astro/Copy.e5.js">',
  'offline/index.html': '<script type="module" src="/_astro/offline.f6.js"></script>',
  'diagnose/index.html': '<astro-island component-url="/_astro/Diagnose.g7.js" renderer-url="/_astro/client.h8.js">',
  'checklists/index.html': '',
  'checklists/pre-interview/index.html': '<astro-island component-url="/_astro/Checklist.i9.js">',
  'data/index.html': '',
  'how-this-advice-was-made/index.html': '<script src="/_astro/Trust.j0.js"></script>',
  '404.html': '<link rel="stylesheet" href="/_astro/Base.a1.css">',
  '_astro/Base.a1.css': 'src:url(/_astro/font.k1.woff2)',
  '_astro/Header.b2.js': 'const open=`/_astro/open-search.l2.js`',
  '_astro/open-search.l2.js': 'import{m as t}from"./client.h8.js";',
  '_astro/client.h8.js': '',
  '_astro/guides.c3.js': 'import"./quick-storage.m3.js"',
  '_astro/quick-storage.m3.js': '',
  '_astro/_slug_.d4.css': '',
  '_astro/Copy.e5.js': 'new Worker(new URL(`/_astro/ics-worker-n4.js`,``+import.meta.url))',
  '_astro/ics-worker-n4.js': '',
  '_astro/offline.f6.js': '',
  '_astro/Diagnose.g7.js': 'import("./DiagnosisResult.o5.js");import"./client.h8.js"',
  '_astro/DiagnosisResult.o5.js': '',
  '_astro/Checklist.i9.js': 'import"./quick-storage.m3.js"',
  '_astro/Trust.j0.js': '',
  '_astro/Today.p1.js': 'import"./client.h8.js";import"./plan.q2.js"',
  '_astro/plan.q2.js': '',
  '_astro/font.k1.woff2': '',
  'favicon-32.png': '',
  'icon-512.png': '',
  'manifest.webmanifest': '',
  'search-index.json': '',
  'search/meta.3f.json': '',
  'search/terms/ab.json': '',
};
const files = Object.keys(SITE);
const read = (file: string) => SITE[file];
const plan = planOffline(files, read);

describe('the shell the service worker precaches', () => {
  it('holds the home page, the guides index and the offline page, but no lesson and no tool page', () => {
    const pages = plan.precache.filter((file) => file.endsWith('.html'));
    expect(pages).toEqual(['guides/index.html', 'index.html', 'offline/index.html']);
  });

  it('holds every script, style and font those pages and any lesson load, through imports and the search trigger', () => {
    expect(plan.precache).toEqual(
      expect.arrayContaining([
        '_astro/Base.a1.css',
        '_astro/font.k1.woff2',
        '_astro/Header.b2.js',
        '_astro/open-search.l2.js',
        '_astro/client.h8.js',
        '_astro/quick-storage.m3.js',
        '_astro/_slug_.d4.css',
        '_astro/Copy.e5.js',
      ]),
    );
  });

  it('leaves out what is loaded only on use (the calendar worker), the tools’ scripts and the PNG icons', () => {
    for (const file of ['_astro/ics-worker-n4.js', '_astro/Diagnose.g7.js', '_astro/Checklist.i9.js', 'icon-512.png', '404.html'])
      expect(plan.precache).not.toContain(file);
  });

  it('leaves out the home page’s "What’s next" and what only it loads: a first visit has nothing saved to show', () => {
    expect(plan.precache).not.toContain('_astro/Today.p1.js');
    expect(plan.precache).not.toContain('_astro/plan.q2.js');
    // What the rest of the shell loads too stays.
    expect(plan.precache).toContain('_astro/client.h8.js');
  });

  it('holds what search needs to start (the index, or the split index’s meta file), not its shards', () => {
    expect(plan.precache).toEqual(
      expect.arrayContaining(['search-index.json', 'search/meta.3f.json', 'favicon-32.png', 'manifest.webmanifest']),
    );
    expect(plan.precache).not.toContain('search/terms/ab.json');
  });
});

describe('what "Keep all guides for offline" saves', () => {
  it('is every lesson and tool page, and nothing precached already', () => {
    expect(plan.keepPages.map(urlOf)).toEqual([
      '/checklists/',
      '/checklists/pre-interview/',
      '/data/',
      '/diagnose/',
      '/guides/following-up/',
      '/guides/red-flags/',
    ]);
  });

  it('brings the scripts those pages load that the shell does not hold, lazy ones included', () => {
    expect(plan.keepAssets).toEqual([
      '_astro/Checklist.i9.js',
      '_astro/Diagnose.g7.js',
      '_astro/DiagnosisResult.o5.js',
      '_astro/ics-worker-n4.js',
    ]);
  });
});

describe('what a visited page is saved with', () => {
  it('is, per page, the scripts it loads beyond the shell, so a tool that loads on first use starts offline', () => {
    expect(plan.assetsByPage['diagnose/index.html']).toEqual(['_astro/Diagnose.g7.js', '_astro/DiagnosisResult.o5.js']);
    expect(plan.assetsByPage['checklists/pre-interview/index.html']).toEqual(['_astro/Checklist.i9.js']);
    // A page whose every file is in the shell needs nothing more.
    expect(plan.assetsByPage['guides/following-up/index.html']).toEqual([]);
  });
});

describe('references between built files', () => {
  const all = new Set(files);
  it('resolves `../` from the chunk’s folder and `/_astro/` from the root, keeping only files that exist', () => {
    expect(referencesOf('_astro/Diagnose.g7.js', SITE['_astro/Diagnose.g7.js'], all).sort()).toEqual([
      '_astro/DiagnosisResult.o5.js',
      '_astro/client.h8.js',
    ]);
    expect(referencesOf('index.html', '<a href="./nowhere.js">', all)).toEqual([]);
  });
  it('follows chains of imports to their end, once each', () => {
    expect([...loadedBy(['index.html'], all, read)].sort()).toEqual([
      '_astro/Base.a1.css',
      '_astro/Header.b2.js',
      '_astro/Today.p1.js',
      '_astro/client.h8.js',
      '_astro/font.k1.woff2',
      '_astro/open-search.l2.js',
      '_astro/plan.q2.js',
    ]);
  });

  it('does not follow what a lazy file loads', () => {
    const loaded = loadedBy(['index.html'], all, read, new Set(['_astro/Today.p1.js']));
    expect(loaded).toContain('_astro/Today.p1.js');
    expect(loaded).not.toContain('_astro/plan.q2.js');
  });
});

describe('the search parts cached as they are fetched', () => {
  it.each([
    ['https://callback.example/search-index.json', true],
    ['https://callback.example/search/terms/ab.3f.json', true],
    ['https://callback.example/search-index/records/12.json?v=2', true],
    ['https://callback.example/search/meta.3f.json', false],
    ['https://callback.example/search/', false],
    ['https://callback.example/guides/search.json', false],
  ])('%s: %s', (url, cached) => {
    expect(SEARCH_PARTS.test(url)).toBe(cached);
  });
});

describe('patterns', () => {
  it.each([
    ['guides/*/index.html', 'guides/a/index.html', true],
    ['guides/*/index.html', 'guides/index.html', false],
    ['guides/*/index.html', 'guides/a/b/index.html', false],
    ['search/**', 'search/terms/ab.json', true],
    ['search/meta*.json', 'search/meta.3f.json', true],
    ['search-index.json', 'search-indexXjson', false],
  ])('%s matches %s: %s', (pattern, file, expected) => {
    expect(globToRegExp(pattern).test(file)).toBe(expected);
  });

  it('every pattern of the real plan is a path inside the site', () => {
    for (const pattern of Object.values(OFFLINE).flat()) expect(pattern).not.toMatch(/^\//);
  });
});
