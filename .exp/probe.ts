import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, ensureBrowser } from '../scripts/browser.ts';
import { serve } from '../scripts/serve.ts';
const dir = process.argv[2] ?? 'dist';
const path = process.argv[3] ?? '/diagnose/';
const { server, url } = await serve({ dir });
const browser = await chromium.launch({ executablePath: ensureBrowser(), args: CHROMIUM_ARGS });
const runs = [];
for (let i = 0; i < 5; i++) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(() => {
    (window as any).__h = []; (window as any).__lt = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) (window as any).__lt.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: 'longtask', buffered: true });
    new MutationObserver((ms) => { for (const m of ms) if (m.attributeName === 'ssr' && !(m.target as Element).hasAttribute('ssr')) (window as any).__h.push(performance.now()); })
      .observe(document, { subtree: true, attributes: true, attributeFilter: ['ssr'] });
  });
  await page.goto(url + path, { waitUntil: 'networkidle' });
  const t = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const res = performance.getEntriesByType('resource').map((r) => [r.name.replace(/.*\//, ''), Math.round(r.startTime), Math.round(r.responseEnd)]);
    return { resEnd: Math.round(nav.responseEnd), dcl: Math.round(nav.domContentLoadedEventEnd), load: Math.round(nav.loadEventEnd), hydrated: (window as any).__h.map(Math.round), lt: (window as any).__lt, res };
  });
  runs.push(t);
  await context.close();
}
for (const r of runs) console.log(r.resEnd, r.dcl, r.load, r.hydrated.join(','), JSON.stringify(r.lt));
console.log(runs[4].res.map((r) => r.join(' ')).join('\n'));
await browser.close(); server.close();
