/**
 * The search index in parts, as the build writes it (src/pages/search-index/[...file].ts) and the dialog reads
 * it, so a query fetches what it needs and never the whole index (the way Pagefind splits its own):
 *
 * - the meta file (META_PATH), fetched when search opens: the vocabulary of stemmed words (for fuse.js and
 *   prefixes), the concepts, and each record's kind and address as one letter. Enough to plan any query. It
 *   grows with the words the site uses, not with the number of pages saying them;
 * - shards, each holding the records of the words, word pairs and titles whose names hash to it; a query
 *   fetches the shards of its (fuzzily expanded) words only;
 * - fragments, each holding the texts of FRAGMENT consecutive records; a query fetches those of the results
 *   it shows.
 *
 * Shards and fragments sit in a folder named by a hash of their content, which the meta file names: a new
 * deploy's meta never reads an old deploy's shards, and a shard's address never changes its content.
 * Ranking is the code of src/lib/search/search.ts, over the lists loaded so far; the results are the whole index's.
 */
import {
  createSearch,
  fieldLengths,
  fieldNorm,
  meansOf,
  needs,
  openIndex,
  pick,
  prepare,
  present,
  score,
  SEARCH_KINDS,
  type HitGroup,
  type KnownConcept,
  type Postings,
  type PreparedQuery,
  type RecordHead,
  type SearchIndex,
  type SearchRecord,
  type WholeIndex,
} from './search.ts';
import type { Concept } from './vocabulary-schema.ts';

/** The one file search needs to start. */
export const META_PATH = '/search-index/meta.json';
/** Where the build's shards and fragments sit: every address under it ends in `.json` and never changes. */
const partsFolder = (version: string) => `/search-index/${version}/`;
export const shardPath = (version: string, n: number) => `${partsFolder(version)}w/${n}.json`;
export const fragmentPath = (version: string, n: number) => `${partsFolder(version)}r/${n}.json`;

/** What the meta file holds. */
export interface SearchMeta {
  /** A hash of the shards and fragments, naming their folder. */
  version: string;
  /** Every stemmed word, in the order the index first met it, separated by spaces (no quotes and commas to fetch). */
  vocabulary: string;
  /** One letter per record (see KIND_LETTERS), upper case when its address has an anchor. */
  kinds: string;
  /** [record, the first record at the same address], for each record whose address an earlier one has. */
  same: [number, number][];
  /** Without their `means`: those are the words of `meansPhrases` the vocabulary has (see `meansOf`). */
  concepts: Omit<KnownConcept, 'means'>[];
  /** How many shards the lists are hashed into. */
  shards: number;
  /** How many consecutive records a fragment holds. */
  fragment: number;
}

/** What a shard holds: its words' and pairs' lists (see encodeList), and its titles as queries say them. */
interface Shard {
  words: Record<string, number[]>;
  pairs: Record<string, number[]>;
  titles: string[];
}

/** The parts of a split index: the meta file, the shards by number, the fragments by number. */
export interface SplitIndex {
  meta: SearchMeta;
  shards: Shard[];
  fragments: SearchRecord[][];
}

const KIND_LETTERS = { tool: 't', section: 's', reason: 'r', item: 'i', question: 'q' } as const;

/**
 * How many shards for an index of `postings` postings. A query's bytes shrink as shards get smaller, but the
 * files multiply; a number that grows as the square root keeps both in hand (190 shards for the site's 18,000
 * postings, about 1,600 at 100 times its lessons).
 */
const shardCount = (postings: number) => Math.max(1, Math.ceil(1.4 * Math.sqrt(postings)));
/** Records per fragment: a shown result costs the texts of its neighbors, a request saved costs more. */
const FRAGMENT = 2;

/**
 * The shard a word, pair or title falls in (FNV-1a: the same in the build and in any browser).
 * @internal Exported for its own tests, which pin its cases directly.
 */
export function shardOf(key: string, shards: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % shards;
}

/** A short hash of a text, for naming a build's parts. */
function digest(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (a >>> 0).toString(36) + (b >>> 0).toString(36);
}

