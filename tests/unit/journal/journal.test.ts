/**
 * The journal's rules: events keep the diagnostic's plan in step ("Mark as sent" moves it on), follow-ups
 * stop at two, the debrief's date is the promised date, a later round restarts the plan.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerProblems } from '../../../src/lib/diagnostic/answers';
import { addDays } from '../../../src/lib/core/dates';
import {
  addRoundPatch,
  answersToday,
  nextInterview,
  planState,
  canCloseAsGhosted,
  closeAsGhostedPatch,
  debriefPatch,
  dueMessage,
  foldEvents,
  followUpsSent,
  markSentPatch,
  MAX_FOLLOW_UPS,
  outcomeOf,
  recordEventPatch,
} from '../../../src/lib/journal/journal';
import { newInterview } from '../../../src/lib/interviews/interviews';
import { EVENT_KINDS, type JournalEvent } from '../../../src/lib/interviews/journal-record';
import { apply, interview, model, situation } from '../../fixtures/journal-writes';
import { US } from '../../fixtures/calendars.ts';

describe('"Mark as sent" moves the plan on', () => {
  it('through a thank-you, two follow-ups and moving on, then offers closing as ghosted', () => {
    let record = interview();
    expect(situation(record, '2026-11-11')).toBe('thank-you-due');
    record = apply(record, markSentPatch(record, '2026-11-11', US));
    expect(record.events).toEqual([{ kind: 'thank-you-sent', date: '2026-11-11' }]);
    expect(situation(record, '2026-11-11')).toBe('wait-first');

    expect(dueMessage(record, '2026-11-17', US)).toBe('follow-up');
    record = apply(record, markSentPatch(record, '2026-11-17', US));
    expect(situation(record, '2026-11-17')).toBe('wait-between');

    expect(dueMessage(record, '2026-11-24', US)).toBe('final-follow-up');
    record = apply(record, markSentPatch(record, '2026-11-24', US));
    expect(situation(record, '2026-11-24')).toBe('wait-after-last');
    expect(record.answers).toMatchObject({ thankYou: 'sent', followUps: 2, lastFollowUp: '2026-11-24' });

    expect(canCloseAsGhosted(record, '2026-11-30', US)).toBe(false);
    expect(canCloseAsGhosted(record, '2026-12-01', US)).toBe(true);
    record = apply(record, closeAsGhostedPatch(record, '2026-12-01', 'No reply after two follow-ups'));
    expect(outcomeOf(record.events)).toBe('ghosted');
    expect(canCloseAsGhosted(record, '2026-12-01', US)).toBe(false);
    expect(markSentPatch(record, '2026-12-01', US)).toEqual({ problem: 'No message is due today.' });
  });

  it('stops asking for follow-ups, and never offers to close as ghosted, once they have answered', () => {
    const kinds = fc.constantFrom('reply', 'next-round', 'offer', 'rejected') as fc.Arbitrary<JournalEvent['kind']>;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), kinds, fc.integer({ min: 0, max: 60 }), (after, kind, later) => {
        const answered = addDays('2026-11-10', after);
        const today = addDays(answered, later);
        const record = interview({ thankYou: 'sent' }, { events: [{ kind, date: answered }] });
        expect(dueMessage(record, today, US)).toBeUndefined();
        expect(canCloseAsGhosted(record, today, US)).toBe(false);
      }),
      { numRuns: 300 },
    );
    // Silence, the same days: the plan asks, then offers closing (the check above can fail).
    expect(dueMessage(interview({ thankYou: 'sent' }), '2026-11-17', US)).toBe('follow-up');
    expect(canCloseAsGhosted(interview({ thankYou: 'sent', followUps: 2, lastFollowUp: '2026-11-24' }), '2026-12-30', US)).toBe(true);
  });

  it('says so when nothing is due', () => {
    expect(markSentPatch(interview({ thankYou: 'sent' }), '2026-11-12', US)).toEqual({ problem: 'No message is due today.' });
  });
});

describe('follow-ups', () => {
  const date = fc.integer({ min: 0, max: 40 }).map((n) => addDays('2026-11-10', n));
  const event = fc.record({ kind: fc.constantFrom(...EVENT_KINDS), date });

  it(`never go past ${MAX_FOLLOW_UPS} after an interview, whatever is recorded`, () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 20 }), (events) => {
        let record = interview();
        for (const e of events) {
          const write = recordEventPatch(record, e, '2026-12-20');
          if ('patch' in write) record = apply(record, write);
        }
        const sent = record.events.filter((e) => e.kind === 'follow-up-sent').length;
        expect(sent).toBeLessThanOrEqual(MAX_FOLLOW_UPS);
        expect(followUpsSent(record.answers, record.events)).toBe(sent);
        // The answers the plan reads stay ones the diagnostic accepts.
        expect(answerProblems(record.answers, model, '2026-12-20')).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('refuse a third with a reason', () => {
    let record = interview();
    record = apply(record, recordEventPatch(record, { kind: 'follow-up-sent', date: '2026-11-17' }, '2026-12-01'));
    record = apply(record, recordEventPatch(record, { kind: 'follow-up-sent', date: '2026-11-24' }, '2026-12-01'));
    expect(recordEventPatch(record, { kind: 'follow-up-sent', date: '2026-12-01' }, '2026-12-01')).toEqual({
      problem: expect.stringMatching(/^You have sent 2 follow-ups/),
    });
    // The same one again only updates its note.
    const again = recordEventPatch(record, { kind: 'follow-up-sent', date: '2026-11-24', note: 'to the recruiter' }, '2026-12-01');
    expect(apply(record, again).events).toHaveLength(2);
  });

  it('before the last interview belong to an earlier round and do not count', () => {
    const events: JournalEvent[] = [
      { kind: 'thank-you-sent', date: '2026-11-02' },
      { kind: 'follow-up-sent', date: '2026-11-05' },
    ];
    expect(foldEvents({ interviewDate: '2026-11-10' }, events)).toEqual({ interviewDate: '2026-11-10' });
  });

  it('fold into the answers without ever lowering them, the same the second time', () => {
    const answers = fc.record(
      { interviewDate: fc.constant('2026-11-10'), followUps: fc.constantFrom(0, 1, 2), thankYou: fc.constantFrom('sent', 'not-sent') },
      { requiredKeys: ['interviewDate'] },
    );
    fc.assert(
      fc.property(answers, fc.array(event, { maxLength: 8 }), (given, events) => {
        const folded = foldEvents(given, events);
        expect(foldEvents(folded, events)).toEqual(folded);
        expect((folded.followUps as number | undefined) ?? 0).toBeGreaterThanOrEqual(given.followUps ?? 0);
        expect((folded.followUps as number | undefined) ?? 0).toBeLessThanOrEqual(MAX_FOLLOW_UPS);
        if (given.thankYou === 'sent') expect(folded.thankYou).toBe('sent');
      }),
      { numRuns: 300 },
    );
  });

  it('refuse a date after today', () => {
    expect(recordEventPatch(interview(), { kind: 'reply', date: '2026-11-21' }, '2026-11-20')).toMatchObject({
      problem: expect.any(String),
    });
  });
});

describe('outcome', () => {
  it('is the latest outcome, unless they invited you back after it', () => {
    expect(outcomeOf([])).toBeUndefined();
    expect(outcomeOf([{ kind: 'reply', date: '2026-11-12' }])).toBeUndefined();
    expect(
      outcomeOf([
        { kind: 'offer', date: '2026-11-20' },
        { kind: 'rejected', date: '2026-11-12' },
      ]),
    ).toBe('offer');
    expect(
      outcomeOf([
        { kind: 'ghosted', date: '2026-11-12' },
        { kind: 'next-round', date: '2026-11-20' },
      ]),
    ).toBeUndefined();
  });

  it('is what reading the events in date order says, in any stored order, ties going to the later recorded', () => {
    const date = fc.integer({ min: 0, max: 9 }).map((n) => addDays('2026-11-01', n));
    const events = fc.array(fc.record({ kind: fc.constantFrom(...EVENT_KINDS), date }), { maxLength: 12 });
    fc.assert(
      fc.property(events, (list) => {
        // The rule as the journal states it: walk the events by date; an outcome closes, an invitation reopens.
        let expected: string | undefined;
        for (const event of list.toSorted((a, b) => a.date.localeCompare(b.date))) {
          if (['offer', 'rejected', 'withdrew', 'ghosted'].includes(event.kind)) expected = event.kind;
          else if (event.kind === 'next-round') expected = undefined;
        }
        expect(outcomeOf(list)).toBe(expected);
      }),
    );
  });
});

describe('the debrief', () => {
  it('saves fields as typed, cut at their limits, and an empty one is removed', () => {
    let record = interview();
    record = apply(
      record,
      debriefPatch(
        record,
        { questions: ['Why us?', '', 'Tell me about a conflict'], wentBest: 'The design story ', confidence: 7 },
        '2026-11-10',
      ),
    );
    expect(record.debrief).toEqual({ questions: ['Why us?', 'Tell me about a conflict'], wentBest: 'The design story ', confidence: 7 });
    record = apply(record, debriefPatch(record, { wentBest: '', questions: [] }, '2026-11-10'));
    expect(record.debrief).toEqual({ confidence: 7 });
    expect(debriefPatch(record, { confidence: 11 }, '2026-11-10')).toEqual({ problem: 'Confidence is a whole number from 1 to 10.' });
  });

  it('makes the date they gave the promised date the plan waits for', () => {
    let record = interview();
    record = apply(record, debriefPatch(record, { nextStep: 'A call with the director', nextStepDate: '2026-11-25' }, '2026-11-10'));
    expect(record.answers.promisedBy).toBe('2026-11-25');
    expect(situation(record, '2026-11-18')).toBe('wait-promised');
    expect(debriefPatch(record, { nextStepDate: '2026-11-01' }, '2026-11-10')).toEqual({
      problem: "The date they gave can't be used: before the interview date (2026-11-10).",
    });
  });
});

describe('rounds', () => {
  it('a later round becomes the last interview and the plan starts again from it', () => {
    let record = interview({ thankYou: 'sent', followUps: 1, lastFollowUp: '2026-11-17', promisedBy: '2026-11-14' });
    record = apply(record, addRoundPatch(record, { date: '2026-11-20', kind: 'final', interviewers: [' Ana ', ''] }, '2026-11-20', 'r1'));
    expect(record.rounds).toEqual([{ id: 'r1', date: '2026-11-20', kind: 'final', interviewers: ['Ana'] }]);
    expect(record.answers).toEqual({ interviewDate: '2026-11-20' });
    expect(situation(record, '2026-11-20')).toBe('thank-you-due');
    expect(answerProblems(record.answers, model, '2026-11-20')).toEqual([]);
  });

  it('a scheduled round (ahead) or an earlier one leaves the plan as it is', () => {
    const record = interview({ thankYou: 'sent' });
    const ahead = addRoundPatch(record, { date: '2026-11-25', kind: 'panel' }, '2026-11-20', 'r1');
    expect('patch' in ahead && Object.keys(ahead.patch)).toEqual(['rounds']);
    const earlier = addRoundPatch(record, { date: '2026-11-03', kind: 'screen' }, '2026-11-20', 'r2');
    expect('patch' in earlier && Object.keys(earlier.patch)).toEqual(['rounds']);
  });

  it('a round may be booked up to a year ahead, not further', () => {
    const record = interview({});
    expect(addRoundPatch(record, { date: '2027-11-20', kind: 'final' }, '2026-11-20', 'r1')).toHaveProperty('patch');
    expect(addRoundPatch(record, { date: '2027-11-21', kind: 'final' }, '2026-11-20', 'r1')).toEqual({
      problem: expect.stringContaining('more than a year ahead'),
    });
  });
});

describe('an interview scheduled ahead', () => {
  const base = { ...newInterview('u', new Date('2026-12-06T10:00:00Z')), company: 'Brightwell' };
  it('is the next interview until its day, from its date or a round, the earliest', () => {
    const record = {
      ...base,
      answers: { interviewDate: '2026-12-10' },
      rounds: [{ id: 'r1', date: '2026-12-08', kind: 'screen' as const, interviewers: [] }],
    };
    expect(nextInterview(record, '2026-12-06')).toBe('2026-12-08');
    expect(nextInterview(record, '2026-12-08')).toBe('2026-12-10');
    expect(nextInterview(record, '2026-12-10')).toBeUndefined();
  });
  it('asks for nothing before its day, and for the thank-you once a scheduled round has been held, without a write', () => {
    const record = { ...base, answers: {}, rounds: [{ id: 'r1', date: '2026-12-10', kind: 'final' as const, interviewers: [] }] };
    expect(planState(record, '2026-12-09', US).due).toBeUndefined();
    expect(planState(record, '2026-12-10', US).due).toBe('thank-you');
    expect(answersToday(record, '2026-12-11')).toMatchObject({ interviewDate: '2026-12-10' });
    // A follow-up sent for an earlier round is not this round's.
    const earlier = { ...record, answers: { interviewDate: '2026-11-20', thankYou: 'sent', followUps: 1 } };
    expect(answersToday(earlier, '2026-12-11')).toEqual({ interviewDate: '2026-12-10' });
  });
});
