/** The index in parts (src/lib/search/shards.ts): queries over the parts they fetch give the whole index's results. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { best, createSearch, prepare, rank, search, SEARCH_KINDS, tokenize, type SearchRecord } from '../../../src/lib/search/search';
import {
  fragmentPath,
  fragmentsFor,
  loadParts,
  META_PATH,
  openMeta,
  plan,
  readParts,
  shardOf,
  shardPath,
  splitIndex,
  openShards,
  type SplitIndex,
} from '../../../src/lib/search/shards';
import type { Concept } from '../../../src/lib/search/vocabulary-schema';

/** The parts as the build writes them, as files (JSON text) by address. */
function files({ meta, shards, fragments }: SplitIndex): Map<string, string> {
  return new Map([
    [META_PATH, JSON.stringify(meta)],
    ...shards.map((shard, n) => [shardPath(meta.version, n), JSON.stringify(shard)] as [string, string]),
    ...fragments.map((fragment, n) => [fragmentPath(meta.version, n), JSON.stringify(fragment)] as [string, string]),
  ]);
}

/** A search over `parts` that fetches from memory and records what it fetched. */
function served(parts: SplitIndex) {
  const written = files(parts);
  const fetched: string[] = [];
  const meta = JSON.parse(written.get(META_PATH)!);
  const sharded = openShards(meta, async (path) => {
    fetched.push(path);
    if (!written.has(path)) throw new Error(`no file at ${path}`);
    return JSON.parse(written.get(path)!);
  });
  return { sharded, fetched, meta };
}

// Few words, so records share them, typos land near them and phrases match.
const WORDS = [
  'thank',
  'notes',
  'follow',
  'up',
  'interview',
  'hiring',
  'freeze',
  'call',
  'ghosted',
  'email',
  'wait',
  'week',
  'offer',
  'the',
  "don't",
];
const TYPOS = ['thnak', 'intervew', 'folow', 'hirng', 'ghos', 'emai', 'zzzz'];
const text = (min: number, max: number) => fc.array(fc.constantFrom(...WORDS), { minLength: min, maxLength: max }).map((w) => w.join(' '));
const record = fc.record({
  kind: fc.constantFrom(...SEARCH_KINDS),
  title: text(1, 4),
  context: text(1, 3),
  text: text(0, 24),
  // Few addresses, some shared (a reason and its section), some with an anchor.
  url: fc.constantFrom('/a/', '/a/#one', '/a/#two', '/b/', '/b/#one', '/c/#x', '/d/', '/diagnose/'),
});
const concept = fc.record({
  id: fc.constantFrom('a', 'b', 'c'),
  phrases: fc.array(text(1, 3), { minLength: 1, maxLength: 2 }),
  means: fc.array(text(1, 2), { minLength: 1, maxLength: 2 }),
  tools: fc.constantFrom(undefined, ['/diagnose/'], ['/d/', '/a/']),
});
const query = fc.array(fc.constantFrom(...WORDS, ...TYPOS), { minLength: 0, maxLength: 5 }).map((words) => words.join(' '));
const strip = (value: unknown) => JSON.parse(JSON.stringify(value));

