/**
 * Lighthouse (mobile preset) on the pages that matter: the home page, a lesson, the diagnostic and each
 * checklist. Prints performance, accessibility, best-practices and SEO per page, and the layout shift, and exits 1
 * below 100 or with any shift at all.
 * Part of `npm run bench`; alone: npm run bench:lighthouse (after a build).
 */
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_ARGS, ensureBrowser } from './browser.ts';
import { builtPages } from './pages.ts';
import { serve } from './serve.ts';

// Every checklist the build made, so a new list is scored without being named here.
const CHECKLISTS = builtPages().filter((path) => /^\/checklists\/[^/]+\/$/.test(path));
const PAGES = ['/', '/guides/following-up/', '/diagnose/', '/journal/', '/stories/', '/practice/', ...CHECKLISTS];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const { server, url } = await serve();
const chrome = await chromeLauncher.launch({ chromePath: ensureBrowser(), chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
const failures: string[] = [];
console.log(['page'.padEnd(32), ...CATEGORIES.map((c) => c.padStart(15)), 'CLS'.padStart(8)].join(''));
try {
  for (const path of PAGES) {
    const result = await lighthouse(url + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
    // Lighthouse gives no result only when it was given nothing to run, which would be a bug here.
    if (!result) throw new Error(`Lighthouse returned no result for ${path}`);
    const { lhr } = result;
    const scores = CATEGORIES.map((c) => Math.round((lhr.categories[c].score ?? 0) * 100));
    // Issue 17: nothing a script changes may move the page; a shift too small to cost a point still fails.
    const cls = lhr.audits['cumulative-layout-shift'].numericValue ?? 0;
    console.log([path.padEnd(32), ...scores.map((s) => String(s).padStart(15)), cls.toFixed(3).padStart(8)].join(''));
    if (cls > 0) failures.push(`${path} layout shift ${cls.toFixed(3)}, not 0`);
    CATEGORIES.forEach((c, i) => {
      if (scores[i] < 100) {
        const lost = Object.values(lhr.audits)
          .filter((a) => a.score !== null && a.score < 1 && lhr.categories[c].auditRefs.some((r) => r.id === a.id && r.weight > 0))
          .map((a) => (a.displayValue ? `${a.id} (${a.displayValue})` : a.id));
        failures.push(`${path} ${c} ${scores[i]}: ${lost.join(', ')}`);
      }
    });
  }
} finally {
  await chrome.kill();
  server.close();
}
if (failures.length) {
  console.error(`\nBelow 100:\n${failures.map((f) => `  ${f}`).join('\n')}`);
  process.exit(1);
}
console.log('\nEvery page scores 100 in all four categories, with no layout shift.');
