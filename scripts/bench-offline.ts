#!/usr/bin/env node
/**
 * The third part of npm run bench: what the first visit to a lesson costs once the service worker is allowed,
 * at 1× and 100× the lessons (scripts/lib/scaled-site.ts). In Chromium, with service workers allowed, it opens
 * a lesson, waits until the worker is activated and controls the page (it precaches before it activates), and
 * adds up the gzipped bytes (gzip -9, as a host compresses) of every response the page and the worker fetched
 * from the network; a response from the HTTP cache costs nothing. Each file is counted once per fetch: a file
 * the page loaded and the worker fetched again counts twice. The count is checked against the precache list
 * in sw.js: every listed file must be accounted for (fetched, or taken from the HTTP cache).
 *
 * Budget: 150 kB gz in all (issue 17), with 15% headroom: at most 127.5 kB measured, at each size. Prints each
 * size's figure, its budget and ok or OVER; writes reports/bench-offline.json; exits 1 on a miss.
 *
 * Usage: node scripts/bench-offline.ts [--no-build] [--scales=1,100]
 *   --no-build  measure the outputs already built (dist/ and scaledOut(scale))
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, ensureBrowser } from './browser.ts';
import { gz } from './lib/gz.ts';
import { buildScaled, scaledOut } from './lib/scaled-site.ts';
import { serve } from './serve.ts';

const KB = 1024;
const BUDGET = 150 * KB;
/** 15% headroom under the budget. */
const LIMIT = BUDGET * 0.85;

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const noBuild = process.argv.includes('--no-build');
const scales = (arg('scales') ?? '1,100').split(',').map(Number);

const fmt = (bytes: number) => `${(bytes / KB).toFixed(1)} kB`;

interface Fetched {
  url: string;
  /** Who asked: the page, or the service worker (its precaching, its own scripts). */
  by: 'page' | 'worker';
  gz: number;
}

/** The files sw.js precaches, as site addresses, from the list the build writes into it (scripts/service-worker.ts). */
function precacheList(dir: string): string[] {
  const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
  return [...sw.matchAll(/"url":"([^"]+)"/g)].map(([, url]) => url);
}

/** The file the static server (scripts/serve.ts) answers `pathname` with. */
function servedFile(dir: string, pathname: string): string {
  const path = join(dir, decodeURIComponent(pathname));
  for (const file of [path, join(path, 'index.html'), `${path}.html`]) if (existsSync(file) && statSync(file).isFile()) return file;
  return join(dir, '404.html');
}

/** The first lesson in the build, by address. */
function firstLesson(dir: string): string {
  const slug = readdirSync(join(dir, 'guides'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()[0];
  return `/guides/${slug}/`;
}

async function measure(browser: Browser, dir: string) {
  const { server, url } = await serve({ dir });
  const lesson = firstLesson(dir);
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  const fetched: Promise<Fetched | undefined>[] = [];
  // The context sees the page's requests and the service worker's alike.
  context.on('response', (response) => {
    const request = response.request();
    fetched.push(
      (async () => {
        // Served by the worker from its cache, or by the browser from the HTTP cache: nothing crossed the network.
        if (response.fromServiceWorker()) return undefined;
        const sizes = await request.sizes().catch(() => undefined);
        // Revalidated (304 Not Modified, as after a page loaded it) or from the HTTP cache: no body came.
        if (response.status() === 304 || (sizes && sizes.responseBodySize === 0)) return undefined;
        const { pathname } = new URL(response.url());
        // The file served, read from disk: a large body is not always kept by the browser for Playwright.
        return {
          url: pathname,
          by: request.serviceWorker() ? 'worker' : 'page',
          gz: gz(readFileSync(servedFile(dir, pathname))),
        } satisfies Fetched;
      })(),
    );
  });
  const page = await context.newPage();
  await page.goto(url + lesson, { waitUntil: 'load' });
  const controlled = await page.evaluate(async () => {
    if (!('serviceWorker' in navigator)) return false;
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }));
    return true;
  });
  await page.waitForLoadState('networkidle');
  const files = (await Promise.all(fetched)).filter((f): f is Fetched => !!f);
  await context.close();
  server.close();

  const precache = precacheList(dir);
  const seen = new Set(files.map((f) => f.url));
  const precacheGz = precache.reduce((sum, file) => sum + gz(readFileSync(servedFile(dir, file))), 0);
  // The worker's own script is fetched by the browser, not by a page or a worker: counted from disk.
  const scripts = ['/sw.js'];
  for (const script of scripts) {
    if (!seen.has(script)) files.push({ url: script, by: 'worker', gz: gz(readFileSync(servedFile(dir, script))) });
  }
  const sum = (list: Fetched[]) => list.reduce((total, f) => total + f.gz, 0);
  const byPage = files.filter((f) => f.by === 'page');
  const byWorker = files.filter((f) => f.by === 'worker');
  const precached = new Set(precache);
  // Precached files the worker did not fetch: it took them from the HTTP cache, where the page had put them.
  const fromHttpCache = precache.filter((file) => !byWorker.some((f) => f.url === file));
  const gzOf = (urls: string[]) => urls.reduce((total, url) => total + gz(readFileSync(servedFile(dir, url))), 0);
  // The check: what the worker fetched is the precache list, less what came from the HTTP cache, plus its
  // own scripts, give or take what it fetched off the list (the page it was installed from, revalidated).
  const expectedWorker = precacheGz - gzOf(fromHttpCache) + gzOf(scripts);
  return {
    lesson,
    controlled,
    total: sum(files),
    page: sum(byPage),
    worker: sum(byWorker),
    searchIndex: sum(files.filter((f) => /^\/search(-index)?(\/.*)?\.json$/.test(f.url))),
    precache: { files: precache.length, gz: precacheGz, fetchedByWorker: byWorker.filter((f) => precached.has(f.url)).length },
    precacheFromHttpCache: fromHttpCache,
    expectedWorker,
    files,
  };
}