/** Splits the index of `records` into its parts; the build writes each to its own file. */
export function splitIndex(records: SearchRecord[], vocabulary: readonly Concept[], count?: number): SplitIndex {
  if (!records.length) throw new Error('search: no records to index');
  const whole = createSearch(records, vocabulary);
  vocabulary.forEach(({ id, tools = [] }) => {
    const lost = tools.filter((url) => !records.some((record) => record.url === url));
    if (lost.length) throw new Error(`search: the vocabulary's "${id}" names ${lost.join(', ')} as a tool, but no record is there`);
  });
  const sizeOf = (map: Map<string, Postings>) => [...map.values()].reduce((sum, list) => sum + list.ids.length, 0);
  count ??= shardCount(sizeOf(whole.postings) + sizeOf(whole.pairs));
  const lists = Array.from({ length: count }, () => ({
    words: new Map<string, Postings>(),
    pairs: new Map<string, Postings>(),
    titles: [] as string[],
  }));
  for (const [word, list] of whole.postings) lists[shardOf(word, count)].words.set(word, list);
  for (const [pair, list] of whole.pairs) lists[shardOf(pair, count)].pairs.set(pair, list);
  for (const title of whole.titles) lists[shardOf(title, count)].titles.push(title);
  const lengths = records.map(fieldLengths);
  // Each record's weight for each mask (MASKS order), summed once: a posting's mask is then a lookup.
  const weighed = lengths.map((fields) =>
    MASKS.map((mask) =>
      wordWeight(
        mask,
        fieldsOf(mask).map((f) => fields[f]),
      ),
    ),
  );
  const encode = (map: Map<string, Postings>, pair: boolean) =>
    Object.fromEntries([...map].map(([key, list]) => [key, encodeList(list, lengths, weighed, pair)]));
  const shards = lists.map(({ words, pairs, titles }) => ({ words: encode(words, false), pairs: encode(pairs, true), titles }));
  const fragments = Array.from({ length: Math.ceil(records.length / FRAGMENT) }, (_, n) => records.slice(n * FRAGMENT, (n + 1) * FRAGMENT));

  const kinds = whole.heads.map(({ kind, page }) => (page ? KIND_LETTERS[kind] : KIND_LETTERS[kind].toUpperCase())).join('');
  const same = whole.heads.flatMap(({ first }, i): [number, number][] => (first === i ? [] : [[i, first]]));
  const meta: Omit<SearchMeta, 'version'> = {
    vocabulary: whole.vocabulary.join(' '),
    kinds,
    same,
    concepts: whole.concepts.map(({ means: _, ...concept }) => concept),
    shards: count,
    fragment: FRAGMENT,
  };
  const version = digest(JSON.stringify([meta, shards, fragments]));
  return { meta: { version, ...meta }, shards, fragments };
}

/** The fields a mask names, in FIELDS order (bit f for field f). */
const fieldsOf = (mask: number) => [0, 1, 2].filter((f) => mask & (1 << f));

/** A word's weight in a record from the fields holding it and their lengths, summed as createSearch sums it. */
function wordWeight(mask: number, lengths: readonly number[]): number {
  return fieldsOf(mask).reduce((sum, f, i) => sum + fieldNorm(f, lengths[i]), 0);
}

/** Every non-empty mask of the three fields, in the order a posting's mask is looked for. */
const MASKS = [1, 2, 3, 4, 5, 6, 7];
/** A pair's weight is one field's norm: the places in MASKS of the masks naming one field. */
const PAIR_MASKS = [0, 1, 3];
const WORD_MASKS = [0, 1, 2, 3, 4, 5, 6];

/**
 * A list as a flat array of numbers. A weight is a long decimal, but it is only ever a field's norm or a sum of
 * them, so a posting stores what it comes from, which is short and exact: [gap from the previous record, a mask
 * of the fields holding the word, each of those fields' length, …]; a pair's mask names one field, the one
 * whose norm is its weight. `weighed[record]` holds the record's weight for each of MASKS.
 */
function encodeList({ ids, weights }: Postings, lengths: number[][], weighed: number[][], pair: boolean): number[] {
  const flat: number[] = [];
  for (let i = 0; i < ids.length; i++) {
    const record = ids[i];
    const at = (pair ? PAIR_MASKS : WORD_MASKS).find((m) => weighed[record][m] === weights[i]);
    if (at === undefined) throw new Error(`search: record ${record} weighs ${weights[i]}, which no field of it gives`);
    const mask = MASKS[at];
    flat.push(record - (i ? ids[i - 1] : 0), mask);
    for (let f = 0; f < 3; f++) if (mask & (1 << f)) flat.push(lengths[record][f]);
  }
  return flat;
}

function decode(flat: readonly number[]): Postings {
  const ids: number[] = [];
  const weights: number[] = [];
  let record = 0;
  for (let i = 0; i < flat.length;) {
    record += flat[i];
    const mask = flat[i + 1];
    // Summed in FIELDS order, as createSearch sums them (see wordWeight), without building arrays.
    let weight = 0;
    let at = i + 2;
    for (let f = 0; f < 3; f++) if (mask & (1 << f)) weight += fieldNorm(f, flat[at++]);
    ids.push(record);
    weights.push(weight);
    i = at;
  }
  return { ids: Int32Array.from(ids), weights: Float64Array.from(weights) };
}

/** Checks the meta file's shape (a stale or broken file fails here, not deep in a query). */
export function readMeta(json: unknown): SearchMeta {
  const meta = json as Partial<SearchMeta> | null;
  const ok =
    typeof meta?.version === 'string' &&
    typeof meta.vocabulary === 'string' &&
    typeof meta.kinds === 'string' &&
    Array.isArray(meta.same) &&
    Array.isArray(meta.concepts) &&
    Number.isInteger(meta.shards) &&
    Number.isInteger(meta.fragment);
  if (!ok) throw new Error('search: the meta file is not one this code reads');
  return meta as SearchMeta;
}

/**
 * The index a meta file describes, with no lists loaded yet.
 * @internal Exported for its own tests, which pin its cases directly.
 */
