/**
 * npm run bench:search (also part of npm run bench): what search costs at 1×, 10× and 100× the lessons.
 *
 * Builds the site at each size (scripts/lib/scaled-site.ts; `--no-build` reuses the outputs already there),
 * serves each, and in Chromium at 4× CPU opens a lesson, presses `/` and types a query from
 * tests/fixtures/search-queries.json. It measures the time from that first keystroke to the first result on
 * screen, and the bytes fetched in between (gzip -9 of every response body, the dialog's script included). The
 * sizes are interleaved over several rounds and medians kept: the machine is shared, and timing is noisy. Then,
 * in Node, the latency of every fixture query over each size's shards, already in memory (pure compute: the
 * plan, the scoring, the texts shown; each query's fastest of 7 runs), as median and p95.
 *
 * Budgets, each with 15% headroom (a figure passes at 85% of its budget or less): the first result at 100× in
 * at most 1.2× the time it takes at 1×; a first query fetches at most 60 kB gz at every size; p95 at most 10 ms
 * at 10× and 20 ms at 100×. Writes reports/bench-search.json; exits 1 when a budget is missed.
 *
 * `--before DIR1,DIR10,DIR100` measures other builds of the three sizes in the same run, interleaved (an older
 * commit's, say), for comparison: their figures are reported, not held to the budgets.
 *
 * Usage: node scripts/bench-search.ts [--no-build] [--rounds N] [--before DIR1,DIR10,DIR100]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { pick, prepare, present, score } from '../src/lib/search/search.ts';
import { loadParts, plan, readParts } from '../src/lib/search/shards.ts';
import { CHROMIUM_ARGS, ensureBrowser } from './browser.ts';
import { gz } from './lib/gz.ts';
import { buildScaled, scaledOut } from './lib/scaled-site.ts';
import { serve } from './serve.ts';

const SCALES = [1, 10, 100] as const;
const LESSON = '/guides/following-up/';
const HEADROOM = 0.85;
const KB = 1000;

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const rounds = Number(option('--rounds') ?? 3);

const fixture: { headings: [string, string][]; people: Record<string, [string, string[]][]> } = JSON.parse(
  readFileSync('tests/fixtures/search-queries.json', 'utf8'),
);
const queries = [...fixture.headings, ...Object.values(fixture.people).flat()].map(([query]) => query);
/** Typed in the browser: a typo, a heading, a question as people ask it, a long one. */
const TYPED = ['thnak you note', 'hiring freeze', 'should I call them', 'how many times should I follow up'];

const median = (values: number[]) => percentile(values, 50);
function percentile(values: number[], p: number) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** The builds measured: this checkout's at each size, and the comparison's if asked for. */
interface Site {
  name: string;
  scale: number;
  dir: string;
  url?: string;
}
const sites: Site[] = SCALES.map((scale) => ({ name: 'now', scale, dir: scaledOut(scale) }));
const before = option('--before')?.split(',');
if (before && before.length !== SCALES.length) throw new Error('--before takes three folders: the builds at 1×, 10× and 100×');
before?.forEach((dir, i) => sites.push({ name: 'before', scale: SCALES[i], dir }));

for (const site of sites.filter((s) => s.name === 'now')) {
  if (args.includes('--no-build')) {
    if (!existsSync(join(site.dir, 'index.html'))) throw new Error(`--no-build: no build at ${site.dir}; run without it first`);
    continue;
  }
  const { ms } = buildScaled(site.scale);
  console.log(`built ${site.scale}× in ${(ms / 1000).toFixed(1)} s (${site.dir})`);
}
for (const site of sites) {
  if (!existsSync(join(site.dir, 'index.html'))) throw new Error(`no build at ${site.dir}`);
  site.url = (await serve({ dir: site.dir })).url;
}

/** Times kept by the page: the first keystroke, the last, and the results of the whole query on screen. */
interface Clock {
  benchStart?: number;
  benchLast?: number;
  benchShown?: number;
}

/** One search in a fresh browser context at 4× CPU: ms from `/` to the first result shown, and gz bytes fetched. */
async function firstResult(browser: Browser, site: Site, query: string) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(site.url + LESSON);
  await page.waitForLoadState('networkidle');
  // The page's own clock: from the first keystroke to the first frame with the results of the whole query in
  // the list (the dialog names the query its results answer; an older dialog, without that, answered each key
  // at once). The last keystroke too: how long someone who types quickly waits once done.
  await page.evaluate((typed) => {
    const w = window as unknown as Clock;
    addEventListener('keydown', () => (w.benchLast = performance.now()), { capture: true });
    addEventListener('keydown', () => (w.benchStart = performance.now()), { capture: true, once: true });
    // Checked every frame: the last key may leave the list as it was, changing nothing to observe.
    const check = () => {
      const input = document.querySelector<HTMLInputElement>('#search-input');
      const results = document.getElementById('search-results');
      const done = input?.value === typed && (results?.dataset.query ?? typed) === typed && results?.querySelector('[role="option"]');
      if (done) w.benchShown = performance.now();
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  }, query);
  const bodies: Promise<number>[] = [];
  let counting = true;
  page.on('response', (response) => {
    if (counting)
      bodies.push(
        response.body().then(
          (body) => gz(body),
          () => 0,
        ),
      );
  });
  await page.keyboard.press('/');
  await page.keyboard.type(query);
  await page.waitForFunction(() => (window as unknown as Clock).benchShown !== undefined, null, { timeout: 60_000 });
  counting = false;
  const { ms, afterTyping } = await page.evaluate(() => {
    const w = window as unknown as Required<Clock>;
    return { ms: w.benchShown - w.benchStart, afterTyping: w.benchShown - w.benchLast };
  });
  const bytes = (await Promise.all(bodies)).reduce((sum, n) => sum + n, 0);
  await context.close();
  return { ms, afterTyping, bytes, requests: bodies.length };
}

