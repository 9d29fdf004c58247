/**
 * Lessons a phone reader finishes (issue 31): the median lesson has at most 900 words and none more than 1,400.
 * tests/e2e/guides.spec.ts counts what a phone shows as the page opens (folds closed); this counts the body with
 * every fold open, so that folding detail cannot hide a lesson's growth. The body is read as search reads
 * it (plainText and withDraftedEmails in src/lib/search/build-index.ts): paragraphs, headings, lists, callouts
 * with their titles, EmailTemplate titles, subjects and text (a drafted `kind` email as the page drafts it),
 * and what is folded in a <Fold>, which is one tap away and which a reader who opens it reads, so it counts.
 * Not counted: the frontmatter (title, summary, takeaways are shown, but around the body, the same for every
 * lesson), import lines, component names and attribute names, heading ids, link URLs and Markdown markup.
 *
 * `LESSON_WORDS=1 npx vitest run tests/unit/content/lesson-length.test.ts` prints every lesson's count.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countWords } from '../../../src/lib/content/lessons';
import { plainText, withDraftedEmails } from '../../../src/lib/search/build-index';

const MEDIAN_LIMIT = 900;
const HARD_LIMIT = 1400;

const root = join(import.meta.dirname, '../../..');

/** Words a reader sees in a lesson's MDX source. */
function visibleWords(source: string): number {
  const body = source
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/^(import|export) .*$/gm, '')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '');
  // The drafted emails' text does not depend on the day: any fixed date measures them.
  return countWords(plainText(withDraftedEmails(body, '2026-12-07')));
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

describe('the visible-word measure', () => {
  it('counts what the page shows, folded text included, and not frontmatter, imports, ids, URLs or attribute names', () => {
    const source = [
      '---',
      'title: Five words in the title',
      'takeaways: [one two three]',
      '---',
      "import Something from './somewhere';",
      '## A heading {#a-long-heading-id}', // 2
      'Read [the guide](/guides/following-up/#the-first-follow-up) today.', // 4
      '<Callout kind="tip" title="Worth knowing">', // 2
      '- one item', // 2
      '</Callout>',
      '<Fold title="Signs">Folded detail, one tap away.</Fold>', // 1 + 5
      '{/* a note for authors */}',
    ].join('\n');
    expect(visibleWords(source)).toBe(16);
  });

  it("counts a drafted email's text, which the lesson itself does not spell out", () => {
    const tag = '<EmailTemplate kind="follow-up" title="First follow-up" />';
    expect(visibleWords(tag)).toBeGreaterThan(countWords('First follow-up') + 30);
  });

  it('takes the middle value as the median, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe('the lessons in content/lessons', () => {
  const counts = readdirSync(join(root, 'content/lessons'))
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => ({ lesson: name.replace(/\.mdx$/, ''), words: visibleWords(readFileSync(join(root, 'content/lessons', name), 'utf8')) }))
    .sort((a, b) => b.words - a.words);
  const table = counts.map(({ lesson, words }) => `${String(words).padStart(5)}  ${lesson}`).join('\n');
  if (process.env.LESSON_WORDS) console.log(`median ${median(counts.map((c) => c.words))}\n${table}`);

  it(`have a median of at most ${MEDIAN_LIMIT} visible words, so a typical lesson reads in about four minutes`, () => {
    const value = median(counts.map((c) => c.words));
    expect(value, `median ${value} words; longest first:\n${table}`).toBeLessThanOrEqual(MEDIAN_LIMIT);
  });

  it(`each have at most ${HARD_LIMIT} visible words`, () => {
    const over = counts.filter((c) => c.words > HARD_LIMIT);
    expect(over, `over ${HARD_LIMIT} words; all lessons, longest first:\n${table}`).toEqual([]);
  });
});
