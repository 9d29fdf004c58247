/** The built site as documents, parsed once, for checks that need no browser (links, anchors, content). */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { readParts, type SplitIndex } from '../../../src/lib/search/shards';
import { builtPages } from '../../../scripts/pages.ts';

export const DIST = join(import.meta.dirname, '../../../dist');
export const LESSONS_DIR = join(import.meta.dirname, '../../../content/lessons');

function fileFor(path: string) {
  return path.endsWith('/') ? join(DIST, path, 'index.html') : join(DIST, `${path}.html`);
}

const cache = new Map<string, Document>();
/** The parsed HTML of a built page, by URL path. */
export function doc(path: string): Document {
  if (!cache.has(path)) cache.set(path, new JSDOM(readFileSync(fileFor(path), 'utf8')).window.document);
  return cache.get(path)!;
}

/**
 * Every page of the build, question pages included (PAGES samples those for the suites that open a browser on
 * each page; a check of the HTML alone reads them all).
 */
export const pageSet = new Set(builtPages(DIST));

export const lessonIds = readdirSync(LESSONS_DIR)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.replace(/\.mdx$/, ''))
  .sort();

/** The search index the build wrote, in its parts (src/lib/search/shards.ts). */
export function searchParts(): SplitIndex {
  return readParts((path) => JSON.parse(readFileSync(join(DIST, path), 'utf8')));
}
