import { chromium } from '@playwright/test';
import { journalAt500 } from './lib/bench-journal.ts';
import { findBrowser, CHROMIUM_ARGS } from './browser.ts';
const browser = await chromium.launch({ executablePath: findBrowser(), args: CHROMIUM_ARGS });
console.log(await journalAt500(browser, process.argv[2], Number(process.argv[3] ?? 7)));
await browser.close();
