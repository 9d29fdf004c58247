/**
 * npm run bench:search (also the second half of npm run bench): the cost of search, on the built index.
 *
 * Reports the index size (raw and gzipped), the time to parse it and build the Fuse index, and query
 * latency (median and p95) over the fixed relevance query set, for the real index and for synthetic ones
 * 10x and 100x larger (the real records repeated with distinct urls). Exits 1 above budget: the real index
 * at most 40 kB gzipped; p95 query latency at most 10 ms at 10x.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createSearch, search, type SearchFile } from '../src/lib/search.ts';

const raw = readFileSync('dist/search-index.json', 'utf8');
const fixture: { headings: [string, string][]; people: Record<string, [string, string[]][]> } = JSON.parse(
  readFileSync('tests/fixtures/search-queries.json', 'utf8'),
);
const queries = [...fixture.headings, ...Object.values(fixture.people).flat()];
const { records, vocabulary }: SearchFile = JSON.parse(raw);
const KB = 1024;
const gz = gzipSync(raw, { level: 9 }).length;

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const time = (fn: () => unknown) => {
  const start = performance.now();
  fn();
  return performance.now() - start;
};

function measure(scale: number) {
  const scaled = Array.from({ length: scale }, (_, copy) => records.map((r) => (copy ? { ...r, url: `${r.url}?copy=${copy}` } : r))).flat();
  const json = JSON.stringify({ records: scaled, vocabulary });
  // Parse and build as the dialog does when it opens; the median of a few runs.
  const builds = Array.from({ length: 5 }, () =>
    time(() => {
      const file: SearchFile = JSON.parse(json);
      createSearch(file.records, file.vocabulary);
    }),
  );
  const fuse = createSearch(scaled, vocabulary);
  for (const [query] of queries) search(fuse, query); // warm up
  const latencies = Array.from({ length: 5 }, () => queries.map(([query]) => time(() => search(fuse, query)))).flat();
  return {
    scale,
    records: scaled.length,
    build: percentile(builds, 50),
    median: percentile(latencies, 50),
    p95: percentile(latencies, 95),
  };
}

const ms = (n: number) => `${n.toFixed(2)} ms`;
console.log(`Index: ${records.length} records, ${(raw.length / KB).toFixed(1)} kB raw, ${(gz / KB).toFixed(1)} kB gzipped`);
console.log(`Query set: ${queries.length} queries, each run 5 times\n`);
console.log(['scale', 'records', 'load+build', 'median', 'p95'].map((h, i) => (i ? h.padStart(12) : h.padEnd(8))).join(''));
const results = [1, 10, 100].map(measure);
for (const r of results) {
  console.log(
    [
      `${r.scale}x`.padEnd(8),
      String(r.records).padStart(12),
      ms(r.build).padStart(12),
      ms(r.median).padStart(12),
      ms(r.p95).padStart(12),
    ].join(''),
  );
}
const [one, ten, hundred] = results;
console.log(
  `\nGrowth: 10x the records costs ${(ten.p95 / one.p95).toFixed(1)}x the p95 latency and ${(ten.build / one.build).toFixed(1)}x the build; ` +
    `100x costs ${(hundred.p95 / one.p95).toFixed(1)}x and ${(hundred.build / one.build).toFixed(1)}x. Building is linear; a query ` +
    'fuzzy-matches the vocabulary (the same size at any scale) and then touches only the records sharing a word.',
);

const failures = [];
if (gz > 40 * KB) failures.push(`index ${(gz / KB).toFixed(1)} kB gzipped > 40 kB`);
if (ten.p95 > 10) failures.push(`p95 at 10x ${ms(ten.p95)} > 10 ms`);
if (failures.length) {
  console.error(`\nOver budget: ${failures.join('; ')}`);
  process.exit(1);
}
console.log('\nWithin budget: index at most 40 kB gzipped, p95 at 10x at most 10 ms.');
