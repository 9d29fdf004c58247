/**
 * Site search over a static index (built by src/pages/search-index.json.ts).
 *
 * An inverted index does the bulk of the work: every word of every record, stemmed, points to the records
 * that contain it, weighted by field (a title counts three times the body). fuse.js supplies the typo
 * tolerance, fuzzily matching each query word against the site's vocabulary (a few thousand words,
 * whatever the number of records), so "thnak you note" still reaches thank-you notes. Rare words count
 * for more than common ones (inverse document frequency), and records that match more of the query's
 * words rank above those that match one. A query touches only the records sharing a word with it.
 *
 * People ask in their own words ("should I ring them", "did I get the job"), so the query also goes through
 * the vocabulary (content/search/vocabulary.yaml): a phrase it knows adds the site's words for the idea,
 * the words of that phrase then count for less on their own (so "call" alone no longer finds "before they
 * get the call"), and the tools that answer it outright come first. Two query words found side by side in
 * a record count for more than the same words apart.
 */
import Fuse from 'fuse.js';
import type { Concept } from './search-vocabulary.ts';

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

/** What /search-index.json holds: the records, and the vocabulary queries go through. */
export interface SearchFile {
  records: SearchRecord[];
  vocabulary: Concept[];
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
const GUIDE_BONUS = 1.25;
/** How strongly a field's length dilutes its words (0.5 is a square root, as in fuse.js). */
const NORM = 0.25;

/** A vocabulary entry as the query uses it: its phrases and its site words, tokenized like everything else. */
interface KnownConcept {
  id: string;
  phrases: string[][];
  /** The site's words for it, and its phrases in those words (for side-by-side matches). */
  means: string[];
  meansPhrases: string[][];
  /** The records of the pages that answer it outright, found once when the index is built. */
  tools: SearchRecord[];
}

export interface SearchIndex {
  records: SearchRecord[];
  /** Stemmed word → [record index, field weight] for each record containing it. */
  postings: Map<string, [number, number][]>;
  /** Two stemmed words side by side ("hir take") → the records where they stand so, weighted the same way. */
  pairs: Map<string, [number, number][]>;
  words: Fuse<string>;
  /** Every title, as its words: a query that is a title asks for that page, not for a tool. */
  titles: Set<string>;
  /** Every phrase of the vocabulary with its concept, longest first. */
  phrases: { concept: KnownConcept; phrase: string[] }[];
}

function post(map: Map<string, [number, number][]>, weights: Map<string, number>, i: number) {
  for (const [key, weight] of weights) {
    if (!map.has(key)) map.set(key, []);
    map.get(key)!.push([i, weight]);
  }
}

/** Builds the index the dialog searches; linear in the size of the records. */
export function createSearch(records: SearchRecord[], vocabulary: readonly Concept[] = []): SearchIndex {
  const postings = new Map<string, [number, number][]>();
  const pairs = new Map<string, [number, number][]>();
  records.forEach((record, i) => {
    const weights = new Map<string, number>();
    const pairWeights = new Map<string, number>();
    for (const [field, weight] of FIELDS) {
      const words = tokenize(record[field]);
      // A word says more about a short field than a long one (the field-length norm fuse.js uses too).
      const norm = weight / Math.max(1, words.length) ** NORM;
      for (const word of new Set(words)) weights.set(word, (weights.get(word) ?? 0) + norm);
      for (let w = 1; w < words.length; w++) {
        const pair = `${words[w - 1]} ${words[w]}`;
        pairWeights.set(pair, Math.max(pairWeights.get(pair) ?? 0, norm));
      }
    }
    post(postings, weights, i);
    post(pairs, pairWeights, i);
  });
  // The first record at each address (a reason and its lesson section share one).
  const byUrl = new Map<string, SearchRecord>();
  for (const record of records) if (!byUrl.has(record.url)) byUrl.set(record.url, record);
  const concepts = vocabulary.map((concept) => {
    const meansPhrases = concept.means.map((phrase) => tokenize(phrase));
    return {
      id: concept.id,
      phrases: concept.phrases.map(allWords),
      means: [...new Set(meansPhrases.flat())].filter((word) => postings.has(word)),
      meansPhrases,
      tools: (concept.tools ?? []).flatMap((url) => byUrl.get(url) ?? []),
    };
  });
  const phrases = concepts
    .flatMap((concept) => concept.phrases.map((phrase) => ({ concept, phrase })))
    .sort((a, b) => b.phrase.length - a.phrase.length);
  const titles = new Set(records.map((record) => tokenize(record.title.replace(/['’]/g, '')).join(' ')));
  return { records, postings, pairs, words: new Fuse([...postings.keys()], VOCABULARY_OPTIONS), titles, phrases };
}

/** The vocabulary words a query word stands for, with how closely each matches (1 is exact). */
function expand(index: SearchIndex, word: string): [string, number][] {
  const found = new Map<string, number>();
  if (index.postings.has(word)) found.set(word, 1);
  // Short words match only themselves: fuzzy three-letter words would match half the site. A word the
  // site uses is no typo either, and skipping the fuzzy pass for it keeps most queries fast.
  if (word.length > 3 && !found.has(word)) {
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

/** All matches for `query`, best first (at most 40). */
export function rank(index: SearchIndex, query: string): Ranked[] {
  // Apostrophes go, so "haven't" is "havent", as the vocabulary writes it.
  const words = tokenize(query.slice(0, 100).replace(/['’]/g, ''));
  if (!words.length) return [];
  const total = index.records.length;
  const idf = (count: number) => Math.log(1 + total / count);

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

  const scores = new Map<number, { score: number; covered: number; words: Set<string> }>();
  const entry = (i: number) => {
    if (!scores.has(i)) scores.set(i, { score: 0, covered: 0, words: new Set<string>() });
    return scores.get(i)!;
  };
  // Coverage counts informative words more: missing "before" costs a record little, missing "freeze" a lot.
  let queryWeight = 0;
  for (const { expansions, weight: unitWeight } of units) {
    if (!expansions.length) continue;
    const weight = idf(Math.min(total, ...expansions.map(([word]) => index.postings.get(word)!.length))) * unitWeight;
    queryWeight += weight;
    const seen = new Set<number>();
    for (const [word, closeness] of expansions) {
      const list = index.postings.get(word)!;
      for (const [i, fieldWeight] of list) {
        const found = entry(i);
        found.score += idf(list.length) * fieldWeight * closeness * unitWeight;
        found.words.add(word);
        if (!seen.has(i)) {
          seen.add(i);
          found.covered += weight;
        }
      }
    }
  }
  // Words side by side, as typed or as the vocabulary puts the idea, count for more than the same words apart.
  const phrases = [words, ...concepts.flatMap((concept) => concept.meansPhrases)];
  const pairs = new Set(phrases.flatMap((phrase) => phrase.slice(1).map((word, j) => `${phrase[j]} ${word}`)));
  for (const pair of pairs) {
    const list = index.pairs.get(pair);
    for (const [i, fieldWeight] of list ?? []) {
      if (scores.has(i)) scores.get(i)!.score += idf(list!.length) * fieldWeight * PAIR_WEIGHT;
    }
  }
  if (!queryWeight) return [];

  const shown = new Set<string>();
  const ranked = [...scores]
    .map(([i, { score, covered, words: matched }]) => {
      const record = index.records[i];
      const coverage = covered / queryWeight;
      return { record, words: matched, score: score * coverage * coverage * (record.url.includes('#') ? 1 : GUIDE_BONUS) };
    })
    .sort((a, b) => b.score - a.score)
    // A reason and the lesson section it links to share an address: one result, not two.
    .filter((hit) => !shown.has(hit.record.url) && shown.add(hit.record.url));
  // A tool that answers the question outright goes first, however few of its words the query used, unless
  // the query is a title as it stands: then it asks for that page.
  const tools = index.titles.has(words.join(' ')) ? [] : [...new Set(concepts.flatMap((concept) => concept.tools))].reverse();
  for (const record of tools) {
    const lead = (ranked[0]?.score ?? 1) * TOOL_LEAD;
    // By address, not identity: the caller may hold the index behind a proxy (Svelte state), where one
    // record reached by two paths is two objects.
    const at = ranked.findIndex((r) => r.record.url === record.url);
    const moved = at >= 0 ? ranked.splice(at, 1)[0]! : { record, words: new Set<string>(), score: 0 };
    ranked.unshift({ ...moved, score: lead });
  }
  return ranked.slice(0, 40);
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
