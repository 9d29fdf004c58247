import { chromium } from '@playwright/test';
import { INTERVIEWS, MAX_INTERVIEWS } from '../src/lib/interviews.ts';
import { encodeValue } from '../src/lib/storage-codec.ts';
import { storageKey } from '../src/lib/stored-value.ts';
import { fullJournal } from './lib/full-journal.ts';
import { findBrowser, CHROMIUM_ARGS } from './browser.ts';
const url = process.argv[2];
const browser = await chromium.launch({ executablePath: findBrowser(), args: CHROMIUM_ARGS });
const saved = encodeValue(INTERVIEWS.schema, fullJournal(MAX_INTERVIEWS));
const totals = new Map<string, number>();
for (let run = 0; run < 3; run++) {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1366, height: 768 } });
  await context.addInitScript(([key, value]) => localStorage.setItem(key, value), [storageKey(INTERVIEWS), saved] as const);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(url + '/journal/', { waitUntil: 'networkidle' });
  await page.waitForFunction((count) => document.querySelectorAll('.interviews > li').length === count, MAX_INTERVIEWS);
  const ms = await page.evaluate(() => { const m = performance.getEntriesByName('journal:render')[0]; return [m.startTime, m.duration]; });
  const { profile } = await cdp.send('Profiler.stop');
  const [start, dur] = ms;
  console.log('render', dur.toFixed(1));
  // self time per function within the measure window
  const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
  let t = profile.startTime;
  const navStart = await page.evaluate(() => performance.timeOrigin * 1000);
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i];
    const rel = (t - navStart) / 1000;
    const n: any = byId.get(profile.samples[i]);
    const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
    totals.set(key, (totals.get(key) ?? 0) + profile.timeDeltas[i] / 1000);
  }
  await context.close();
}
const top = [...totals].sort((a, b) => b[1] - a[1]).slice(0, 30);
for (const [k, v] of top) console.log((v / 3).toFixed(1).padStart(7), k);
await browser.close();
