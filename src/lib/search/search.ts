/**
 * Site search over a static index, built whole in memory (createSearch) or opened from the build's shards
 * (src/lib/search/shards.ts, written by src/pages/search-index/[...file].ts); ranking is the same code for both.
 *
 * An inverted index does the bulk of the work: every word of every record, stemmed, points to the records
 * that contain it, weighted by field (a title counts three times the body). fuse.js supplies the typo
 * tolerance, fuzzily matching each query word against the site's vocabulary (a few thousand words,
 * whatever the number of records), so "thnak you note" still reaches thank-you notes. Rare words count
 * for more than common ones (inverse document frequency), and records that match more of the query's
 * words rank above those that match one. A query touches only the records sharing a word with it, and what
 * it needs is known from the vocabulary alone (`prepare`), so a sharded index fetches only those words.
 *
 * People ask in their own words ("should I ring them", "did I get the job"), so the query also goes through
 * the vocabulary (content/search/vocabulary.yaml): a phrase it knows adds the site's words for the idea,
 * the words of that phrase then count for less on their own (so "call" alone no longer finds "before they
 * get the call"), and the tools that answer it outright come first. Two query words found side by side in
 * a record count for more than the same words apart.
 */
import Fuse from 'fuse.js';
import type { Concept } from './vocabulary-schema.ts';

export const SEARCH_KINDS = ['tool', 'section', 'reason', 'item', 'question'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

const KIND_LABELS: Record<SearchKind, string> = {
  tool: 'Tools',
  section: 'Guide sections',
  reason: 'Reasons for silence',
  item: 'Checklist items',
  question: 'Interview questions',
};

export interface SearchRecord {
  kind: SearchKind;
  title: string;
  /** Where it sits: the lesson or checklist it belongs to ("Tool" for a tool's own page). */
  context: string;
  /** Plain text of the section, reason or item; searched, and shown as a snippet. */
  text: string;
  /** Where Enter takes the reader, anchor included. */
  url: string;
}

/**
 * The records holding a word (or a pair), in record order, and how much it weighs in each: two typed arrays
 * rather than an array of pairs, since at 100× the lessons a common word's list runs to thousands.
 */
export interface Postings {
  ids: Int32Array;
  weights: Float64Array;
}

/** What ranking knows of a record before its text is fetched. */
export interface RecordHead {
  kind: SearchKind;
  /** A page of its own (no anchor), not a library question: a whole guide edges out one of its sections. */
  page: boolean;
  /** The first record at the same address (itself, mostly): a reason and its lesson section are one result. */
  first: number;
}

/** Words too common to tell one page from another; left out of the index and of queries alike. */
const STOP_WORDS = new Set(
  (
    'a an and are as at be been but by can do does for from had has have how i if in is it its me my of ' +
    'on or our should so than that the their them then there they this to too us was we were what when ' +
    'where which who why will with would you your'
  ).split(' '),
);

/**
 * A word's stem, so its forms meet: "es" goes only where English adds it (boxes, wishes), a doubled letter
 * left by "-ed" or "-ing" goes (stopped, stop), and so does a final "e" (hiring, hire; references,
 * reference). Crude on purpose: the same cut applies to the index and to queries, so it only has to agree
 * with itself.
 */
function stem(word: string): string {
  if (word.length <= 4) return word;
  const cut = word.replace(/(?:ing|ed|(?<=x|ch|sh|ss)es|(?<!s)s)$/, '');
  const single = cut !== word && /([bdgmnprt])\1$/.test(cut) ? cut.slice(0, -1) : cut;
  return single.length > 3 ? single.replace(/e$/, '') : single;
}

/**
 * Words, lower-cased, without stop words, stemmed (following → follow, notes → note, asked → ask): applied
 * alike to the index and to queries, so word forms meet.
 * @internal Exported for its own tests, which pin its cases directly.
 */
export function tokenize(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => word.length > 1 && !STOP_WORDS.has(word)).map(stem);
}

