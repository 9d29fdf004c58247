/** The story bank's warnings: past about twelve stories, a needed competency without one, a failure without its lesson. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BANK_SIZE, COMPETENCIES, storyWarnings, type Story } from '../../src/lib/stories';

const story = (id: string, competencies: Story['competencies'], extra: Partial<Story> = {}): Story => ({
  id,
  title: `Story ${id}`,
  competencies,
  ...extra,
});

describe('story bank warnings', () => {
  it('say nothing of an empty bank for a role that needs nothing in particular', () => {
    expect(storyWarnings([])).toEqual([]);
  });

  it('warn past the bank size, not at it', () => {
    const bank = (n: number) => Array.from({ length: n }, (_, i) => story(String(i), ['teamwork']));
    expect(storyWarnings(bank(BANK_SIZE))).toEqual([]);
    expect(storyWarnings(bank(BANK_SIZE + 1)).map((w) => w.kind)).toEqual(['too-many']);
  });

  it('name each competency the role needs that no story shows, once', () => {
    const warnings = storyWarnings([story('a', ['leadership'])], ['leadership', 'conflict', 'conflict']);
    expect(warnings).toEqual([
      { kind: 'uncovered', competency: 'conflict', text: 'The role calls for conflict, and no story shows it yet.' },
    ]);
  });

  it('ask a failure story for what was learned', () => {
    expect(storyWarnings([story('f', ['failure'])]).map((w) => w.kind)).toEqual(['no-lesson']);
    expect(storyWarnings([story('f', ['failure'], { learned: 'Check the data first' })])).toEqual([]);
  });

  it('over any bank: a needed competency is warned about exactly when no story has it', () => {
    const bank = fc.array(fc.subarray([...COMPETENCIES], { minLength: 1 }), { maxLength: 20 });
    fc.assert(
      fc.property(bank, fc.subarray([...COMPETENCIES]), (tags, needed) => {
        const stories = tags.map((competencies, i) => story(String(i), competencies, { learned: 'x' }));
        const uncovered = storyWarnings(stories, needed).flatMap((w) => (w.kind === 'uncovered' ? [w.competency] : []));
        expect(uncovered).toEqual(needed.filter((c) => !tags.some((t) => t.includes(c))));
        expect(storyWarnings(stories, needed).some((w) => w.kind === 'too-many')).toBe(stories.length > BANK_SIZE);
      }),
      { numRuns: 300 },
    );
  });
});
