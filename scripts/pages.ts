/** Every page of a built site, as URL paths ('/', '/guides/', '/404'), read from its output folder. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : entry.name.endsWith('.html') ? [join(dir, entry.name)] : [],
  );
}

/** The pages under `dir`, the build output (dist/ by default), sorted. */
export function builtPages(dir = 'dist'): string[] {
  const root = resolve(dir);
  return walk(root)
    .map((file) => '/' + relative(root, file).split(sep).join('/'))
    .map((path) => path.replace(/index\.html$/, '').replace(/\.html$/, ''))
    .sort();
}

/** A question's page in the question library, `/practice/questions/<kind>/<id>/`, its kind captured. */
export const QUESTION_PAGE = /^\/practice\/questions\/([^/]+)\/[^/]+\/$/;

/** Of `paths` (pages under `dir`, at least one), the one with the most HTML. */
export function longestPage(dir: string, paths: readonly string[]): string {
  const size = (path: string) => statSync(join(resolve(dir), path, 'index.html')).size;
  return paths.reduce((a, b) => (size(b) > size(a) ? b : a));
}

/**
 * The pages under `dir` with the question library's question pages sampled: nearly two hundred pages of one
 * template, filled from the bank its schema checks, would double the time of everything that visits each page
 * (the e2e suites, the screenshots, the bench). Kept: for each kind of round, its first question's page and its
 * longest. tests/e2e/question-library.spec.ts reads every one.
 */
export function samplePages(dir = 'dist'): string[] {
  const all = builtPages(dir);
  const byKind = Map.groupBy(
    all.filter((path) => QUESTION_PAGE.test(path)),
    (path) => QUESTION_PAGE.exec(path)![1],
  );
  const kept = new Set([...byKind.values()].flatMap((paths) => [paths[0], longestPage(dir, paths)]));
  return all.filter((path) => !QUESTION_PAGE.test(path) || kept.has(path));
}