/** Every word, stemmed, common ones and apostrophes' halves included: how phrases are matched ("what do I do now"). */
function allWords(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/['’]/g, '')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).map(stem);
}

/**
 * [start, end] of a match in a text, both inclusive.
 * @internal The tests name this shape.
 */
export type RangeTuple = [number, number];

/**
 * A piece of text, marked when it matched the query.
 * @internal The tests name this shape.
 */
export interface Part {
  text: string;
  match: boolean;
}

interface Hit {
  record: SearchRecord;
  /** Higher is better. */
  score: number;
  title: Part[];
  snippet: Part[];
}

export interface HitGroup {
  kind: SearchKind;
  label: string;
  hits: Hit[];
}

/** Fuzzy matching finds two-letter fragments everywhere; marking them would only add noise. */
const MIN_MARK = 3;

/**
 * Splits `text` into matched and unmatched parts (rendered as text, never as HTML).
 * @internal Exported for its own tests, which pin its cases directly.
 */
export function highlight(text: string, ranges: readonly RangeTuple[] = []): Part[] {
  const parts: Part[] = [];
  let at = 0;
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (start < at || end - start + 1 < MIN_MARK) continue;
    if (start > at) parts.push({ text: text.slice(at, start), match: false });
    parts.push({ text: text.slice(start, end + 1), match: true });
    at = end + 1;
  }
  if (at < text.length) parts.push({ text: text.slice(at), match: false });
  return parts;
}

const SNIPPET = 160;

/**
 * About SNIPPET characters of `text` around its first match, with the matches marked.
 * @internal Exported for its own tests, which pin its cases directly.
 */
export function snippet(text: string, ranges: readonly RangeTuple[] = []): Part[] {
  const first = ranges.length ? Math.min(...ranges.map((r) => r[0])) : 0;
  const start = Math.max(0, text.lastIndexOf(' ', Math.max(0, first - 40)) + 1);
  const end = Math.min(text.length, start + SNIPPET);
  const inside = ranges.filter(([s, e]) => s >= start && e < end).map(([s, e]) => [s - start, e - start] as RangeTuple);
  const parts = highlight(text.slice(start, end), inside);
  if (start > 0) parts.unshift({ text: '… ', match: false });
  if (end < text.length) parts.push({ text: ' …', match: false });
  return parts;
}

/** How much a word counts in each field: a title speaks for a record more than its body does. */
const FIELDS = [
  ['title', 3],
  ['context', 1.5],
  ['text', 1],
] as const;

/** Fuzzy matching of a query word against the vocabulary. */
const VOCABULARY_OPTIONS = {
  includeScore: true,
  ignoreLocation: true,
  // Loose enough for a swapped pair of letters in a five-letter word ("thnak"), no looser.
  threshold: 0.42,
};

/** A whole guide edges out one of its own sections when both match about as well. */
const GUIDE_BONUS = 1.25;
/** How strongly a field's length dilutes its words (0.5 is a square root, as in fuse.js). */
const NORM = 0.25;

/** A vocabulary entry as the query uses it: its phrases and its site words, tokenized like everything else. */
export interface KnownConcept {
  id: string;
  phrases: string[][];
  /** The site's words for it (those the index has), and its phrases in those words (for side-by-side matches). */
  means: string[];
  meansPhrases: string[][];
  /** The records of the pages that answer it outright, by number, found once when the index is built. */
  tools: number[];
}

/**
 * What search knows: enough to plan any query (the records' kinds, the vocabulary, the concepts), and the
 * lists of the words loaded so far. An index built whole has every list; one opened from shards has those
 * its queries asked for (src/lib/search/shards.ts).
 */
export interface SearchIndex {
  /** Every record, in order, as ranking needs it: kind and address, not text. */
  heads: RecordHead[];
  /** Every stemmed word indexed, in the order first seen: typos and prefixes expand over it in this order. */
  vocabulary: string[];
  known: Set<string>;
  /** fuse.js over the vocabulary, for typo tolerance. */
  words: Fuse<string>;
  concepts: readonly KnownConcept[];
  /** Every phrase of the vocabulary with its concept, longest first. */
  phrases: { concept: KnownConcept; phrase: string[] }[];
  /** Stemmed word → [record, field weight] for each record containing it. */
  postings: Map<string, Postings>;
  /** Two stemmed words side by side ("hir take") → the records where they stand so, weighted the same way. */
  pairs: Map<string, Postings>;
  /** Titles as their words (see `titleKey`), tools' names aside: a query that is a title asks for that page, not for a tool. */
  titles: Set<string>;
}

/** An index built in memory from every record, texts included. */
export interface WholeIndex extends SearchIndex {
  records: SearchRecord[];
}

/**
 * What a word weighs in the field at `field` (its place in FIELDS) of `length` words: a word says more about a
 * short field than a long one (the field-length norm fuse.js uses too). A word's weight in a record is the sum
 * over the fields holding it, in FIELDS order; a pair's, the largest.
 */
