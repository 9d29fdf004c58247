/**
 * The question loop (src/lib/prep/practice.ts): what is stored reads back as written, one damaged item is set
 * aside alone, the debrief's ticks keep asked within expected and fumbled within asked, hit rates count only
 * debriefed interviews, and practice cards have one stable id each.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/lib/core/dates';
import { newInterview, type InterviewRecord } from '../../../src/lib/interviews/interviews';
import { ROUND_KINDS, type RoundKind } from '../../../src/lib/interviews/journal-record';
import {
  addOwnQuestion,
  cardCandidates,
  EMPTY_PRACTICE,
  expectQuestion,
  hitRates,
  isExpectation,
  mergePractice,
  prepareFor,
  PRACTICE_LIMITS,
  practiceSchema,
  questionIndex,
  saveCard,
  sheetInterview,
  tickAsked,
  tickFumbled,
  toldStory,
  updateExpectation,
  type Expectation,
  type PracticeCard,
  type PracticeState,
} from '../../../src/lib/prep/practice';
import { newCard, practiceDeck } from '../../../src/lib/prep/practice-cards';

const TODAY = '2026-11-30';
const BANK = ['why-this-role', 'salary-expectations', 'notice-period', 'tell-me-about-failure', 'conflict-at-work'].map((id) => ({
  id,
  text: `The question ${id}?`,
  round: ['screen'] as RoundKind[],
  competencies: [],
}));
const index = questionIndex(BANK, []);

const record = (id: string, fields: Partial<InterviewRecord> = {}): InterviewRecord => ({
  ...newInterview(id, new Date('2026-11-01T09:00:00Z')),
  company: `Company ${id}`,
  ...fields,
});

/** JSON out and back, as localStorage keeps it. */
const stored = <T>(value: T): unknown => JSON.parse(JSON.stringify(value));

// ── Arbitraries: state as this code writes it ────────────────────────────────────────────────────────────

const idArb = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f');
const questionIds = fc.uniqueArray(fc.constantFrom(...BANK.map((q) => q.id), 'own-1', 'own-2'), { maxLength: 7 });

const expectationArb = (interviewId: fc.Arbitrary<string>) =>
  fc
    .record({
      interviewId,
      round: fc.constantFrom(...ROUND_KINDS),
      expected: questionIds,
      askedShare: fc.nat(),
      fumbledShare: fc.nat(),
      stories: fc.uniqueArray(
        fc.record(
          { storyId: fc.constantFrom('s1', 's2', 's3'), landed: fc.constantFrom('landed', 'flat', undefined) },
          { requiredKeys: ['storyId'] },
        ),
        { maxLength: 3, selector: (s) => s.storyId },
      ),
    })
    .map(({ expected, askedShare, fumbledShare, stories, ...e }): Expectation => {
      const asked = expected.slice(0, askedShare % (expected.length + 1));
      const fumbled = asked.slice(0, fumbledShare % (asked.length + 1));
      return {
        ...e,
        expected,
        asked,
        fumbled,
        stories: stories.map(({ storyId, landed }) => (landed ? { storyId, landed } : { storyId })),
      };
    });

const cardArb = fc
  .record({
    id: fc.stringMatching(/^[a-z]{1,8}:[a-z-]{1,12}$/),
    question: fc.string({ minLength: 1, maxLength: 40 }),
    from: fc.constantFrom('fumbled', 'surprise', 'own'),
    answer: fc.option(fc.string({ maxLength: 60 }), { nil: undefined }),
    days: fc.integer({ min: -20, max: 20 }),
  })
  .map(({ answer, days, ...c }): PracticeCard => {
    const card = newCard({ ...c, ...(answer === undefined ? {} : { answer }) }, TODAY);
    return { ...card, schedule: { ...card.schedule, due: addDays(TODAY, days) } };
  });

const stateArb: fc.Arbitrary<PracticeState> = fc.record({
  own: fc.uniqueArray(
    fc.record({
      id: fc.constantFrom('own-1', 'own-2', 'own-3'),
      text: fc.string({ minLength: 1, maxLength: 50 }),
      round: fc.subarray([...ROUND_KINDS], { minLength: 1 }),
    }),
    { maxLength: 3, selector: (q) => q.id },
  ),
  expectations: fc.uniqueArray(expectationArb(idArb), { maxLength: 5, selector: (e) => e.interviewId }),
  cards: fc.uniqueArray(cardArb, { maxLength: 5, selector: (c) => c.id }),
});

