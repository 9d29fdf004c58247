/**
 * Screenshots of built pages at phone and desktop widths, light and dark, for looking at the site as a
 * person would. Usage: npm run build && npm run screenshots -- [/path ...] (writes reports/screens/).
 */
import { mkdir } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findBrowser } from './browser.ts';
import { serve } from './serve.ts';

const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/'];
const { server, url } = await serve();
const browser = await chromium.launch({ executablePath: findBrowser(), args: CHROMIUM_ARGS });
await mkdir('reports/screens', { recursive: true });
for (const path of paths) {
  for (const [width, height] of [
    [375, 812],
    [1280, 900],
  ]) {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport: { width, height }, colorScheme: scheme });
      await page.goto(url + path);
      const name = `reports/screens/${path.replace(/\W+/g, '_') || 'home'}-${width}-${scheme}.png`;
      await page.screenshot({ path: name, fullPage: true });
      console.log(name);
      await page.close();
    }
  }
}
await browser.close();
server.close();
