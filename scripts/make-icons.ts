/**
 * Renders public/icon.svg to the PNG icons the web app manifest lists, and public/favicon.svg to the tab's PNG
 * icon (run after changing either:
 * node scripts/make-icons.ts). The PNGs are committed, so builds need no browser for them.
 */
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findBrowser } from './browser.ts';

const svg = readFileSync('public/icon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: findBrowser(), args: CHROMIUM_ARGS });
for (const size of [180, 192, 512]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<style>*{margin:0}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
  await page.screenshot({ path: `public/icon-${size}.png`, omitBackground: false });
  await page.close();
}
// The tab's icon as a PNG: an SVG favicon is drawn as a document of its own on the page's main thread at every
// load (40-90 ms in Lighthouse's estimate for a slow phone, after first paint: blocking time on every page).
const favicon = readFileSync('public/favicon.svg', 'utf8');
const page = await browser.newPage({ viewport: { width: 32, height: 32 } });
await page.setContent(`<style>*{margin:0}svg{display:block;width:32px;height:32px}</style>${favicon}`);
await page.screenshot({ path: 'public/favicon-32.png', omitBackground: true });
await browser.close();