// ── The stored shape ─────────────────────────────────────────────────────────────────────────────────────

describe('the stored shape', () => {
  it('reads back exactly what was written, for any state this code writes', () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        expect(practiceSchema.parse(stored(state))).toEqual(stored(state));
      }),
    );
  });

  it('sets one damaged item aside and keeps the others', () => {
    fc.assert(
      fc.property(stateArb, fc.constantFrom('own', 'expectations', 'cards'), fc.nat(), (state, list, at) => {
        const broken = { ...state, [list]: [...state[list]] } as Record<string, unknown[]>;
        const spot = at % (broken[list].length + 1);
        broken[list].splice(spot, 0, { id: 42, nonsense: true });
        // The whole is refused: parse never passes a damaged value as sound.
        expect(practiceSchema.parse(stored(broken))).toBeUndefined();
        const salvaged = practiceSchema.salvage!(stored(broken));
        expect(salvaged?.value).toEqual(stored(state));
        expect(salvaged?.rejected).toEqual({ own: [], expectations: [], cards: [], [list]: [{ id: 42, nonsense: true }] });
      }),
    );
  });

  it('refuses ticks that break the rules, and unknown fields are not kept', () => {
    const base: Expectation = { interviewId: 'a', round: 'screen', expected: ['x'], asked: ['x'], fumbled: ['x'], stories: [] };
    expect(isExpectation(base)).toBe(true);
    expect(isExpectation({ ...base, asked: ['y'] })).toBe(false);
    expect(isExpectation({ ...base, asked: [], fumbled: ['x'] })).toBe(false);
    expect(isExpectation({ ...base, expected: ['x', 'x'] })).toBe(false);
    expect(isExpectation({ ...base, round: 'coffee' })).toBe(false);
    const extra = { own: [], expectations: [{ ...base, secret: 1 }], cards: [] };
    expect(practiceSchema.parse(extra)).toEqual({ own: [], expectations: [base], cards: [] });
  });

  it('keeps a list within its limit, setting the rest aside', () => {
    const own = Array.from({ length: PRACTICE_LIMITS.own + 2 }, (_, i) => ({ id: `own-${i}`, text: 'Q?', round: ['screen'] }));
    const salvaged = practiceSchema.salvage!({ own, expectations: [], cards: [] });
    expect(salvaged?.value.own).toHaveLength(PRACTICE_LIMITS.own);
    expect((salvaged?.rejected as { own: unknown[] }).own).toHaveLength(2);
    expect(practiceSchema.parse({ own: 'no', expectations: [], cards: [] })).toBeUndefined();
  });
});

// ── Writes ───────────────────────────────────────────────────────────────────────────────────────────────