const browser = await chromium.launch({ executablePath: ensureBrowser(), args: CHROMIUM_ARGS });
const results = [];
for (const scale of scales) {
  const dir = noBuild ? scaledOut(scale) : buildScaled(scale).dir;
  if (!existsSync(join(dir, 'sw.js'))) throw new Error(`${dir} has no sw.js: build it first, or leave out --no-build`);
  results.push({ scale, dir, ...(await measure(browser, dir)) });
}
await browser.close();

console.log(`\nFirst visit to a lesson with the service worker allowed (gzip -9): budget ${fmt(BUDGET)}, at most ${fmt(LIMIT)} measured\n`);
console.log(
  ['scale', 'total', 'page', 'worker', 'search idx', 'precache list']
    .map((h, i) => (i ? h.padStart(i === 5 ? 18 : 14) : h.padEnd(7)))
    .join(''),
);
const failures: string[] = [];
for (const r of results) {
  const ok = r.controlled && r.total <= LIMIT;
  if (!ok) failures.push(`${r.scale}×: ${r.controlled ? `${fmt(r.total)} > ${fmt(LIMIT)}` : 'the service worker never took control'}`);
  console.log(
    [
      `${r.scale}×`.padEnd(7),
      fmt(r.total).padStart(14),
      fmt(r.page).padStart(14),
      fmt(r.worker).padStart(14),
      fmt(r.searchIndex).padStart(14),
      `${r.precache.files} / ${fmt(r.precache.gz)}`.padStart(18),
      `  ${ok ? 'ok' : 'OVER'}`,
    ].join(''),
  );
}
for (const r of results) {
  console.log(
    `\n${r.scale}× (${r.lesson}): the worker fetched ${r.precache.fetchedByWorker} of the ${r.precache.files} precached files; ` +
      `${r.precacheFromHttpCache.length ? `from the HTTP cache (loaded by the page): ${r.precacheFromHttpCache.join(', ')}` : 'none came from the HTTP cache'}.`,
  );
  const gap = r.worker - r.expectedWorker;
  const matches = Math.abs(gap) <= KB;
  if (!matches) failures.push(`${r.scale}×: the worker's count is ${fmt(gap)} off the precache list`);
  console.log(
    `  Check: precache list ${fmt(r.precache.gz)} − from the HTTP cache + the worker's scripts = ${fmt(r.expectedWorker)}; ` +
      `counted ${fmt(r.worker)}: ${matches ? 'matches' : 'DOES NOT MATCH'}.`,
  );
  for (const f of [...r.files].sort((a, b) => b.gz - a.gz).slice(0, 8))
    console.log(`  ${fmt(f.gz).padStart(9)}  ${f.by.padEnd(6)}  ${f.url}`);
}

mkdirSync('reports', { recursive: true });
writeFileSync(
  'reports/bench-offline.json',
  JSON.stringify({ date: new Date().toISOString(), budget: BUDGET, limit: LIMIT, results: results.map(({ dir: _, ...r }) => r) }, null, 2),
);
console.log('\nReport: reports/bench-offline.json');
if (failures.length) {
  console.error(`\nOver budget: ${failures.join('; ')}`);
  process.exit(1);
}
