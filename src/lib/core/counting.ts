/**
 * The two counting rules the journal's patterns and the question loop share (journal/patterns.ts,
 * prep/practice.ts): the fewest cases a percentage is worth stating over, and what counts as the same item said
 * twice. Apart from the patterns so that a page needing only these (the story bank, practice) loads none of
 * the patterns' code.
 */

/**
 * The fewest interviews a share is worth stating over. With fewer, one interview moves it by more than 20
 * points, so "40%" would say more than the data knows; five is also the usual floor for a count in a
 * proportion (the np ≥ 5 rule of thumb) and few enough that a person searching actively reaches it.
 */
export const MIN_CASES = 5;

/** A concern as compared: lower case, no accents, punctuation or doubled spaces, no leading article. */
export function normalizeConcern(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^(?:the|a|an|my) /, '');
}

export interface Recurring {
  /** The spelling seen most often (the first seen, on a tie). */
  label: string;
  /** In how many interviews it came up. */
  count: number;
}

/** Items that come up in two interviews or more, most frequent first; each interview counts an item once. */
export function recurring(lists: readonly (readonly string[])[]): Recurring[] {
  const seen = new Map<string, { count: number; spellings: Map<string, number> }>();
  for (const list of lists) {
    const here = new Set<string>();
    for (const item of list) {
      const key = normalizeConcern(item);
      if (!key || here.has(key)) continue;
      here.add(key);
      const entry = seen.get(key) ?? { count: 0, spellings: new Map() };
      entry.count++;
      entry.spellings.set(item.trim(), (entry.spellings.get(item.trim()) ?? 0) + 1);
      seen.set(key, entry);
    }
  }
  return [...seen.values()]
    .filter((e) => e.count >= 2)
    .map((e) => ({ label: [...e.spellings].reduce((a, b) => (b[1] > a[1] ? b : a))[0], count: e.count }))
    .sort((a, b) => b.count - a.count);
}
