/**
 * Site search over a static index (built by src/pages/search-index.json.ts).
 *
 * An inverted index does the bulk of the work: every word of every record, stemmed, points to the records
 * that contain it, weighted by field (a title counts three times the body). fuse.js supplies the typo
 * tolerance, fuzzily matching each query word against the site's vocabulary (a few thousand words,
 * whatever the number of records), so "thnak you note" still reaches thank-you notes. Rare words count
 * for more than common ones (inverse document frequency), and records that match more of the query's
 * words rank above those that match one. A query touches only the records sharing a word with it.
 */
import Fuse from 'fuse.js';

export const SEARCH_KINDS = ['section', 'reason', 'item'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export const KIND_LABELS: Record<SearchKind, string> = {
  section: 'Guide sections',
  reason: 'Reasons for silence',
  item: 'Checklist items',
};

export interface SearchRecord {
  kind: SearchKind;
  title: string;
  /** Where it sits: the lesson or checklist it belongs to. */
  context: string;
  /** Plain text of the section, reason or item; searched, and shown as a snippet. */
  text: string;
  /** Where Enter takes the reader, anchor included. */
  url: string;
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
 * Words, lower-cased, without stop words, with common English endings cut (following → follow, notes →
 * note, asked → ask): applied alike to the index and to queries, so word forms meet.
 */
export function tokenize(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
    .filter((word) => word.length > 1 && !STOP_WORDS.has(word))
    .map((word) => (word.length > 4 ? word.replace(/(?:ing|ed|es|s)$/, '') : word));
}

/** [start, end] of a match in a text, both inclusive. */
export type RangeTuple = [number, number];

/** A piece of text, marked when it matched the query. */
export interface Part {
  text: string;
  match: boolean;
}

export interface Hit {
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

/** Splits `text` into matched and unmatched parts (rendered as text, never as HTML). */
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

/** About SNIPPET characters of `text` around its first match, with the matches marked. */
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
const GUIDE_BONUS = 1.5;
/** How strongly a field's length dilutes its words (0.5 is a square root, as in fuse.js). */
const NORM = 0.25;

export interface SearchIndex {
  records: SearchRecord[];
  /** Stemmed word → [record index, field weight] for each record containing it. */
  postings: Map<string, [number, number][]>;
  words: Fuse<string>;
}

/** Builds the index the dialog searches; linear in the size of the records. */
export function createSearch(records: SearchRecord[]): SearchIndex {
  const postings = new Map<string, [number, number][]>();
  records.forEach((record, i) => {
    const weights = new Map<string, number>();
    for (const [field, weight] of FIELDS) {
      const words = tokenize(record[field]);
      // A word says more about a short field than a long one (the field-length norm fuse.js uses too).
      const norm = weight / Math.max(1, words.length) ** NORM;
      for (const word of new Set(words)) weights.set(word, (weights.get(word) ?? 0) + norm);
    }
    for (const [word, weight] of weights) {
      if (!postings.has(word)) postings.set(word, []);
      postings.get(word)!.push([i, weight]);
    }
  });
  return { records, postings, words: new Fuse([...postings.keys()], VOCABULARY_OPTIONS) };
}

/** The vocabulary words a query word stands for, with how closely each matches (1 is exact). */
function expand(index: SearchIndex, word: string): [string, number][] {
  const found = new Map<string, number>();
  if (index.postings.has(word)) found.set(word, 1);
  // Short words match only themselves: fuzzy three-letter words would match half the site.
  if (word.length > 3) {
    for (const { item, score = 1 } of index.words.search(word, { limit: 12 })) {
      // Whole words only: "age" inside "message" is not a match.
      if (Math.abs(item.length - word.length) <= 2) found.set(item, Math.max(found.get(item) ?? 0, 1 - score));
    }
    // Typing in progress: "ghos" already finds "ghost".
    for (const item of index.postings.keys()) {
      if (item.length > word.length && item.startsWith(word)) found.set(item, Math.max(found.get(item) ?? 0, 0.8));
    }
  }
  return [...found];
}

interface Ranked {
  record: SearchRecord;
  score: number;
  /** Vocabulary words that matched, for marking them in the title and snippet. */
  words: Set<string>;
}

/** All matches for `query`, best first (at most 40). */
export function rank(index: SearchIndex, query: string): Ranked[] {
  const queryWords = [...new Set(tokenize(query.slice(0, 100)))];
  if (!queryWords.length) return [];
  const total = index.records.length;
  const idf = (count: number) => Math.log(1 + total / count);
  const scores = new Map<number, { score: number; covered: number; words: Set<string> }>();
  // Coverage counts informative words more: missing "before" costs a record little, missing "freeze" a lot.
  let queryWeight = 0;
  for (const queryWord of queryWords) {
    const expansions = expand(index, queryWord);
    const weight = idf(Math.min(total, ...expansions.map(([word]) => index.postings.get(word)!.length)));
    queryWeight += weight;
    const seen = new Set<number>();
    for (const [word, closeness] of expansions) {
      const list = index.postings.get(word)!;
      for (const [i, fieldWeight] of list) {
        const entry = scores.get(i) ?? { score: 0, covered: 0, words: new Set<string>() };
        entry.score += idf(list.length) * fieldWeight * closeness;
        entry.words.add(word);
        if (!seen.has(i)) {
          seen.add(i);
          entry.covered += weight;
        }
        scores.set(i, entry);
      }
    }
  }
  return [...scores]
    .map(([i, { score, covered, words }]) => {
      const record = index.records[i];
      const coverage = covered / queryWeight;
      return { record, words, score: score * coverage * coverage * (record.url.includes('#') ? 1 : GUIDE_BONUS) };
    })
    .sort((a, b) => b.score - a.score)
    .slice(0, 40);
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

/** The best hits for `query`, grouped by kind, groups ordered by their best hit. */
export function search(index: SearchIndex, query: string, perKind = 5): HitGroup[] {
  const hits: Hit[] = rank(index, query).map(({ record, score, words }) => ({
    record,
    score,
    title: highlight(record.title, ranges(record.title, words)),
    snippet: snippet(record.text, ranges(record.text, words)),
  }));
  return SEARCH_KINDS.map((kind) => ({
    kind,
    label: KIND_LABELS[kind],
    hits: hits.filter((h) => h.record.kind === kind).slice(0, perKind),
  }))
    .filter((group) => group.hits.length > 0)
    .sort((a, b) => b.hits[0].score - a.hits[0].score);
}