describe('an index split into parts', () => {
  it('gives every query the whole index’s results, scores and order, fetching only what it plans', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(record, { minLength: 1, maxLength: 30 }),
        fc.array(concept, { maxLength: 3 }),
        fc.array(query, { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 12 }),
        async (generated, concepts, queries, shards) => {
          // Every tool names a page the records have (the build fails otherwise; tested below).
          const records: SearchRecord[] = [...generated, { kind: 'section', title: 'Tool', context: 'Tool', text: '', url: '/diagnose/' }];
          records.push(
            { kind: 'section', title: 'D', context: 'D', text: 'd', url: '/d/' },
            { kind: 'section', title: 'A', context: 'A', text: '', url: '/a/' },
          );
          const vocabulary = concepts.map((c, i) => ({ ...c, id: `${c.id}${i}` })) as Concept[];
          const whole = createSearch(records, vocabulary);
          const parts = splitIndex(records, vocabulary, shards);
          const { sharded, fetched, meta } = served(parts);
          // Titles too: a query that is a title asks for that page, not for a tool.
          for (const q of [...queries, ...generated.slice(0, 4).map((r) => r.title)]) {
            fetched.length = 0;
            expect(strip(await sharded.search(q)), q).toEqual(strip(search(whole, q)));
            // Only the shards the plan named (fewer when earlier queries fetched some), and fragments of shown results.
            const planned = new Set(plan(sharded.index, meta, prepare(sharded.index, q)).map((n) => shardPath(meta.version, n)));
            for (const path of fetched.filter((p) => p.includes('/w/'))) expect(planned).toContain(path);
          }
          // Every part loaded at once is the whole index.
          for (const q of queries) expect(strip(rank(loadParts(parts), q))).toEqual(strip(rank(whole, q)));
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('planning a query', () => {
  const records: SearchRecord[] = [
    { kind: 'section', title: 'Thank-you notes', context: 'Guide', text: 'Send one to each interviewer.', url: '/a/' },
    { kind: 'reason', title: 'Hiring freeze', context: 'Reasons', text: 'Budgets change.', url: '/b/#r' },
    { kind: 'item', title: 'Send thank-you notes', context: 'Checklist', text: '', url: '/c/#i' },
    ...Array.from({ length: 40 }, (_, i) => ({
      kind: 'section' as const,
      title: `Section ${i}`,
      context: 'Guide',
      text: `word${i} filler`,
      url: `/g/#s${i}`,
    })),
  ];
  const parts = splitIndex(records, [], 64);
  const index = openMeta(parts.meta);
  const shardsOf = (q: string) => plan(index, parts.meta, prepare(index, q));

  it('names the shards of the query’s words, and none for words the site does not use', () => {
    const [hiring, freeze] = tokenize('hiring freeze');
    const keys = [hiring, freeze, `${hiring} ${freeze}`];
    expect(shardsOf('hiring freeze')).toEqual([...new Set(keys.map((key) => shardOf(key, 64)))].sort((a, b) => a - b));
    expect(shardsOf('zzzz qqqq')).toEqual([]);
    expect(shardsOf('')).toEqual([]);
  });

  it('names the shards of the words a typo or a beginning may mean', () => {
    expect(shardsOf('thnak')).toContain(shardOf('thank', 64));
    expect(shardsOf('interv')).toContain(shardOf('interviewer', 64));
  });

  it('fetches the texts of the results shown only, never the whole index', async () => {
    const { sharded, fetched } = served(parts);
    const groups = await sharded.search('thank you notes');
    const shown = groups.flatMap((group) => group.hits.map((hit) => records.findIndex((r) => r.url === hit.record.url)));
    expect(shown).not.toContain(-1);
    expect(fetched.filter((p) => p.includes('/r/')).sort()).toEqual(
      fragmentsFor(parts.meta, shown)
        .map((n) => fragmentPath(parts.meta.version, n))
        .sort(),
    );
    expect(fetched.length).toBeLessThan(parts.shards.length / 4);
  });
});

describe('writing the parts', () => {
  const records: SearchRecord[] = [{ kind: 'section', title: 'Following up', context: 'Guide', text: 'Send one email.', url: '/f/' }];

  it('names their folder by their content, so a new deploy never mixes with an old one', () => {
    const one = splitIndex(records, []);
    expect(splitIndex(records, []).meta.version).toBe(one.meta.version);
    expect(splitIndex([{ ...records[0], text: 'Send two emails.' }], []).meta.version).not.toBe(one.meta.version);
    const written = files(one);
    expect(readParts((path) => JSON.parse(written.get(path)!))).toEqual(strip(one));
  });

  it('keeps the meta file to the words, however many pages say them', () => {
    const copies = (n: number) => Array.from({ length: n }, (_, copy) => ({ ...records[0], url: `/f-${copy}/` }));
    const meta = (n: number) => {
      const { kinds, version: _, shards: __, ...rest } = splitIndex(copies(n), []).meta;
      return { letters: kinds.length, rest };
    };
    // One letter per record is all that grows.
    expect(meta(1000)).toEqual({ letters: 1000, rest: meta(10).rest });
  });

  it('fails the build, naming the entry, when a vocabulary tool is a page no record is at', () => {
    const vocabulary: Concept[] = [{ id: 'lost', phrases: ['hello'], means: ['follow'], tools: ['/nowhere/'] }];
    expect(() => splitIndex(records, vocabulary)).toThrowErrorMatchingInlineSnapshot(
      `[Error: search: the vocabulary's "lost" names /nowhere/ as a tool, but no record is there]`,
    );
    expect(() => splitIndex([], [])).toThrow('no records');
  });
});

describe('picking the best records', () => {
  it('gives what sorting every record would, ties in the order reached, one per address', () => {
    fc.assert(
      fc.property(
        // Few distinct scores and addresses, so ties and shared addresses are the rule.
        fc.array(fc.record({ score: fc.integer({ min: 0, max: 6 }), first: fc.integer({ min: 0, max: 60 }) }), { maxLength: 400 }),
        fc.integer({ min: 1, max: 50 }),
        (touchedRecords, wanted) => {
          const heads = touchedRecords.map(({ first }) => ({ kind: 'section' as const, page: false, first }));
          const touched = heads.map((_, i) => i).reverse();
          const finals = touched.map((id) => touchedRecords[id].score / 3);
          const shown = new Set<number>();
          const sorted = touched
            .map((id, j) => ({ id, score: finals[j] }))
            .sort((a, b) => b.score - a.score)
            .filter((hit) => !shown.has(heads[hit.id].first) && shown.add(heads[hit.id].first));
          expect(best(touched, finals, heads, wanted).slice(0, wanted)).toEqual(sorted.slice(0, wanted));
        },
      ),
    );
  });
});