describe('expecting and ticking', () => {
  const live = new Set(['a', 'b']);
  const apply = (state: PracticeState, id: string, change: (e: Expectation) => Expectation | string, round: RoundKind = 'screen') => {
    const result = updateExpectation(state, id, live, round, change);
    return 'state' in result ? result.state : result.problem;
  };

  it('makes the expectation on the first tick, for the kind of round given', () => {
    const state = apply(EMPTY_PRACTICE, 'a', expectQuestion('why-this-role', true), 'panel') as PracticeState;
    expect(state.expectations).toEqual([
      { interviewId: 'a', round: 'panel', expected: ['why-this-role'], asked: [], fumbled: [], stories: [] },
    ]);
    expect((apply(state, 'a', prepareFor('final')) as PracticeState).expectations[0].round).toBe('final');
  });

  it('refuses an interview no longer saved, and drops expectations of deleted ones on the next write', () => {
    expect(apply(EMPTY_PRACTICE, 'gone', expectQuestion('x', true))).toMatch(/no longer saved/);
    const orphan: PracticeState = {
      ...EMPTY_PRACTICE,
      expectations: [{ interviewId: 'gone', round: 'screen', expected: [], asked: [], fumbled: [], stories: [] }],
    };
    const next = apply(orphan, 'a', expectQuestion('x', true)) as PracticeState;
    expect(next.expectations.map((e) => e.interviewId)).toEqual(['a']);
  });

  it(`refuses a ${PRACTICE_LIMITS.expected + 1}st expected question, with a reason`, () => {
    let state = EMPTY_PRACTICE;
    for (let i = 0; i < PRACTICE_LIMITS.expected; i++) state = apply(state, 'a', expectQuestion(`q${i}`, true)) as PracticeState;
    expect(apply(state, 'a', expectQuestion('one-more', true))).toMatch(/At most 20 expected questions/);
    // Ticking one already expected again is no change, not a refusal.
    expect(apply(state, 'a', expectQuestion('q0', true))).toEqual(state);
  });

  it(`refuses expectations for a ${PRACTICE_LIMITS.expectations + 1}st interview`, () => {
    const many = Array.from({ length: PRACTICE_LIMITS.expectations }, (_, i) => `i${i}`);
    const state: PracticeState = {
      ...EMPTY_PRACTICE,
      expectations: many.map((interviewId) => ({ interviewId, round: 'screen', expected: [], asked: [], fumbled: [], stories: [] })),
    };
    const result = updateExpectation(state, 'new', new Set([...many, 'new']), 'screen', expectQuestion('x', true));
    expect(result).toEqual({ problem: expect.stringMatching(/at most 500 interviews/) });
  });

  it('ticks in order only: asked needs expected, went badly needs asked', () => {
    const state = apply(EMPTY_PRACTICE, 'a', expectQuestion('x', true)) as PracticeState;
    expect(apply(state, 'a', tickAsked('y', true))).toBe('That question is not on the list you expected.');
    expect(apply(state, 'a', tickFumbled('x', true))).toBe('Tick the question as asked first.');
  });

  it('over any run of writes: asked ⊆ expected, fumbled ⊆ asked, within the limits, and always storable', () => {
    const q = fc.constantFrom(...BANK.map((b) => b.id));
    const op = fc.oneof(
      fc.record({ kind: fc.constant('expect' as const), id: q, on: fc.boolean() }),
      fc.record({ kind: fc.constant('asked' as const), id: q, on: fc.boolean() }),
      fc.record({ kind: fc.constant('fumbled' as const), id: q, on: fc.boolean() }),
      fc.record({ kind: fc.constant('story' as const), id: fc.constantFrom('s1', 's2', 's3', 's4', 's5', 's6', 's7'), on: fc.boolean() }),
      fc.record({ kind: fc.constant('round' as const), id: fc.constantFrom(...ROUND_KINDS), on: fc.boolean() }),
    );
    fc.assert(
      fc.property(fc.array(fc.record({ interview: fc.constantFrom('a', 'b'), op }), { maxLength: 40 }), (steps) => {
        let state = EMPTY_PRACTICE;
        for (const { interview, op } of steps) {
          const change =
            op.kind === 'expect'
              ? expectQuestion(op.id, op.on)
              : op.kind === 'asked'
                ? tickAsked(op.id, op.on)
                : op.kind === 'fumbled'
                  ? tickFumbled(op.id, op.on)
                  : op.kind === 'story'
                    ? toldStory(op.id, op.on ? 'landed' : null)
                    : prepareFor(op.id as RoundKind);
          const next = apply(state, interview, change);
          if (typeof next !== 'string') state = next;
          for (const e of state.expectations) {
            expect(e.asked.every((id) => e.expected.includes(id))).toBe(true);
            expect(e.fumbled.every((id) => e.asked.includes(id))).toBe(true);
            expect(e.stories.length).toBeLessThanOrEqual(PRACTICE_LIMITS.stories);
          }
          expect(practiceSchema.parse(stored(state))).toEqual(stored(state));
        }
      }),
    );
  });

  it('un-expecting a question takes its ticks with it', () => {
    let state = apply(EMPTY_PRACTICE, 'a', expectQuestion('x', true)) as PracticeState;
    state = apply(state, 'a', tickAsked('x', true)) as PracticeState;
    state = apply(state, 'a', tickFumbled('x', true)) as PracticeState;
    state = apply(state, 'a', expectQuestion('x', false)) as PracticeState;
    expect(state.expectations[0]).toMatchObject({ expected: [], asked: [], fumbled: [] });
  });
});

