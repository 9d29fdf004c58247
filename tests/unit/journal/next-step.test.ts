/**
 * The one next step an interview's page leads with: the outcome once closed, the message the plan asks for,
 * the interview still to come, closing it, or what it waits for; the same engine as the list and the plan.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, formatDate, type IsoDate } from '../../../src/lib/core/dates';
import { MESSAGE_NAMES } from '../../../src/lib/follow-up/email';
import { newInterview, type InterviewRecord } from '../../../src/lib/interviews/interviews';
import { EVENT_KINDS, EVENT_LABELS, ROUND_KINDS } from '../../../src/lib/interviews/journal-record';
import { outcomeOf, planState } from '../../../src/lib/journal/journal';
import { nextStep } from '../../../src/lib/journal/next-step';
import { standing } from '../../../src/lib/journal/view';
import { US } from '../../fixtures/calendars.ts';

const at = new Date('2026-11-01T09:00:00Z');
const interview = (answers: Record<string, unknown> = {}, extra: Partial<InterviewRecord> = {}): InterviewRecord => ({
  ...newInterview('a', at),
  answers: answers as InterviewRecord['answers'],
  ...extra,
});

describe('the next step, by example', () => {
  it('gets ready for an interview still to come, with its time when an invite gave one', () => {
    const record = interview({ interviewDate: '2026-12-10' }, { meeting: { uid: 'u1', time: '14:30' } });
    expect(nextStep(record, '2026-12-06', US)).toEqual({
      about: 'interview',
      upcoming: '2026-12-10',
      text: 'Get ready for your interview on Thursday, December 10 at 2:30 PM, in 4 days: the questions to expect, your stories and the day-of sheet.',
    });
  });

  it('on the day, leads with the interview and then the debrief and the thank-you', () => {
    const step = nextStep(interview({ interviewDate: '2026-12-10' }), '2026-12-10', US);
    expect(step).toMatchObject({ about: 'interview', message: 'thank-you' });
    expect(step.text).toBe(
      'Your interview is today, Thursday, December 10: look over the day-of sheet before it, and afterwards write the debrief while it is fresh, then send your thank-you note.',
    );
  });

  it('once it has passed, asks for the thank-you, ready below', () => {
    expect(nextStep(interview({ interviewDate: '2026-12-10' }), '2026-12-11', US)).toEqual({
      about: 'message',
      message: 'thank-you',
      text: 'Send your thank-you note today: it is ready to copy below, then mark it as sent.',
    });
  });

  it('names the message and the next round when both are ahead of the person', () => {
    const record = interview(
      { interviewDate: '2026-11-20', thankYou: 'sent' },
      { rounds: [{ id: 'r2', date: '2026-12-18', kind: 'final', interviewers: [] }] },
    );
    expect(nextStep(record, '2026-12-07', US).text).toBe(
      'Send your follow-up today: it is ready to copy below, then mark it as sent. Then get ready for your next interview on Friday, December 18, in 11 days.',
    );
  });

  it('names the outcome once closed, whatever the plan would ask', () => {
    const record = interview({ interviewDate: '2026-11-10' }, { events: [{ kind: 'rejected', date: '2026-11-20' }] });
    expect(nextStep(record, '2026-12-01', US)).toMatchObject({
      about: 'outcome',
      outcome: 'rejected',
      text: expect.stringMatching(/^Closed on Friday, November 20: rejected\. Nothing more to send/),
    });
  });

  it('waits for a promised date, then for the next step of the plan, and offers closing at the end', () => {
    expect(nextStep(interview({ interviewDate: '2026-11-10', thankYou: 'sent', promisedBy: '2026-11-25' }), '2026-11-16', US).text).toBe(
      // Thanksgiving is still ahead in the wait (Veterans Day, gone by, is no reason to expect more of one).
      'Nothing to send for now: they said they would decide by Wednesday, November 25. The wait includes Thanksgiving Day (Thursday, November 26), a public holiday; expect it to be a little longer.',
    );
    expect(nextStep(interview({ interviewDate: '2026-11-10', thankYou: 'sent' }), '2026-11-12', US).text).toBe(
      'Nothing to send today. Next: first follow-up, on Tuesday, November 17.',
    );
    const silent = interview({ interviewDate: '2026-11-10', thankYou: 'sent', followUps: 2, lastFollowUp: '2026-11-24' });
    expect(nextStep(silent, '2026-12-30', US).about).toBe('close');
  });

  it('asks for a date when there is none', () => {
    expect(nextStep(interview(), '2026-12-01', US).about).toBe('date');
  });
});

describe('the next step, for any interview on any day', () => {
  const TODAY = '2026-06-15';
  const day = (from: number, to: number) => fc.integer({ min: from, max: to }).map((n) => addDays(TODAY, n));
  const records = fc.record({
    interviewDate: fc.option(day(-400, 380), { nil: undefined }),
    promisedBy: fc.option(day(-300, 120), { nil: undefined }),
    thankYou: fc.option(fc.constantFrom('sent', 'not-sent'), { nil: undefined }),
    followUps: fc.option(fc.constantFrom(0, 1, 2), { nil: undefined }),
    rounds: fc.uniqueArray(
      fc.record({ id: fc.string({ minLength: 1, maxLength: 8 }), date: day(-300, 300), kind: fc.constantFrom(...ROUND_KINDS) }),
      {
        selector: (r) => r.id,
        maxLength: 3,
      },
    ),
    // Mostly messages and replies, so every kind of next step comes up, not only closed interviews.
    events: fc.uniqueArray(
      fc.record({
        kind: fc.oneof(
          { arbitrary: fc.constantFrom('thank-you-sent' as const, 'follow-up-sent' as const, 'reply' as const), weight: 5 },
          { arbitrary: fc.constantFrom(...EVENT_KINDS), weight: 1 },
        ),
        date: day(-300, 0),
      }),
      { selector: (e) => `${e.kind}@${e.date}`, maxLength: 4 },
    ),
    time: fc.option(fc.constantFrom('09:00', '14:30', '00:05'), { nil: undefined }),
    shift: fc.integer({ min: -30, max: 30 }),
  });
  const build = (r: typeof records extends fc.Arbitrary<infer T> ? T : never): [InterviewRecord, IsoDate] => {
    const answers = Object.fromEntries(
      Object.entries({ interviewDate: r.interviewDate, promisedBy: r.promisedBy, thankYou: r.thankYou, followUps: r.followUps }).filter(
        ([, v]) => v !== undefined,
      ),
    );
    const rounds = r.rounds.map((round) => ({ ...round, interviewers: [] }));
    const record = interview(answers, { rounds, events: r.events, ...(r.time ? { meeting: { uid: 'u', time: r.time } } : {}) });
    return [record, addDays(TODAY, r.shift)];
  };

  it('names the outcome when closed, else the message due when there is one and the interview date when one is coming', () => {
    fc.assert(
      fc.property(records, (r) => {
        const [record, today] = build(r);
        const step = nextStep(record, today, US);
        expect(step.text).toMatch(/\.$/);
        const outcome = outcomeOf(record.events);
        if (outcome) {
          expect(step.about).toBe('outcome');
          expect(step.text).toContain(EVENT_LABELS[outcome].toLowerCase());
          return;
        }
        const { due } = planState(record, today, US);
        if (due) expect(step.text).toContain(MESSAGE_NAMES[due]);
        const { upcoming } = standing(record, today, US);
        if (upcoming) expect(step.text).toContain(formatDate(upcoming, today));
        if (!due && !upcoming) expect(step.about).not.toMatch(/^(outcome|message|interview)$/);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('a wait through a slow season', () => {
  it('says the wait runs through the year-end holidays, and not in an ordinary week', () => {
    const record = {
      ...newInterview('s', new Date('2026-12-01T10:00:00Z')),
      answers: { interviewDate: '2026-12-17', thankYou: 'sent' as const },
    };
    expect(nextStep(record, '2026-12-21', US).text).toMatch(/year-end holidays.*expect it to be longer\.$/);
    const ordinary = { ...record, answers: { interviewDate: '2026-10-13', thankYou: 'sent' as const } };
    expect(nextStep(ordinary, '2026-10-15', US).text).not.toMatch(/expect it to be/);
  });
});
