/**
 * The question bank as the practice page reads it: the questions for a kind of round, the bank by round, a
 * person's picks by id. Then the bank in content/practice, read as the site reads it: rules it must keep
 * whatever questions are added, never today's counts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bankEntries, libraryParts } from '../../fixtures/bank';
import { ROUND_KINDS, ROUND_LABELS, type RoundKind } from '../../../src/lib/interviews/journal-record';
import { bankByRound, inBankOrder, questionsById, questionsFor } from '../../../src/lib/prep/question-bank';
import type { BankQuestion } from '../../../src/lib/prep/question-bank-schema';
import { askThemSchema, bankProblems, bankQuestionSchema } from '../../../src/lib/prep/question-bank-schema';

const question = (id: string, round: RoundKind[]): BankQuestion => ({
  id,
  round,
  text: `Question ${id}?`,
  why: 'What the interviewer is checking.',
  ...libraryParts,
  competencies: [],
  lesson: 'in-the-room',
});

const bank = [
  question('why-this-role', ['screen']),
  question('tell-me-about-yourself', ['screen', 'hiring-manager']),
  question('a-conflict', ['panel']),
  question('questions-for-us', ['final', 'hiring-manager']),
];

describe('questionsFor', () => {
  it('gives the questions that fit the round, in bank order, with those that fit several rounds', () => {
    expect(questionsFor(bank, 'screen').map((q) => q.id)).toEqual(['why-this-role', 'tell-me-about-yourself']);
    expect(questionsFor(bank, 'hiring-manager').map((q) => q.id)).toEqual(['tell-me-about-yourself', 'questions-for-us']);
  });

  it('gives nothing for a round no question fits', () => {
    expect(questionsFor(bank, 'technical')).toEqual([]);
  });
});

describe('bankByRound', () => {
  it('groups in the journal’s order of rounds, with their labels, leaving out a round with no question', () => {
    expect(bankByRound(bank).map(({ kind, label, questions }) => [kind, label, questions.map((q) => q.id)])).toEqual([
      ['screen', ROUND_LABELS.screen, ['why-this-role', 'tell-me-about-yourself']],
      ['hiring-manager', ROUND_LABELS['hiring-manager'], ['tell-me-about-yourself', 'questions-for-us']],
      ['panel', ROUND_LABELS.panel, ['a-conflict']],
      ['final', ROUND_LABELS.final, ['questions-for-us']],
    ]);
  });

  it('over any bank: each question shows under exactly the rounds it names, and the groups keep ROUND_KINDS order', () => {
    const banks = fc.array(fc.uniqueArray(fc.constantFrom(...ROUND_KINDS), { minLength: 1 }), { maxLength: 12 });
    fc.assert(
      fc.property(banks, (rounds) => {
        const questions = rounds.map((round, i) => question(`q-${i}`, round));
        const groups = bankByRound(questions);
        const kinds = groups.map((g) => g.kind);
        expect(kinds).toEqual(ROUND_KINDS.filter((kind) => kinds.includes(kind)));
        for (const q of questions)
          expect(groups.filter((g) => g.questions.includes(q)).map((g) => g.kind)).toEqual(ROUND_KINDS.filter((k) => q.round.includes(k)));
        expect(groups.every((g) => g.questions.length > 0)).toBe(true);
      }),
    );
  });
});

describe('questionsById', () => {
  it('gives a person’s picks in the order picked, each once, skipping ids the bank no longer has', () => {
    const picked = questionsById(bank, ['questions-for-us', 'gone-from-the-bank', 'why-this-role', 'questions-for-us']);
    expect(picked.map((q) => q.id)).toEqual(['questions-for-us', 'why-this-role']);
  });
});

describe('inBankOrder', () => {
  it('puts collection entries (sorted by id) back in the order of the file', () => {
    const entries = [
      { data: { ...question('a-first-by-id', ['screen']), position: 2 } },
      { data: { ...question('b-second-by-id', ['screen']), position: 0 } },
      { data: { ...question('c-third-by-id', ['screen']), position: 1 } },
    ];
    expect(inBankOrder(entries).map((q) => q.id)).toEqual(['b-second-by-id', 'c-third-by-id', 'a-first-by-id']);
  });
});

describe('the bank in content/practice/questions/', () => {
  const raw = bankEntries();
  const questions = raw.map((entry) => bankQuestionSchema.parse(entry));
  const lessons = readdirSync(new URL('../../../content/lessons/', import.meta.url))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.replace(/\.mdx$/, ''));

  it('passes the checks the build makes', () => {
    expect(bankProblems(questions, lessons)).toEqual([]);
  });

  it('has at least one question for every kind of round', () => {
    for (const kind of ROUND_KINDS) expect(questionsFor(questions, kind), kind).not.toEqual([]);
  });

  it('gives each question its own id', () => {
    const ids = questions.map((q) => q.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('seeds every question from a lesson that exists', () => {
    for (const q of questions) expect(lessons, q.id).toContain(q.lesson);
  });

  it('asks each question once: no two share their words', () => {
    const texts = questions.map((q) => q.text.toLowerCase());
    expect(texts.filter((text, i) => texts.indexOf(text) !== i)).toEqual([]);
  });
});

// Issue 31: a library a coach would use, browsable without any saved interview at /practice/questions/.
describe('the question library', () => {
  const questions = bankEntries().map((entry) => bankQuestionSchema.parse(entry));

  it('holds at least 150 questions, and at least 15 for each kind of round', () => {
    expect(questions.length).toBeGreaterThanOrEqual(150);
    for (const kind of ROUND_KINDS) expect(questionsFor(questions, kind).length, kind).toBeGreaterThanOrEqual(15);
  });

  it('gives every question each part: why they ask, a way to answer, an example and the mistakes to avoid', () => {
    const missing = questions.flatMap((q) =>
      (['topic', 'shape', 'how', 'example', 'mistakes'] as const).filter((part) => q[part] === undefined).map((part) => `${q.id}: ${part}`),
    );
    expect(missing).toEqual([]);
  });

  it('answers a story question with a story: an example of STAR or CARL speaks of what the person did', () => {
    for (const q of questions.filter((q) => q.shape === 'star' || q.shape === 'carl')) expect(q.example, q.id).toMatch(/\bI\b/);
  });

  it('asks no question an employer may not lawfully ask as if it were normal', () => {
    // Age, family, religion, health, origin and past pay: where the bank mentions them, it is to say how to
    // handle an unlawful question, never as a question to prepare an answer to.
    const unlawful =
      /\b(how old|your age|married|children|pregnan|religio|church|disabilit|medical condition|born|nationality|native language|current salary|salary history|last salary)\b/i;
    expect(questions.filter((q) => unlawful.test(q.text)).map((q) => q.id)).toEqual([]);
  });

  it('has questions worth asking them for every kind of round', () => {
    const raw = yaml.load(readFileSync(new URL('../../../content/practice/ask-them.yaml', import.meta.url), 'utf8')) as unknown[];
    const ask = raw.map((entry) => askThemSchema.parse(entry));
    for (const kind of ROUND_KINDS) expect(ask.filter((q) => q.round.includes(kind)).length, kind).toBeGreaterThanOrEqual(3);
  });
});