describe('questions of one’s own and cards', () => {
  const own = (text: string, id = 'own-1') => ({ id, text, round: ['screen'] as RoundKind[] });

  it('adds a question trimmed, and refuses an empty, a long one or one past the limit', () => {
    expect(addOwnQuestion(EMPTY_PRACTICE, own('  Why us?  '))).toEqual({ state: { ...EMPTY_PRACTICE, own: [own('Why us?')] } });
    expect(addOwnQuestion(EMPTY_PRACTICE, own('   '))).toEqual({ problem: 'Write the question first.' });
    expect(addOwnQuestion(EMPTY_PRACTICE, own('x'.repeat(PRACTICE_LIMITS.question + 1)))).toHaveProperty('problem');
    const full = { ...EMPTY_PRACTICE, own: Array.from({ length: PRACTICE_LIMITS.own }, (_, i) => own('Q?', `own-${i}`)) };
    expect(addOwnQuestion(full, own('One more?', 'own-x'))).toHaveProperty('problem');
  });

  it('replaces a card by id, refuses a long answer and a card past the limit', () => {
    const card = newCard({ id: 'a:x', question: 'Q?', from: 'fumbled' }, TODAY);
    const once = saveCard(EMPTY_PRACTICE, card);
    const twice = 'state' in once ? saveCard(once.state, { ...card, answer: 'Better' }) : once;
    expect('state' in twice && twice.state.cards).toEqual([{ ...card, answer: 'Better' }]);
    expect(saveCard(EMPTY_PRACTICE, { ...card, answer: 'x'.repeat(PRACTICE_LIMITS.answer + 1) })).toHaveProperty('problem');
    const full = { ...EMPTY_PRACTICE, cards: Array.from({ length: PRACTICE_LIMITS.cards }, (_, i) => ({ ...card, id: `c${i}` })) };
    expect(saveCard(full, card)).toHaveProperty('problem');
    expect(saveCard(full, { ...card, id: 'c0' })).toHaveProperty('state');
  });
});

// ── Reads ────────────────────────────────────────────────────────────────────────────────────────────────

describe('hit rates', () => {
  const expectation = (interviewId: string, round: RoundKind, expected: string[], asked: string[]): Expectation => ({
    interviewId,
    round,
    expected,
    asked,
    fumbled: [],
    stories: [],
  });

  it('say nothing with no interviews, or with expectations whose interviews are gone', () => {
    expect(hitRates(EMPTY_PRACTICE, [])).toEqual([]);
    expect(hitRates({ ...EMPTY_PRACTICE, expectations: [expectation('gone', 'screen', ['x'], ['x'])] }, [])).toEqual([]);
  });

  it('leave out an interview not yet debriefed: its questions have not had the chance to come up', () => {
    const state = { ...EMPTY_PRACTICE, expectations: [expectation('a', 'screen', ['x', 'y'], [])] };
    expect(hitRates(state, [record('a')])).toEqual([]);
  });

  it('count per kind of round, in the journal’s order, surprises from the debrief', () => {
    const state = {
      ...EMPTY_PRACTICE,
      expectations: [
        expectation('p', 'panel', ['x', 'y', 'z'], ['x']),
        expectation('a', 'screen', ['x', 'y'], ['x', 'y']),
        expectation('b', 'screen', ['x', 'y', 'z'], []),
      ],
    };
    const records = [record('a'), record('b', { debrief: { questions: ['Why now?', '  ', 'Where else?'] } }), record('p')];
    expect(hitRates(state, records)).toEqual([
      { kind: 'screen', label: 'Screen', interviews: 2, expected: 5, cameUp: 2, surprises: 2 },
      { kind: 'panel', label: 'Panel', interviews: 1, expected: 3, cameUp: 1, surprises: 0 },
    ]);
  });
});

describe('practice cards from the debriefs', () => {
  const debriefed: PracticeState = {
    ...EMPTY_PRACTICE,
    expectations: [
      {
        interviewId: 'a',
        round: 'screen',
        expected: ['why-this-role', 'notice-period'],
        asked: ['why-this-role', 'notice-period'],
        fumbled: ['notice-period'],
        stories: [],
      },
    ],
  };
  const records = [record('a', { debrief: { questions: ['Why do you want to leave so soon?', 'why do you want to leave  so soon?'] } })];

  it('one card per fumbled question and per surprise; the same surprise written twice is one card', () => {
    const deck = practiceDeck(debriefed, records, index, TODAY);
    expect(deck.map((c) => [c.from, c.question])).toEqual([
      ['fumbled', 'The question notice-period?'],
      ['surprise', 'Why do you want to leave so soon?'],
    ]);
    expect(deck.every((c) => c.schedule.due === TODAY)).toBe(true);
  });

  it('keep their ids across reads and days, so a practiced card replaces its new self', () => {
    const ids = cardCandidates(debriefed, records, index).map((c) => c.id);
    expect(cardCandidates(structuredClone(debriefed), structuredClone(records), index).map((c) => c.id)).toEqual(ids);
    const [first] = practiceDeck(debriefed, records, index, TODAY);
    const practiced = { ...first, answer: 'Two weeks', schedule: { ...first.schedule, due: '2026-12-04' } };
    const deck = practiceDeck({ ...debriefed, cards: [practiced] }, records, index, '2026-12-01');
    expect(deck.map((c) => c.id)).toEqual([ids[0], ids[2]]);
    expect(deck[0]).toEqual(practiced);
  });

  it('over any state and journal: every deck id is unique and the same on every read', () => {
    const journal = fc.uniqueArray(
      fc.record({
        id: idArb,
        questions: fc.array(fc.constantFrom('Why now?', 'why now?', 'Where else?', 'A hard one.'), { maxLength: 4 }),
      }),
      { maxLength: 4, selector: (r) => r.id },
    );
    fc.assert(
      fc.property(stateArb, journal, (state, js) => {
        const recs = js.map((j) => record(j.id, { debrief: { questions: j.questions } }));
        const ix = questionIndex(BANK, state.own);
        const deck = practiceDeck(state, recs, ix, TODAY);
        expect(new Set(deck.map((c) => c.id)).size).toBe(deck.length);
        expect(practiceDeck(state, recs, ix, TODAY).map((c) => c.id)).toEqual(deck.map((c) => c.id));
        // Every stored card stays in the deck, whatever the debriefs now say: it holds an answer.
        expect(deck.slice(0, state.cards.length)).toEqual(state.cards);
      }),
    );
  });
});