export function fieldNorm(field: number, length: number): number {
  return FIELDS[field][1] / Math.max(1, length) ** NORM;
}

/** How many indexed words each field of `record` has, in FIELDS order. */
export function fieldLengths(record: SearchRecord): number[] {
  return FIELDS.map(([field]) => tokenize(record[field]).length);
}

function post(map: Map<string, [number, number][]>, weights: Map<string, number>, i: number) {
  for (const [key, weight] of weights) {
    if (!map.has(key)) map.set(key, []);
    map.get(key)!.push([i, weight]);
  }
}

/** A list built as [record, weight] pairs, as Postings. */
function postingsOf(list: readonly (readonly [number, number])[]): Postings {
  return { ids: Int32Array.from(list, ([id]) => id), weights: Float64Array.from(list, ([, weight]) => weight) };
}

const typed = (map: Map<string, [number, number][]>) => new Map([...map].map(([key, list]) => [key, postingsOf(list)]));

/** A title as a query would say it: its words, apostrophes dropped ("Don't panic" → "dont panic"). */
function titleKey(title: string): string {
  return tokenize(title.replace(/['’]/g, '')).join(' ');
}

/** Ranking's view of each record: its kind, whether it is a page of its own, the first record at its address. */
function recordHeads(records: readonly SearchRecord[]): RecordHead[] {
  const firstAt = new Map<string, number>();
  return records.map((record, i) => {
    if (!firstAt.has(record.url)) firstAt.set(record.url, i);
    // A library question has a page of its own, but is one entry of the library, ranked as a section or an
    // item is: with the bonus, every question with "work" in it outranked the section a query named.
    return { kind: record.kind, page: !record.url.includes('#') && record.kind !== 'question', first: firstAt.get(record.url)! };
  });
}

/** A concept's words the index has, from its phrases in the site's words. */
export const meansOf = (meansPhrases: readonly string[][], known: ReadonlySet<string>) =>
  [...new Set(meansPhrases.flat())].filter((word) => known.has(word));

/** The vocabulary as queries use it; `known` holds the index's words, `records` find the tools by address. */
function knownConcepts(vocabulary: readonly Concept[], known: Set<string>, records: readonly SearchRecord[]): KnownConcept[] {
  // The first record at each address (a reason and its lesson section share one).
  const byUrl = new Map<string, number>();
  records.forEach((record, i) => byUrl.has(record.url) || byUrl.set(record.url, i));
  return vocabulary.map((concept) => {
    const meansPhrases = concept.means.map((phrase) => tokenize(phrase));
    // Phrases that stem alike ("accept the offer", "accepting the offer") are one phrase to a query.
    const phrases = [...new Map(concept.phrases.map(allWords).map((words) => [words.join(' '), words])).values()];
    return {
      id: concept.id,
      phrases,
      means: meansOf(meansPhrases, known),
      meansPhrases,
      tools: (concept.tools ?? []).flatMap((url) => byUrl.get(url) ?? []),
    };
  });
}

/**
 * An index with no word's records loaded yet: what a query is planned on. Linear in the number of records
 * and words, not in the number of postings.
 */
export function openIndex(heads: RecordHead[], vocabulary: string[], concepts: readonly KnownConcept[]): SearchIndex {
  const phrases = concepts
    .flatMap((concept) => concept.phrases.map((phrase) => ({ concept, phrase })))
    .sort((a, b) => b.phrase.length - a.phrase.length);
  return {
    heads,
    vocabulary,
    known: new Set(vocabulary),
    words: new Fuse(vocabulary, VOCABULARY_OPTIONS),
    concepts,
    phrases,
    postings: new Map(),
    pairs: new Map(),
    titles: new Set(),
  };
}

/** Builds the whole index in memory; linear in the size of the records. */
export function createSearch(records: SearchRecord[], vocabulary: readonly Concept[] = []): WholeIndex {
  const postings = new Map<string, [number, number][]>();
  const pairs = new Map<string, [number, number][]>();
  records.forEach((record, i) => {
    const weights = new Map<string, number>();
    const pairWeights = new Map<string, number>();
    FIELDS.forEach(([field], f) => {
      const words = tokenize(record[field]);
      const norm = fieldNorm(f, words.length);
      for (const word of new Set(words)) weights.set(word, (weights.get(word) ?? 0) + norm);
      for (let w = 1; w < words.length; w++) {
        const pair = `${words[w - 1]} ${words[w]}`;
        pairWeights.set(pair, Math.max(pairWeights.get(pair) ?? 0, norm));
      }
    });
    post(postings, weights, i);
    post(pairs, pairWeights, i);
  });
  const words = [...postings.keys()];
  const index = openIndex(recordHeads(records), words, knownConcepts(vocabulary, new Set(words), records));
  // A tool's own name is no other page's title: typed as it stands, it asks for the tool.
  const titles = new Set(records.filter((record) => record.kind !== 'tool').map((record) => titleKey(record.title)));
  return { ...index, records, postings: typed(postings), pairs: typed(pairs), titles };
}

/** The vocabulary words a query word stands for, with how closely each matches (1 is exact). */
function expand(index: SearchIndex, word: string): [string, number][] {
  const found = new Map<string, number>();
  if (index.known.has(word)) found.set(word, 1);
  // Short words match only themselves: fuzzy three-letter words would match half the site. A word the
  // site uses is no typo either, and skipping the fuzzy pass for it keeps most queries fast.
  if (word.length > 3 && !found.has(word)) {
    for (const { item, score = 1 } of index.words.search(word, { limit: 12 })) {
      // Whole words only: "age" inside "message" is not a match.
      if (Math.abs(item.length - word.length) <= 2) found.set(item, Math.max(found.get(item) ?? 0, 1 - score));
    }
    // Typing in progress: "ghos" already finds "ghost".
    for (const item of index.vocabulary) {
      if (item.length > word.length && item.startsWith(word)) found.set(item, Math.max(found.get(item) ?? 0, 0.8));
    }
  }
  return [...found];
}

/** A record that matched, by number. */
export interface Ranked {
  id: number;
  score: number;
  /** Vocabulary words that matched, for marking them in the title and snippet. */
  words: Set<string>;
}

/** How much a query word counts when a phrase of the vocabulary has already said what it means. */
const SAID_BY_PHRASE = 0.3;
/** How much two query words side by side in a record add, against the same words apart. */
const PAIR_WEIGHT = 1.5;
/** How much the site's words for an idea the query names count, against one word typed. */
const CONCEPT_WEIGHT = 1.5;
/** A tool that answers the question outright leads the results by this much. */
const TOOL_LEAD = 1.25;

/** One thing the query asks for: the vocabulary words that stand for it, and how much it counts. */
interface Unit {
  expansions: [string, number][];
  weight: number;
}

/** A query read against the vocabulary, before any record is scored: what it asks for, word by word. */
export interface PreparedQuery {
  /** Its words, tokenized. */
  words: string[];
  units: Unit[];
  /** The vocabulary's ideas it names. */
  concepts: KnownConcept[];
  /** Pairs of words side by side, as typed or as the vocabulary puts the ideas. */
  pairs: string[];
}

/** Reads `query` against the vocabulary: needs no word's records, so a sharded index can plan its fetches on it. */
export function prepare(index: SearchIndex, query: string): PreparedQuery {
  // Apostrophes go, so "haven't" is "havent", as the vocabulary writes it.
  const words = tokenize(query.slice(0, 100).replace(/['’]/g, ''));
  if (!words.length) return { words, units: [], concepts: [], pairs: [] };

  // The vocabulary's phrases found in the query (every word of it, common ones too), longest first, each on
  // words no longer phrase has taken.
  const typed = allWords(query.slice(0, 100));
  const said = new Set<number>();
  const found = new Set<KnownConcept>();
  for (const { concept, phrase } of index.phrases) {
    for (let at = 0; at + phrase.length <= typed.length; at++) {
      const span = phrase.map((_, j) => at + j);
      if (span.some((i) => said.has(i)) || phrase.some((word, j) => typed[at + j] !== word)) continue;
      span.forEach((i) => said.add(i));
      found.add(concept);
    }
  }
  const concepts = [...found];
  // A word a phrase said counts for less on its own, unless it is one of the site's own words for the idea
  // ("ghosting"), or the query also uses it elsewhere.
  const siteWords = new Set(concepts.flatMap((concept) => concept.means));
  const units: Unit[] = [];
  [...new Set(words)].forEach((word) => {
    const reduced = !siteWords.has(word) && typed.every((w, i) => w !== word || said.has(i));
    units.push({ expansions: expand(index, word), weight: reduced ? SAID_BY_PHRASE : 1 });
  });
  // What the idea adds: its words the query did not already use.
  for (const concept of concepts) {
    const added = concept.means.filter((word) => !words.includes(word));
    if (added.length) units.push({ expansions: added.map((word) => [word, 1]), weight: CONCEPT_WEIGHT });
  }
  const phrases = [words, ...concepts.flatMap((concept) => concept.meansPhrases)];
  const pairs = [...new Set(phrases.flatMap((phrase) => phrase.slice(1).map((word, j) => `${phrase[j]} ${word}`)))];
  return { words, units, concepts, pairs };
}

/** The tools the query's ideas name, first record first, none when none is named. */
function toolsOf(query: PreparedQuery): number[] {
  return [...new Set(query.concepts.flatMap((concept) => concept.tools))];
}

/**
 * The lists scoring a prepared query reads: its words' records, the pairs that can exist (both words indexed),
 * and its title when a tool might lead (a query that is a title asks for that page).
 */
export function needs(index: SearchIndex, query: PreparedQuery): { words: string[]; pairs: string[]; titles: string[] } {
  return {
    words: [...new Set(query.units.flatMap((unit) => unit.expansions.map(([word]) => word)))],
    pairs: query.pairs.filter((pair) => pair.split(' ').every((word) => index.known.has(word))),
    titles: toolsOf(query).length ? [query.words.join(' ')] : [],
  };
}

/** All matches for a prepared query, best first (at most 40); the lists it `needs` must be loaded. */
export function score(index: SearchIndex, query: PreparedQuery): Ranked[] {
  const { words, units } = query;
  if (!words.length) return [];
  const total = index.heads.length;
  const idf = (count: number) => Math.log(1 + total / count);
  const list = (word: string) => {
    const found = index.postings.get(word);
    if (!found) throw new Error(`search: the records of "${word}" are not loaded`);
    return found;
  };

  // Per record, by number: typed arrays kept between queries rather than a map of objects, since at 100× the
  // lessons a common word reaches thousands of records. `touched` keeps the order records were first reached
  // in, which breaks ties below; only the records touched are reset afterwards.
  const count = index.heads.length;
  if (scratch?.scores.length !== count)
    scratch = { scores: new Float64Array(count), covered: new Float64Array(count), seenIn: new Int32Array(count) };
  const { scores, covered, seenIn } = scratch;
  const touched: number[] = [];
  let finals: number[];
  // Coverage counts informative words more: missing "before" costs a record little, missing "freeze" a lot.
  let queryWeight = 0;
  try {
    units.forEach(({ expansions, weight: unitWeight }, u) => {
      if (!expansions.length) return;
      const weight = idf(Math.min(total, ...expansions.map(([word]) => list(word).ids.length))) * unitWeight;
      queryWeight += weight;
      for (const [word, closeness] of expansions) {
        const { ids, weights } = list(word);
        const rarity = idf(ids.length);
        for (let k = 0; k < ids.length; k++) {
          const i = ids[k];
          if (!seenIn[i]) touched.push(i);
          scores[i] += rarity * weights[k] * closeness * unitWeight;
          if (seenIn[i] !== u + 1) {
            seenIn[i] = u + 1;
            covered[i] += weight;
          }
        }
      }
    });
    // Words side by side, as typed or as the vocabulary puts the idea, count for more than the same words apart.
    for (const pair of query.pairs) {
      const { ids, weights } = index.pairs.get(pair) ?? { ids: [], weights: [] };
      const rarity = idf(ids.length);
      for (let k = 0; k < ids.length; k++) if (seenIn[ids[k]]) scores[ids[k]] += rarity * weights[k] * PAIR_WEIGHT;
    }
    finals = touched.map((id) => {
      const coverage = covered[id] / queryWeight;
      return scores[id] * coverage * coverage * (index.heads[id].page ? GUIDE_BONUS : 1);
    });
  } finally {
    for (const id of touched) scores[id] = covered[id] = seenIn[id] = 0;
  }
  if (!queryWeight) return [];

  const { heads } = index;
  const ranked = best(touched, finals, heads, 40);
  // A tool that answers the question outright goes first, however few of its words the query used, unless
  // the query is a title as it stands: then it asks for that page.
  const named = toolsOf(query);
  const tools = named.length && !index.titles.has(words.join(' ')) ? named.reverse() : [];
  for (const id of tools) {
    const lead = (ranked[0]?.score ?? 1) * TOOL_LEAD;
    const at = ranked.findIndex((r) => heads[r.id].first === id);
    const moved = at >= 0 ? ranked.splice(at, 1)[0]! : bestAt(touched, finals, heads, id);
    ranked.unshift({ ...moved, score: lead });
  }
  // The words each shown record matched, found for these few only.
  const expanded = [...new Set(units.flatMap(({ expansions }) => expansions.map(([word]) => word)))];
  return ranked.slice(0, 40).map((hit) => ({ ...hit, words: new Set(expanded.filter((word) => holds(list(word), hit.id))) }));
}

/** Scoring's per-record arrays, kept for the next query (see score). */
let scratch: { scores: Float64Array; covered: Float64Array; seenIn: Int32Array } | undefined;

/**
 * The first `wanted` (or all) of the records best first, one per address: as sorting them all would give
 * them, ties in the order touched, but sorting only those above a threshold, since a common word at 100× the
 * lessons reaches thousands.
 * @internal Exported for its own tests, which pin its cases directly.
 */
export function best(touched: number[], finals: number[], heads: RecordHead[], wanted: number): { id: number; score: number }[] {
  for (let take = wanted * 2; ; take *= 2) {
    // Every record at or above the take-th best score: a prefix of the full order, whatever the ties.
    const threshold = take >= finals.length ? -Infinity : Float64Array.from(finals).sort()[finals.length - take];
    const shown = new Set<number>();
    const ranked = touched
      .flatMap((id, j) => (finals[j] >= threshold ? [{ id, score: finals[j] }] : []))
      .sort((a, b) => b.score - a.score)
      // A reason and the lesson section it links to share an address: one result, not two.
      .filter((hit) => !shown.has(heads[hit.id].first) && shown.add(heads[hit.id].first));
    if (ranked.length >= wanted || threshold === -Infinity) return ranked;
  }
}

/** The best-scored record at the address of record `first`, or that record unscored if none was touched. */
function bestAt(touched: number[], finals: number[], heads: RecordHead[], first: number): { id: number; score: number } {
  let found = { id: first, score: 0 };
  let seen = false;
  touched.forEach((id, j) => {
    if (heads[id].first === first && (!seen || finals[j] > found.score)) [found, seen] = [{ id, score: finals[j] }, true];
  });
  return found;
}

/** Whether a list (in record order) holds record `id`. */
function holds({ ids }: Postings, id: number): boolean {
  let [low, high] = [0, ids.length - 1];
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (ids[mid] === id) return true;
    if (ids[mid] < id) low = mid + 1;
    else high = mid - 1;
  }
  return false;
}

/**
 * All matches for `query`, best first (at most 40); `index` must hold every list the query needs.
 * @internal Exported for its own tests, which pin its cases directly.
 */
export function rank(index: SearchIndex, query: string): Ranked[] {
  return score(index, prepare(index, query));
}

/** Where each matched word appears in `text`, as inclusive [start, end] ranges. */
function ranges(text: string, words: Set<string>): RangeTuple[] {
  const found: RangeTuple[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const [word] = tokenize(match[0]);
    if (word && words.has(word)) found.push([match.index, match.index + match[0].length - 1]);
  }
  return found;
}

/** The matches shown for each kind (at most `perKind`), groups ordered by their best match: whose texts are needed. */
export function pick(index: SearchIndex, ranked: readonly Ranked[], perKind = 5): { kind: SearchKind; hits: Ranked[] }[] {
  return SEARCH_KINDS.map((kind) => ({ kind, hits: ranked.filter((r) => index.heads[r.id].kind === kind).slice(0, perKind) }))
    .filter((group) => group.hits.length > 0)
    .sort((a, b) => b.hits[0].score - a.hits[0].score);
}

/** Picked matches as the dialog shows them: each record's title and snippet, matched words marked. */
export function present(groups: ReturnType<typeof pick>, recordOf: (id: number) => SearchRecord): HitGroup[] {
  return groups.map(({ kind, hits }) => ({
    kind,
    label: KIND_LABELS[kind],
    hits: hits.map(({ id, score, words }) => {
      const record = recordOf(id);
      return {
        record,
        score,
        title: highlight(record.title, ranges(record.title, words)),
        snippet: snippet(record.text, ranges(record.text, words)),
      };
    }),
  }));
}

/**
 * The best hits for `query` over a whole index, grouped by kind, groups ordered by their best hit.
 * @internal The benches and browser tests read the whole index through it.
 */
export function search(index: WholeIndex, query: string, perKind = 5): HitGroup[] {
  return present(pick(index, rank(index, query), perKind), (id) => index.records[id]);
}