const browser = await chromium.launch({ executablePath: ensureBrowser(), args: CHROMIUM_ARGS });
const samples = new Map<Site, Awaited<ReturnType<typeof firstResult>>[]>(sites.map((site) => [site, []]));
for (let round = 0; round < rounds; round++) {
  for (const query of TYPED) {
    // Interleaved: every size, then the next query, so a burst of load elsewhere falls on all of them.
    for (const site of round % 2 ? [...sites].reverse() : sites) samples.get(site)!.push(await firstResult(browser, site, query));
  }
  console.log(`round ${round + 1} of ${rounds} done`);
}
await browser.close();

/** Query latency over the shards of a build, every part in memory: the plan, the scoring and the texts shown. */
function latency(dir: string) {
  const parts = readParts((path) => JSON.parse(readFileSync(join(dir, path), 'utf8')));
  const index = loadParts(parts);
  const run = (query: string) => {
    const prepared = prepare(index, query);
    plan(index, parts.meta, prepared);
    return present(pick(index, score(index, prepared)), (id) => index.records[id]);
  };
  for (const query of queries) run(query); // warm up
  // Each query's fastest of several runs: its compute time, with the noise of a shared machine taken out.
  const times = queries.map((query) =>
    Math.min(
      ...Array.from({ length: 7 }, () => {
        const start = performance.now();
        run(query);
        return performance.now() - start;
      }),
    ),
  );
  return { records: index.heads.length, shards: parts.meta.shards, median: median(times), p95: percentile(times, 95) };
}

const rows = sites.map((site) => {
  const runs = samples.get(site)!;
  const meta = site.name === 'now' ? join(site.dir, 'search-index/meta.json') : join(site.dir, 'search-index.json');
  return {
    build: site.name,
    scale: site.scale,
    firstResultMs: Math.round(median(runs.map((r) => r.ms))),
    afterTypingMs: Math.round(median(runs.map((r) => r.afterTyping))),
    firstQueryBytes: Math.round(median(runs.map((r) => r.bytes))),
    requests: median(runs.map((r) => r.requests)),
    startFileBytes: existsSync(meta) ? gz(readFileSync(meta)) : undefined,
    ...(site.name === 'now' ? { query: latency(site.dir) } : {}),
  };
});

console.log(`\nFirst search at 4× CPU, median of ${rounds * TYPED.length} (${TYPED.map((q) => `"${q}"`).join(', ')}); gz bytes:`);
console.log(
  ['build', 'scale', 'first result', 'after typing', 'fetched', 'requests', 'start file']
    .map((h, i) => (i ? h.padStart(14) : h.padEnd(8)))
    .join(''),
);
for (const r of rows) {
  const cells = [
    `${r.scale}×`,
    `${r.firstResultMs} ms`,
    `${r.afterTypingMs} ms`,
    `${(r.firstQueryBytes / KB).toFixed(1)} kB`,
    String(r.requests),
    r.startFileBytes ? `${(r.startFileBytes / KB).toFixed(1)} kB` : '-',
  ];
  console.log([r.build.padEnd(8), ...cells.map((c) => c.padStart(14))].join(''));
}
console.log(`\nQuery latency in Node over the shards in memory, ${queries.length} fixture queries (each the fastest of 7 runs):`);
for (const r of rows.filter((row) => row.query)) {
  const q = r.query!;
  console.log(
    `${r.scale}×`.padEnd(6),
    `${q.records} records, ${q.shards} shards: median ${q.median.toFixed(2)} ms, p95 ${q.p95.toFixed(2)} ms`,
  );
}

const now = (scale: number) => rows.find((r) => r.build === 'now' && r.scale === scale)!;
const budgets = [
  { name: 'first result at 100× / at 1×', budget: 1.2, value: now(100).firstResultMs / now(1).firstResultMs, unit: '×' },
  ...SCALES.map((scale) => ({
    name: `first query fetches at ${scale}×`,
    budget: 60,
    value: now(scale).firstQueryBytes / KB,
    unit: ' kB gz',
  })),
  { name: 'p95 query at 10×', budget: 10, value: now(10).query!.p95, unit: ' ms' },
  { name: 'p95 query at 100×', budget: 20, value: now(100).query!.p95, unit: ' ms' },
].map((b) => ({ ...b, ok: b.value <= b.budget * HEADROOM }));

console.log('\nBudgets (a figure passes at 85% of its budget or less):');
for (const b of budgets) {
  console.log(
    `${b.ok ? 'ok  ' : 'OVER'}  ${b.name.padEnd(32)} ${b.value.toFixed(2).padStart(8)}${b.unit} (budget ${b.budget}${b.unit}, 85%: ${(b.budget * HEADROOM).toFixed(2)})`,
  );
}
mkdirSync('reports', { recursive: true });
writeFileSync(
  'reports/bench-search.json',
  JSON.stringify({ date: new Date().toISOString(), rounds, typed: TYPED, rows, budgets }, null, 2) + '\n',
);
console.log('\nWrote reports/bench-search.json');
if (budgets.some((b) => !b.ok)) process.exit(1);
process.exit(0);