describe('merging an import', () => {
  it('into nothing gives the import; with itself gives itself', () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        expect(mergePractice(EMPTY_PRACTICE, state)).toEqual(state);
        expect(mergePractice(state, state)).toEqual(state);
      }),
    );
  });

  it('lets the import win where both hold the same interview or card, and keeps the rest', () => {
    fc.assert(
      fc.property(stateArb, stateArb, (current, incoming) => {
        const merged = mergePractice(current, incoming);
        for (const e of incoming.expectations) expect(merged.expectations.find((m) => m.interviewId === e.interviewId)).toEqual(e);
        for (const c of incoming.cards) expect(merged.cards.find((m) => m.id === c.id)).toEqual(c);
        const ids = new Set([...current.cards, ...incoming.cards].map((c) => c.id));
        expect(merged.cards.map((c) => c.id).sort()).toEqual([...ids].sort());
        expect(practiceSchema.parse(stored(merged))).toEqual(stored(merged));
      }),
    );
  });
});

describe('the day sheet’s interview', () => {
  const soon = record('soon', { answers: { interviewDate: '2026-12-02' } });
  const later = record('later', { answers: { interviewDate: '2026-12-09' } });
  const plain = record('plain', { answers: { interviewDate: '2026-12-04' } });
  const expecting = (interviewId: string): Expectation => ({
    interviewId,
    round: 'screen',
    expected: ['why-this-role'],
    asked: [],
    fumbled: [],
    stories: [],
  });
  const state: PracticeState = { ...EMPTY_PRACTICE, expectations: [expecting('later'), expecting('soon')] };

  it('is the prepared one coming soonest, unless the address names another, prepared or not', () => {
    expect(sheetInterview(state, [soon, later, plain], TODAY)?.record.id).toBe('soon');
    expect(sheetInterview(state, [soon, later, plain], TODAY, 'later')).toEqual({ record: later, expectation: expecting('later') });
    // Named and not prepared: it is still the sheet's, with nothing expected yet.
    expect(sheetInterview(state, [soon, later, plain], TODAY, 'plain')).toMatchObject({ record: plain, expectation: { expected: [] } });
    // Named but no longer saved: as if not named.
    expect(sheetInterview(state, [soon, later], TODAY, 'plain')?.record.id).toBe('soon');
    expect(sheetInterview(EMPTY_PRACTICE, [], TODAY, 'plain')).toBeUndefined();
  });

  it('with nothing prepared, is the interview coming up soonest, so the sheet hangs on it all the same', () => {
    const past = record('past', { answers: { interviewDate: addDays(TODAY, -3) } });
    const ahead = record('ahead', { answers: { interviewDate: addDays(TODAY, 9) } });
    const sooner = record('sooner', { answers: { interviewDate: addDays(TODAY, 2) } });
    expect(sheetInterview(EMPTY_PRACTICE, [past, ahead, sooner], TODAY)).toMatchObject({
      record: { id: 'sooner' },
      expectation: { expected: [] },
      day: addDays(TODAY, 2),
    });
    expect(sheetInterview(EMPTY_PRACTICE, [past], TODAY)).toBeUndefined();
  });
});
