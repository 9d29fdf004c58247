/**
 * The journal with 500 full interviews saved (issue 18): how long its island takes from start to the list on
 * screen (the `journal:render` measure it marks), on a desktop without CPU slowdown, and the JS it loads
 * at load (with saved data it goes live at once, as every tool does). Part of `npm run bench`.
 */
import type { Browser } from '@playwright/test';
import { INTERVIEWS, MAX_INTERVIEWS } from '../../src/lib/interviews/interviews.ts';
import { encodeValue } from '../../src/lib/storage/storage-codec.ts';
import { storageKey } from '../../src/lib/storage/stored-value.ts';
import { fullJournal } from './full-journal.ts';
import { gz } from './gz.ts';

/** Issue 18: 500 interviews render in under this, on desktop. */
export const JOURNAL_RENDER_MS = 100;

export async function journalAt500(browser: Browser, url: string, runs: number) {
  const saved = encodeValue(INTERVIEWS.schema, fullJournal(MAX_INTERVIEWS));
  const renders: number[] = [];
  let js = 0;
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1366, height: 768 } });
    await context.addInitScript(([key, value]) => localStorage.setItem(key, value), [storageKey(INTERVIEWS), saved] as const);
    const page = await context.newPage();
    const scripts: Promise<number>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.body().then(gz, () => 0));
    });
    await page.goto(url + '/journal/', { waitUntil: 'networkidle' });
    await page.waitForFunction((count) => document.querySelectorAll('.interviews > li').length === count, MAX_INTERVIEWS);
    const ms = await page.evaluate(() => performance.getEntriesByName('journal:render')[0]?.duration);
    if (ms === undefined) throw new Error('The journal did not mark journal:render: is the measure still in Journal.svelte?');
    renders.push(ms);
    const inline = await page.$$eval('script:not([src])', (list) => list.map((s) => s.textContent ?? '').join('\n'));
    js = (await Promise.all(scripts)).reduce((a, b) => a + b, 0) + gz(inline);
    await context.close();
  }
  renders.sort((a, b) => a - b);
  return { renderMs: Math.round(renders[Math.floor(runs / 2)]), runs: renders.map(Math.round), js, bytes: saved.length };
}
