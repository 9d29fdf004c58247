/**
 * The question library's layout over generated banks: each question has one page, under the first kind of
 * round it names, and is listed by every kind it names; a kind's list groups its questions by topic without
 * losing, repeating or reordering any.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROUND_KINDS, type RoundKind } from '../../../src/lib/interviews/journal-record';
import { TOPIC_LABELS, type Topic } from '../../../src/lib/prep/question-bank-schema';
import { byTopic, libraryByRound, questionHome, questionInList } from '../../../src/lib/prep/question-library';

const questionArb = fc.record({
  round: fc.uniqueArray(fc.constantFrom<RoundKind>(...ROUND_KINDS), { minLength: 1, maxLength: ROUND_KINDS.length }),
  topic: fc.constantFrom(...(Object.keys(TOPIC_LABELS) as Topic[])),
});
// Ids given by place, so that each is unique as the schema requires.
const bankArb = fc.array(questionArb, { maxLength: 60 }).map((qs) => qs.map((q, i) => ({ ...q, id: `q${i}` })));

describe('the library by kind of round', () => {
  it('gives each question one page, under its first kind, and lists it on every kind it names', () => {
    fc.assert(
      fc.property(bankArb, (bank) => {
        const groups = libraryByRound(bank);
        for (const q of bank) {
          const homes = groups.filter((g) => g.here.includes(q));
          expect(homes.map((g) => g.kind)).toEqual([q.round[0]]);
          expect(questionHome(q)).toBe(`${homes[0].href}${q.id}/`);
          expect(questionInList(q)).toBe(`${homes[0].href}#q-${q.id}`);
          const listedBy = groups.filter((g) => g.here.includes(q) || g.elsewhere.includes(q)).map((g) => g.kind);
          expect(listedBy.toSorted()).toEqual([...q.round].sort());
        }
        // A kind with nothing to list has no page.
        for (const g of groups) expect(g.here.length + g.elsewhere.length).toBeGreaterThan(0);
      }),
    );
  });

  it('groups a list by topic, in the topics’ order, each question once and in the order given', () => {
    fc.assert(
      fc.property(bankArb, (bank) => {
        const groups = byTopic(bank, TOPIC_LABELS);
        const order = Object.keys(TOPIC_LABELS);
        expect(groups.map((g) => order.indexOf(g.topic))).toEqual(groups.map((g) => order.indexOf(g.topic)).sort((a, b) => a - b));
        for (const g of groups) {
          expect(g.questions.length).toBeGreaterThan(0);
          expect(g.label).toBe(TOPIC_LABELS[g.topic]);
          expect(g.questions).toEqual(bank.filter((q) => q.topic === g.topic));
        }
        expect(groups.flatMap((g) => g.questions).length).toBe(bank.length);
      }),
    );
  });
});
