/** Saving pages for offline: what the control says, how it saves, and the offline page's list of saved pages. */
import { describe, expect, it } from 'vitest';
import { keepAll, keepStatus } from '../../../src/lib/offline/offline';
import { savedPageList, savedPageUrl, titleOf } from '../../../src/lib/offline/saved-pages';

describe('keepStatus', () => {
  it.each([
    [{ saved: 12, failed: 0, total: 20, finished: false }, '12 of 20 pages saved'],
    [{ saved: 0, failed: 0, total: 1, finished: false }, '0 of 1 page saved'],
    [
      { saved: 20, failed: 0, total: 20, finished: true },
      'Done: all 20 pages are saved on this device. Every guide and tool now opens without a connection.',
    ],
    [
      { saved: 19, failed: 1, total: 20, finished: true },
      '19 of 20 pages saved. One could not be fetched: check your connection and try again. What is saved stays saved.',
    ],
    [
      { saved: 12, failed: 8, total: 20, finished: true },
      '12 of 20 pages saved. 8 could not be fetched: check your connection and try again. What is saved stays saved.',
    ],
  ])('%o says %s', (progress, text) => {
    expect(keepStatus(progress)).toBe(text);
  });
});

describe('keepAll', () => {
  it('saves every address, reports after each one, and finishes', async () => {
    const saved: string[] = [];
    const reports: string[] = [];
    const done = await keepAll(
      ['/a/', '/b/', '/c/'],
      async (url) => saved.push(url),
      (p) => reports.push(keepStatus(p)),
      2,
    );
    expect(saved.sort()).toEqual(['/a/', '/b/', '/c/']);
    expect(reports.slice(0, 3)).toEqual(['1 of 3 pages saved', '2 of 3 pages saved', '3 of 3 pages saved']);
    expect(done).toEqual({ saved: 3, failed: 0, total: 3, finished: true });
  });

  it('goes on past a page that fails, and counts it', async () => {
    const done = await keepAll(['/a/', '/gone/', '/c/'], async (url) => {
      if (url === '/gone/') throw new Error('offline');
    });
    expect(done).toEqual({ saved: 2, failed: 1, total: 3, finished: true });
  });

  it('finishes at once with nothing to save', async () => {
    expect(await keepAll([], async () => {})).toEqual({ saved: 0, failed: 0, total: 0, finished: true });
  });
});

describe('the offline page’s list', () => {
  const origin = 'https://callback.example';
  it.each([
    ['https://callback.example/guides/following-up/', '/guides/following-up/'],
    ['https://callback.example/guides/index.html?__revision=abc', '/guides/'],
    ['https://callback.example/index.html?__revision=abc', '/'],
    ['https://callback.example/offline/index.html?__revision=abc', undefined],
    ['https://callback.example/404.html', undefined],
    ['https://callback.example/_astro/Base.css', undefined],
    ['https://callback.example/search-index.json', undefined],
    ['https://elsewhere.example/guides/', undefined],
  ])('%s is listed as %s', (href, url) => {
    expect(savedPageUrl(href, origin)).toBe(url);
  });

  it('names a page by its own title, without the site name', () => {
    expect(titleOf('<head><title>Following up without pushing · Callback</title>', 'Callback')).toBe('Following up without pushing');
    expect(titleOf('<title>Callback</title>', 'Callback')).toBe('Callback');
    expect(titleOf('<title>Q&amp;A · Callback</title>', 'Callback')).toBe('Q&A');
    expect(titleOf('<p>no title</p>', 'Callback')).toBeUndefined();
  });

  it('lists each page once: the home page, the other pages, then the lessons, each by title', () => {
    const list = savedPageList([
      { url: '/guides/red-flags/', title: 'Red flags' },
      { url: '/guides/following-up/', title: 'Following up' },
      { url: '/guides/', title: 'Guides' },
      { url: '/diagnose/', title: 'Why no callback?' },
      { url: '/', title: 'Callback' },
      { url: '/guides/', title: 'Guides' },
    ]);
    expect(list.map((p) => p.url)).toEqual(['/', '/guides/', '/diagnose/', '/guides/following-up/', '/guides/red-flags/']);
  });
});
