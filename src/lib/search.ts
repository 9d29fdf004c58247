/**
 * Site search over a static index (built by src/pages/search-index.json.ts), with fuse.js token search:
 * each word of the query is matched fuzzily (so "thnak you note" still finds thank-you notes) and weighted
 * by how rare it is across the site (so "the" or "should" count for little). Titles outweigh body text.
 */
import Fuse, { type FuseResult, type IFuseOptions, type RangeTuple } from 'fuse.js';

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
  ('a an and are as at be been but by can do does for from had has have how i if in is it its me my of ' +
    'on or our should so than that the their them then there they this to too us was we were what when ' +
    'where which who why will with would you your').split(' '),
);

/**
 * Words, lower-cased, without stop words, with common English endings cut (following → follow, notes →
 * note, asked → ask): applied alike to the index and to queries, so word forms meet.
 */
export function tokenize(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
    .filter((word) => !STOP_WORDS.has(word))
    .map((word) => (word.length > 4 ? word.replace(/(?:ing|ed|es|s)$/, '') : word));
}

/** Shared by the site, the relevance tests and `npm run bench:search`, so all three measure one thing. */
export const FUSE_OPTIONS: IFuseOptions<SearchRecord> = {
  keys: [
    { name: 'title', weight: 3 },
    { name: 'context', weight: 1 },
    { name: 'text', weight: 1 },
  ],
  useTokenSearch: true,
  tokenize,
  includeMatches: true,
  includeScore: true,
  ignoreLocation: true,
  // Loose enough for a swapped pair of letters in a five-letter word ("thnak"), no looser.
  threshold: 0.42,
  // Headings that are whole questions are long; halve the penalty for length so they still rank.
  fieldNormWeight: 0.5,
  minMatchCharLength: 2,
};

export function createSearch(records: SearchRecord[]): Fuse<SearchRecord> {
  return new Fuse(records, FUSE_OPTIONS);
}

/** A piece of text, marked when it matched the query. */
export interface Part {
  text: string;
  match: boolean;
}

export interface Hit {
  record: SearchRecord;
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

function toHit(result: FuseResult<SearchRecord>): Hit {
  const ranges = (key: string) => result.matches?.find((m) => m.key === key)?.indices ?? [];
  return {
    record: result.item,
    score: result.score ?? 1,
    title: highlight(result.item.title, ranges('title')),
    snippet: snippet(result.item.text, ranges('text')),
  };
}

/** A whole guide edges out one of its own sections when both match about as well. */
const GUIDE_BONUS = 0.05;

/** All matches for `query`, best first. */
export function rank(fuse: Fuse<SearchRecord>, query: string): Hit[] {
  if (!query.trim()) return [];
  return fuse
    .search(query.trim().slice(0, 100), { limit: 40 })
    .map(toHit)
    .map((hit) => ({ ...hit, score: hit.score - (hit.record.url.includes('#') ? 0 : GUIDE_BONUS) }))
    .sort((a, b) => a.score - b.score);
}

/** The best hits for `query`, grouped by kind, groups ordered by their best hit. */
export function search(fuse: Fuse<SearchRecord>, query: string, perKind = 5): HitGroup[] {
  const hits = rank(fuse, query);
  return SEARCH_KINDS.map((kind) => ({ kind, label: KIND_LABELS[kind], hits: hits.filter((h) => h.record.kind === kind).slice(0, perKind) }))
    .filter((group) => group.hits.length > 0)
    .sort((a, b) => a.hits[0].score - b.hits[0].score);
}
