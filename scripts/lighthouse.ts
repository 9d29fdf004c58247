/**
 * Lighthouse (mobile preset) on the pages that matter: the home page, a lesson, the diagnostic and each
 * checklist. Prints performance, accessibility, best-practices and SEO per page, the layout shift and the total
 * blocking time, and exits 1 below 100 or with any shift at all.
 * Part of `npm run bench`; alone: npm run bench:lighthouse (after a build).
 *
 * A score near the edge can pass one run and fail the next (the blocking time of a hydrating island moves with
 * whatever else the machine is doing), so a page can be scored several times in a row:
 *   node scripts/lighthouse.ts --only /checklists/post-interview/,/checklists/pre-interview/ --runs 5
 * prints each run and every page's blocking times, worst last, and fails if any run falls below 100.
 * `--json DIR` also writes each run's full report (DIR/<page>-<run>.json) to read its long tasks, and
 * `--dir DIR` scores another build than dist/ (an earlier commit's, built beside it, to compare before and after).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_ARGS, ensureBrowser } from './browser.ts';
import { builtPages, longestPage, QUESTION_PAGE } from './pages.ts';
import { serve } from './serve.ts';

const { values: args } = parseArgs({
  options: {
    only: { type: 'string' },
    runs: { type: 'string', default: '1' },
    json: { type: 'string' },
    dir: { type: 'string', default: 'dist' },
  },
});
// Every checklist the build made, so a new list is scored without being named here.
const CHECKLISTS = builtPages(args.dir).filter((path) => /^\/checklists\/[^/]+\/$/.test(path));
// The question library's front page and every kind of round's list (the longest pages of the site), and the
// longest of its question pages.
const LIBRARY = builtPages(args.dir).filter((path) => /^\/practice\/questions\/([^/]+\/)?$/.test(path));
const QUESTIONS = builtPages(args.dir).filter((path) => QUESTION_PAGE.test(path));
const ALL = ['/', '/guides/following-up/', '/diagnose/', '/journal/', '/stories/', '/practice/', ...CHECKLISTS, ...LIBRARY];
if (QUESTIONS.length) ALL.push(longestPage(args.dir, QUESTIONS));
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const PAGES = args.only ? args.only.split(',').map((path) => path.trim()) : ALL;
const RUNS = Number(args.runs);
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error(`--runs takes a whole number of runs, 1 or more, not "${args.runs}"`);
const unknown = PAGES.filter((path) => !ALL.includes(path));
if (unknown.length) throw new Error(`--only names pages this bench does not score: ${unknown.join(', ')} (it scores ${ALL.join(', ')})`);
if (args.json) mkdirSync(args.json, { recursive: true });

// Compressed, as a host serves the site (see serve.ts).
const { server, url } = await serve({ dir: args.dir, compress: true });
const chrome = await chromeLauncher.launch({ chromePath: ensureBrowser(), chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
const failures: string[] = [];
const blocking = new Map<string, number[]>(PAGES.map((path) => [path, []]));
console.log(
  [
    RUNS > 1 ? 'run'.padEnd(5) : '',
    'page'.padEnd(32),
    ...CATEGORIES.map((c) => c.padStart(15)),
    'CLS'.padStart(8),
    'TBT ms'.padStart(8),
  ].join(''),
);
try {
  for (let run = 1; run <= RUNS; run++) {
    for (const path of PAGES) {
      const result = await lighthouse(url + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
      // Lighthouse gives no result only when it was given nothing to run, which would be a bug here.
      if (!result) throw new Error(`Lighthouse returned no result for ${path}`);
      const { lhr } = result;
      if (args.json)
        writeFileSync(join(args.json, `${path.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'home'}-${run}.json`), result.report as string);
      const scores = CATEGORIES.map((c) => Math.round((lhr.categories[c].score ?? 0) * 100));
      // Issue 17: nothing a script changes may move the page; a shift too small to cost a point still fails.
      const cls = lhr.audits['cumulative-layout-shift'].numericValue ?? 0;
      const tbt = lhr.audits['total-blocking-time'].numericValue ?? 0;
      blocking.get(path)!.push(tbt);
      console.log(
        [
          RUNS > 1 ? String(run).padEnd(5) : '',
          path.padEnd(32),
          ...scores.map((s) => String(s).padStart(15)),
          cls.toFixed(3).padStart(8),
          tbt.toFixed(0).padStart(8),
        ].join(''),
      );
      const label = RUNS > 1 ? `${path} (run ${run})` : path;
      if (cls > 0) failures.push(`${label} layout shift ${cls.toFixed(3)}, not 0`);
      CATEGORIES.forEach((c, i) => {
        if (scores[i] < 100) {
          const lost = Object.values(lhr.audits)
            .filter((a) => a.score !== null && a.score < 1 && lhr.categories[c].auditRefs.some((r) => r.id === a.id && r.weight > 0))
            .map((a) => (a.displayValue ? `${a.id} (${a.displayValue})` : a.id));
          failures.push(`${label} ${c} ${scores[i]}: ${lost.join(', ')}`);
        }
      });
    }
  }
} finally {
  await chrome.kill();
  server.close();
}
if (RUNS > 1) {
  console.log('\nTotal blocking time per run (ms), and the worst:');
  for (const [path, times] of blocking)
    console.log(`  ${path.padEnd(32)}${times.map((t) => t.toFixed(0).padStart(6)).join('')}   worst ${Math.max(...times).toFixed(0)}`);
}
if (failures.length) {
  console.error(`\nBelow 100:\n${failures.map((f) => `  ${f}`).join('\n')}`);
  process.exit(1);
}
console.log('\nEvery page scores 100 in all four categories, with no layout shift.');
