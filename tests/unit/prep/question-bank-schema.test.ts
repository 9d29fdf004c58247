/**
 * Each mistake an author can make in content/practice/questions/*.yaml reads as a message naming the field:
 * one entry through the collection's schema, then the bank as a whole through `bankProblems`.
 */
import { describe, expect, it } from 'vitest';
import { libraryParts } from '../../fixtures/bank';
import { z } from 'zod';
import { ROUND_KINDS, type RoundKind } from '../../../src/lib/interviews/journal-record';
import { bankProblems, bankQuestionSchema } from '../../../src/lib/prep/question-bank-schema';

const valid = {
  id: 'why-this-role',
  round: ['screen'] as RoundKind[],
  text: 'What made you apply for this role?',
  why: 'Whether your interest is specific to this job.',
  ...libraryParts,
  lesson: 'aiming-where-you-fit',
};

const problems = (data: object) => {
  const result = bankQuestionSchema.safeParse(data);
  return result.success ? 'valid' : z.prettifyError(result.error);
};

describe('a question in the bank', () => {
  it('accepts a valid question, with no competencies by default', () => {
    expect(bankQuestionSchema.parse(valid).competencies).toEqual([]);
  });

  it('accepts every kind of round the journal knows, and a request ending in a full stop', () => {
    expect(problems({ ...valid, round: [...ROUND_KINDS] })).toBe('valid');
    expect(problems({ ...valid, text: 'Tell me about a time you disagreed with a colleague.' })).toBe('valid');
  });

  it('names an unknown kind of round and the kinds there are', () => {
    expect(problems({ ...valid, round: ['screening'] })).toMatchInlineSnapshot(`
      "✖ Invalid option: expected one of "screen"|"hiring-manager"|"panel"|"technical"|"final"
        → at round[0]"
    `);
  });

  it('names a question that fits no round, and a round listed twice', () => {
    expect(problems({ ...valid, round: [] })).toMatchInlineSnapshot(`
      "✖ name at least one kind of round
        → at round"
    `);
    expect(problems({ ...valid, round: ['panel', 'panel'] })).toMatchInlineSnapshot(`
      "✖ list each value once
        → at round"
    `);
  });

  it('names a competency the story bank does not tag', () => {
    expect(problems({ ...valid, competencies: ['charisma'] })).toMatchInlineSnapshot(`
      "✖ Invalid option: expected one of "leadership"|"conflict"|"failure"|"pressure"|"influence"|"proud-result"|"teamwork"|"learning"
        → at competencies[0]"
    `);
  });

  it('names an id that is not kebab-case, and a missing lesson', () => {
    expect(problems({ ...valid, id: 'Why This Role', lesson: undefined })).toMatchInlineSnapshot(`
      "✖ use lower-case words joined by hyphens
        → at id
      ✖ Invalid input: expected string, received undefined
        → at lesson"
    `);
  });

  it('names a question without its closing mark, and a misspelled field', () => {
    expect(problems({ ...valid, text: 'What made you apply', whyy: 'typo' })).toMatchInlineSnapshot(`
      "✖ Unrecognized key: "whyy"
      ✖ end the question with "?" (or "." for a request such as "Tell me about…")
        → at text"
    `);
  });
});

describe('the bank as a whole', () => {
  const lessons = ['aiming-where-you-fit', 'in-the-room'];
  const everyRound = { ...valid, round: [...ROUND_KINDS] } as const;

  it('is sound when ids are unique, lessons exist and every round has a question', () => {
    expect(bankProblems([everyRound, { ...valid, id: 'another' }], lessons)).toEqual([]);
  });

  it('names an id used twice, with both entries', () => {
    expect(bankProblems([everyRound, { ...valid, lesson: 'in-the-room' }], lessons)).toEqual([
      'id: "why-this-role" is used by more than one question (entry 1 and entry 2); give each its own',
    ]);
  });

  it('names a lesson that does not exist, and the lessons there are', () => {
    expect(bankProblems([{ ...everyRound, lesson: 'in-the-rom' }], lessons)).toEqual([
      'why-this-role → lesson: there is no lesson "in-the-rom" in content/lessons; use one of aiming-where-you-fit, in-the-room',
    ]);
  });

  it('names the kinds of round no question fits', () => {
    expect(bankProblems([valid], lessons)).toEqual([
      'round: no question fits hiring-manager, panel, technical, final; each kind of round needs at least one',
    ]);
  });
});

describe('the parts a library question needs', () => {
  it('names each missing part, and a way to answer that is not one of the shapes', () => {
    const { topic, shape, how, example, mistakes, ...bare } = valid;
    expect([topic, shape, how, example, mistakes].every(Boolean)).toBe(true);
    expect(problems(bare)).toMatchInlineSnapshot(`
      "✖ Invalid option: expected one of "you"|"motivation"|"strengths"|"history"|"behavioral"|"leadership"|"judgment"|"skills"|"ways-of-working"|"pay"|"vision"
        → at topic
      ✖ Invalid option: expected one of "star"|"carl"|"direct"
        → at shape
      ✖ Invalid input: expected string, received undefined
        → at how
      ✖ Invalid input: expected string, received undefined
        → at example
      ✖ Invalid input: expected array, received undefined
        → at mistakes"
    `);
    expect(problems({ ...valid, shape: 'story', mistakes: [] })).toMatchInlineSnapshot(`
      "✖ Invalid option: expected one of "star"|"carl"|"direct"
        → at shape
      ✖ Too small: expected array to have >=1 items
        → at mistakes"
    `);
  });
});
