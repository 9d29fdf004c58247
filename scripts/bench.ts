#!/usr/bin/env node
/**
 * npm run bench: builds the site, loads every page in Chromium, and reports per page the gzipped bytes
 * of HTML, CSS, JS and fonts the browser fetched before any interaction (and, apart, the inline scripts
 * inside the HTML), plus the build time. Fonts have no budget of their own: they are reported so their
 * weight is seen (one variable woff2, cached after the first page). Writes
 * reports/bench.json and exits non-zero when a page is over its budget.
 *
 * Budgets (gzipped bytes): a page without an island, 2 kB of JS and 10 kB of CSS; a lesson page, 3 kB of JS;
 * the diagnostic, 30 kB; any other page with an island, 25 kB (BUDGETS below, from the issues). For scale: Starlight's CI allows 27 kB of JS for all
 * its pages and 16.75 kB of CSS.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, ensureBrowser } from './browser.ts';
import { builtPages } from './pages.ts';
import { serve } from './serve.ts';

const KB = 1024;

interface Budget {
  name: string;
  /** `island` is whether the page hydrates any Svelte island. */
  applies: (path: string, island: boolean) => boolean;
  js: number;
  css: number;
}
type Kind = 'html' | 'css' | 'js' | 'font';
/** Playwright's resource types, as the columns they count in. */
const KINDS: Record<string, Kind> = { document: 'html', stylesheet: 'css', script: 'js', font: 'font' };
interface File {
  kind: Kind;
  url: string;
  bytes: number;
}

/** First match wins. */
const BUDGETS: Budget[] = [
  // Issue 3: a lesson ships only what marking it read and copying its email templates need.
  { name: 'lesson page', applies: (path) => /^\/guides\/[^/]+\/$/.test(path), js: 3 * KB, css: 10 * KB },
  // Issue 4: the whole diagnostic, engine included.
  { name: 'diagnostic', applies: (path) => path === '/diagnose/', js: 30 * KB, css: 10 * KB },
  // Export, import and delete: a tool of the diagnostic's weight, with its budget.
  { name: 'data tools', applies: (path) => path === '/data/', js: 30 * KB, css: 10 * KB },
  { name: 'page without an island', applies: (_path, island) => !island, js: 2 * KB, css: 10 * KB },
  // Issue 5: any checklist page; the strictest island budget so far, so it is the default.
  { name: 'page with an island', applies: () => true, js: 25 * KB, css: 10 * KB },
];

const gz = (body: Buffer | string) => gzipSync(body, { level: 9 }).length;

function build() {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error('astro build failed');
  return Math.round(performance.now() - started);
}

async function measure(browser: Browser, url: string, path: string) {
  // A first visit: the service worker's background precaching would otherwise count as page weight.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const bodies: Promise<File>[] = [];
  page.on('response', (response) => {
    const type = response.request().resourceType();
    const kind: Kind | undefined = KINDS[type];
    if (kind) bodies.push(response.body().then((body) => ({ kind, url: response.url(), bytes: gz(body) })));
  });
  await page.goto(url + path, { waitUntil: 'networkidle' });
  // Islands hydrated at load (search is no island: it loads nothing until asked for).
  const island = (await page.locator('astro-island').count()) > 0;
  // Inline scripts arrive inside the HTML (and are counted there); reported apart for transparency.
  const inline = await page.$$eval('script:not([src])', (scripts) => scripts.map((s) => s.textContent ?? ''));
  const files = await Promise.all(bodies);
  await context.close();
  const sum = (kind: Kind) => files.filter((f) => f.kind === kind).reduce((total, f) => total + f.bytes, 0);
  return { path, island, html: sum('html'), css: sum('css'), js: sum('js'), font: sum('font'), inlineJs: gz(inline.join('\n')), files };
}

const buildMs = build();
const browser = await chromium.launch({ executablePath: ensureBrowser(), args: CHROMIUM_ARGS });
const { server, url } = await serve();
const pages: (Awaited<ReturnType<typeof measure>> & { budget?: Omit<Budget, 'applies'> })[] = [];
for (const path of builtPages()) pages.push(await measure(browser, url, path));
await browser.close();
server.close();

const fmt = (bytes: number) => `${(bytes / KB).toFixed(2)} kB`;
const failures: string[] = [];
console.log(`\nBuild: ${(buildMs / 1000).toFixed(1)} s\n`);
console.log(
  [
    'page'.padEnd(40),
    'HTML'.padStart(10),
    'CSS'.padStart(10),
    'JS'.padStart(10),
    'Fonts'.padStart(10),
    'inline JS'.padStart(11),
    '  budget',
  ].join(''),
);
for (const page of pages) {
  // The last budget applies to every page, so one always matches.
  const budget = BUDGETS.find((b) => b.applies(page.path, page.island))!;
  page.budget = { name: budget.name, js: budget.js, css: budget.css };
  const over = [];
  if (page.js > budget.js) over.push(`JS ${fmt(page.js)} > ${fmt(budget.js)}`);
  if (page.css > budget.css) over.push(`CSS ${fmt(page.css)} > ${fmt(budget.css)}`);
  if (over.length) failures.push(`${page.path}: ${over.join(', ')}`);
  console.log(
    [
      page.path.padEnd(40),
      fmt(page.html).padStart(10),
      fmt(page.css).padStart(10),
      fmt(page.js).padStart(10),
      fmt(page.font).padStart(10),
      fmt(page.inlineJs).padStart(11),
      `  ${over.length ? 'OVER' : 'ok'} (${budget.name})`,
    ].join(''),
  );
}
const max = (kind: Kind) => Math.max(...pages.map((p) => p[kind]));
console.log(
  `\nLargest: HTML ${fmt(max('html'))}, CSS ${fmt(max('css'))}, JS ${fmt(max('js'))}, fonts ${fmt(max('font'))} (gzip -9, as fetched before any interaction)`,
);

mkdirSync('reports', { recursive: true });
writeFileSync(
  'reports/bench.json',
  JSON.stringify({ date: new Date().toISOString(), buildMs, budgets: BUDGETS.map(({ applies: _, ...b }) => b), pages }, null, 2),
);
console.log('Report: reports/bench.json');

if (failures.length) {
  console.error(`\nOver budget:\n${failures.map((f) => `  ${f}`).join('\n')}`);
  process.exit(1);
}
