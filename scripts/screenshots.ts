/**
 * Screenshots for looking at the site as a person would, written to reports/screens/:
 *   pages   every built page at 320, 390 and 1366 px wide, light and dark, full length;
 *   states  what only shows after some use (the quiz half-way, a result, search with results, the planner
 *           with an interview, the journal after four interviews), at 390 and 1366 px, light and dark;
 *   print   the pre-interview checklist printed on Letter paper, one PNG per sheet.
 *
 * Usage: npm run build && npm run screenshots [-- /path ...] [-- --only=pages|states|print]
 * Paths limit the run to those pages. A run of everything first empties reports/screens/, so nothing stale
 * is left beside the new shots.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findBrowser } from './browser.ts';
import {
  addPlannerInterview,
  diagnoseNew,
  journalOfFour,
  mentorLink,
  mentorReview,
  preparedLoop,
  searchFor,
  startInterview,
} from './lib/drive.ts';
import { pdfToPngs } from './lib/pdf-png.ts';
import { parseScreensArgs, pathSlug } from './lib/screens.ts';
import { samplePages } from './pages.ts';
import { serve } from './serve.ts';

const OUT = 'reports/screens';
/** A small phone, a common phone and a common laptop. */
const PAGE_SIZES = [
  [320, 568],
  [390, 844],
  [1366, 768],
] as const;
const STATE_SIZES = PAGE_SIZES.slice(1);
const SCHEMES = ['light', 'dark'] as const;

interface State {
  name: string;
  path: string;
  /** Brings a fresh page (no stored data) on `path` to the state. */
  reach: (page: Page) => Promise<void>;
  /** A dialog covers the screen: the viewport is what a person sees, not the page behind it. */
  viewportOnly?: boolean;
}

const STATES: State[] = [
  { name: 'quiz-midway', path: '/diagnose/', reach: (page) => startInterview(page) },
  { name: 'diagnose-result', path: '/diagnose/', reach: diagnoseNew },
  { name: 'search-results', path: '/guides/', reach: (page) => searchFor(page, 'follow up'), viewportOnly: true },
  { name: 'planner-interview', path: '/checklists/post-interview/', reach: (page) => addPlannerInterview(page) },
  { name: 'journal-four', path: '/journal/', reach: journalOfFour },
  { name: 'stories-two', path: '/stories/', reach: preparedLoop },
  { name: 'practice-card', path: '/practice/', reach: preparedLoop },
  { name: 'day-of-sheet', path: '/checklists/pre-interview/', reach: preparedLoop },
  { name: 'journal-prepared', path: '/journal/#interview-acme', reach: preparedLoop },
  { name: 'mentor-review', path: `/mentor/#${await mentorLink()}`, reach: mentorReview },
];

const started = Date.now();
const request = (() => {
  try {
    return parseScreensArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`screenshots: ${(error as Error).message}`);
    process.exit(2);
  }
})();
const written: string[] = [];
const failed: string[] = [];

/** Waits for what a screenshot taken at `load` could miss: web fonts and the islands' first fetches. */
async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => document.fonts.ready);
}

async function shoot(page: Page, name: string, fullPage = true) {
  const path = `${OUT}/${name}.png`;
  await settle(page);
  await page.screenshot({ path, fullPage, animations: 'disabled' });
  written.push(path);
}

async function shootPages(browser: Browser, url: string) {
  const paths = request.paths.length ? request.paths : samplePages();
  for (const [width, height] of PAGE_SIZES) {
    for (const colorScheme of SCHEMES) {
      const context = await browser.newContext({ viewport: { width, height }, colorScheme, serviceWorkers: 'block' });
      try {
        for (const path of paths) {
          const page = await context.newPage();
          try {
            await page.goto(url + path);
            await shoot(page, `page-${pathSlug(path)}-${width}-${colorScheme}`);
          } catch (error) {
            failed.push(`${path} at ${width} ${colorScheme}: ${(error as Error).message.split('\n')[0]}`);
          } finally {
            await page.close();
          }
        }
      } finally {
        await context.close();
      }
    }
  }
}

/** Each state is reached once per width, then shot in both themes: the site's colors follow the media query live. */
async function shootStates(browser: Browser, url: string) {
  for (const state of STATES) {
    for (const [width, height] of STATE_SIZES) {
      const context = await browser.newContext({ viewport: { width, height }, serviceWorkers: 'block' });
      try {
        const page = await context.newPage();
        page.setDefaultTimeout(15_000);
        await page.goto(url + state.path);
        await state.reach(page);
        for (const colorScheme of SCHEMES) {
          await page.emulateMedia({ colorScheme });
          await shoot(page, `state-${state.name}-${width}-${colorScheme}`, !state.viewportOnly);
        }
      } catch (error) {
        failed.push(`${state.name} at ${width}: ${(error as Error).message.split('\n')[0]}`);
      } finally {
        await context.close();
      }
    }
  }
}

/** The sheet as it comes out of a printer: Chromium's PDF, each page drawn to an image. */
async function shootPrint(browser: Browser, url: string) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.goto(url + '/checklists/pre-interview/');
    await settle(page);
    const pdf = await page.pdf({ format: 'Letter' });
    const pngs = await pdfToPngs(context, pdf);
    for (const [i, png] of pngs.entries()) {
      const path = `${OUT}/print-pre-interview-${i + 1}.png`;
      await writeFile(path, png);
      written.push(path);
    }
  } catch (error) {
    failed.push(`print: ${(error as Error).message.split('\n')[0]}`);
  } finally {
    await context.close();
  }
}

const { server, url } = await serve();
let browser: Browser | undefined;
try {
  browser = await chromium.launch({ executablePath: findBrowser(), args: CHROMIUM_ARGS });
  if (!request.paths.length && request.kinds.length === 3) await rm(OUT, { recursive: true, force: true });
  await mkdir(OUT, { recursive: true });
  if (request.kinds.includes('pages')) await shootPages(browser, url);
  if (request.kinds.includes('states')) await shootStates(browser, url);
  if (request.kinds.includes('print')) await shootPrint(browser, url);
} finally {
  await browser?.close();
  server.close();
}

const seconds = Math.round((Date.now() - started) / 1000);
console.log(`${written.length} screenshots (${request.kinds.join(', ')}) in ${OUT}/, ${seconds} s.`);
if (failed.length) {
  console.error(`${failed.length} could not be taken:\n  ${failed.join('\n  ')}`);
  process.exitCode = 1;
}
