/**
 * Lesson metadata helpers: pure functions over plain data, shared by the guides pages and (later) search.
 */

/** The moments a reader can be in, in reading order; the guides index groups lessons by these. */
export const MOMENTS = ['before', 'just-after', 'waiting', 'called-back', 'offer'] as const;
export type Moment = (typeof MOMENTS)[number];

export const MOMENT_LABELS: Record<Moment, { title: string; blurb: string }> = {
  before: { title: 'Before the interview', blurb: 'Set yourself up so nothing quietly counts against you.' },
  'just-after': { title: 'Just after', blurb: 'The day after an interview matters more than most people think.' },
  waiting: { title: 'While you wait', blurb: 'What silence usually means, when to follow up, and when to move on.' },
  'called-back': { title: 'Called back', blurb: 'What a callback tells you and how to handle each new round.' },
  offer: { title: 'After an offer', blurb: 'What to ask before you say yes, how to negotiate, and how to choose between offers.' },
};

/** Average adult silent reading speed for non-fiction, in words per minute. */
const WORDS_PER_MINUTE = 220;

/**
 * Words in `text`: runs of letters and digits, with apostrophes and hyphens kept inside a word ("don't",
 * "one-way" are one word each).
 * @internal Exported for the lesson-length test, which counts each lesson's visible text the same way.
 */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}'’-]+/gu)?.length ?? 0;
}

/** Minutes to read a lesson's source text (MDX tags, attributes and heading ids are not read aloud). */
export function readingMinutes(source: string): number {
  const prose = source
    .replace(/^---[\s\S]*?---/, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\{#[\w-]+\}/g, ' ');
  return Math.max(1, Math.round(countWords(prose) / WORDS_PER_MINUTE));
}

/** Lessons of each moment, in reading order, leaving out moments with none. */
export function groupByMoment<L extends { moment: Moment; order: number }>(lessons: readonly L[]): { moment: Moment; lessons: L[] }[] {
  const sorted = [...lessons].sort((a, b) => a.order - b.order);
  return MOMENTS.map((moment) => ({ moment, lessons: sorted.filter((l) => l.moment === moment) })).filter(
    (group) => group.lessons.length > 0,
  );
}

/** The lessons before and after `id` in reading order. */
export function neighbors<L extends { id: string; order: number }>(lessons: readonly L[], id: string): { prev?: L; next?: L } {
  const sorted = [...lessons].sort((a, b) => a.order - b.order);
  const i = sorted.findIndex((l) => l.id === id);
  if (i === -1) return {};
  return { prev: sorted[i - 1], next: sorted[i + 1] };
}

export interface TocEntry {
  slug: string;
  text: string;
  children: TocEntry[];
}

/** h2 headings with their h3 headings nested under them; an h3 before any h2 stands alone. */
export function tableOfContents(headings: readonly { depth: number; slug: string; text: string }[]): TocEntry[] {
  const toc: TocEntry[] = [];
  for (const { depth, slug, text } of headings) {
    if (depth === 2 || (depth === 3 && toc.length === 0)) toc.push({ slug, text, children: [] });
    else if (depth === 3) toc.at(-1)!.children.push({ slug, text, children: [] });
  }
  return toc;
}