export function openMeta(meta: SearchMeta): SearchIndex {
  const kindOf = Object.fromEntries(SEARCH_KINDS.map((kind) => [KIND_LETTERS[kind], kind]));
  const firsts = new Map(meta.same);
  const heads: RecordHead[] = [...meta.kinds].map((letter, i) => ({
    kind: kindOf[letter.toLowerCase()],
    page: letter === letter.toLowerCase(),
    first: firsts.get(i) ?? i,
  }));
  const vocabulary = meta.vocabulary ? meta.vocabulary.split(' ') : [];
  const known = new Set(vocabulary);
  return openIndex(
    heads,
    vocabulary,
    meta.concepts.map((concept) => ({ ...concept, means: meansOf(concept.meansPhrases, known) })),
  );
}

/** Adds a shard's lists to an index opened from meta. */
function addShard(index: SearchIndex, shard: Shard): void {
  for (const [word, flat] of Object.entries(shard.words)) index.postings.set(word, decode(flat));
  for (const [pair, flat] of Object.entries(shard.pairs)) index.pairs.set(pair, decode(flat));
  for (const title of shard.titles) index.titles.add(title);
}

/**
 * The shards a prepared query reads, by number, in order.
 * @internal Exported for its own tests, which pin its cases directly.
 */
export function plan(index: SearchIndex, meta: SearchMeta, query: PreparedQuery): number[] {
  const { words, pairs, titles } = needs(index, query);
  return [...new Set([...words, ...pairs, ...titles].map((key) => shardOf(key, meta.shards)))].sort((a, b) => a - b);
}

/**
 * The fragments holding the records `ids`, by number, in order.
 * @internal Exported for its own tests, which pin its cases directly.
 */
export function fragmentsFor(meta: SearchMeta, ids: readonly number[]): number[] {
  return [...new Set(ids.map((id) => Math.floor(id / meta.fragment)))].sort((a, b) => a - b);
}

/**
 * A build's parts, read by `read` (a path → its parsed JSON): for the tests and the bench, which read a build's files.
 * @internal The benches and browser tests read the whole index through it.
 */
export function readParts(read: (path: string) => unknown): SplitIndex {
  const meta = readMeta(read(META_PATH));
  return {
    meta,
    shards: Array.from({ length: meta.shards }, (_, n) => read(shardPath(meta.version, n)) as Shard),
    fragments: Array.from(
      { length: Math.ceil(meta.kinds.length / meta.fragment) },
      (_, n) => read(fragmentPath(meta.version, n)) as SearchRecord[],
    ),
  };
}

/**
 * An index with every part loaded: what the parts add up to, ranked as the whole index is.
 * @internal The benches and browser tests read the whole index through it.
 */
export function loadParts({ meta, shards, fragments }: SplitIndex): WholeIndex {
  const index = openMeta(meta);
  for (const shard of shards) addShard(index, shard);
  return { ...index, records: fragments.flat() };
}

/** Search over a split index, fetching parts as queries need them; each part is fetched at most once. */
export interface ShardedSearch {
  index: SearchIndex;
  /** Whether every shard `query` reads is fetched or on its way (only texts may be left to fetch). */
  asked(query: string): boolean;
  /** The best hits for `query`, grouped by kind, as `search` in src/lib/search/search.ts gives them. */
  search(query: string, perKind?: number): Promise<HitGroup[]>;
}

/**
 * Opens a split index: `load` fetches a part by its address and resolves to its parsed JSON (the dialog
 * passes fetch; tests pass a map of files).
 */
export function openShards(meta: SearchMeta, load: (path: string) => Promise<unknown>): ShardedSearch {
  const index = openMeta(meta);
  const records = new Map<number, SearchRecord>();
  const fetched = new Map<string, Promise<void>>();
  const once = (path: string, use: (json: unknown) => void) => {
    if (!fetched.has(path)) {
      const done = load(path).then(use);
      // A failed fetch may be retried by the next query.
      done.catch(() => fetched.delete(path));
      fetched.set(path, done);
    }
    return fetched.get(path)!;
  };
  const shardsOf = (prepared: PreparedQuery) => plan(index, meta, prepared).map((n) => shardPath(meta.version, n));
  // The dialog asks `asked` then `search` of each query: read it against the vocabulary once.
  let last: { query: string; prepared: PreparedQuery } | undefined;
  const read = (query: string) => {
    if (last?.query !== query) last = { query, prepared: prepare(index, query) };
    return last.prepared;
  };
  return {
    index,
    asked: (query) => shardsOf(read(query)).every((path) => fetched.has(path)),
    async search(query, perKind = 5) {
      const prepared = read(query);
      await Promise.all(shardsOf(prepared).map((path) => once(path, (json) => addShard(index, json as Shard))));
      const groups = pick(index, score(index, prepared), perKind);
      const ids = groups.flatMap((group) => group.hits.map((hit) => hit.id));
      await Promise.all(
        fragmentsFor(meta, ids).map((n) =>
          once(fragmentPath(meta.version, n), (json) =>
            (json as SearchRecord[]).forEach((record, i) => records.set(n * meta.fragment + i, record)),
          ),
        ),
      );
      return present(groups, (id) => records.get(id)!);
    },
  };
}
