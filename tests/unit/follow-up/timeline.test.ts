import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../../../src/lib/core/dates';
import { planFollowUps, type Situation, type Status } from '../../../src/lib/follow-up/timeline';
import { readTiming, TIMING_IDS, TIMING_QUESTIONS, type TimingAnswers } from '../../../src/lib/interviews/timing-answers';
import { US } from '../../fixtures/calendars.ts';

describe('readTiming', () => {
  it('keeps exactly the timing answers of the right kind, in the order of the questions, and nothing else', () => {
    const value = fc.oneof(
      fc.constantFrom('2026-11-20', '2026-02-30', '2026-1-20', 'sent', 'not-sent', 0, 1, 2, 3, '1', null, true),
      fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
      fc.anything(),
    );
    const answers = fc.dictionary(fc.constantFrom(...TIMING_IDS, 'tone', 'rounds'), value);
    fc.assert(
      fc.property(answers, (given) => {
        const valid = (id: (typeof TIMING_IDS)[number]) => {
          const question = TIMING_QUESTIONS[id];
          return 'values' in question ? (question.values as readonly unknown[]).includes(given[id]) : isIsoDate(given[id]);
        };
        const read = readTiming(given);
        expect(Object.keys(read)).toEqual(TIMING_IDS.filter((id) => id in given && valid(id)));
        for (const [id, v] of Object.entries(read)) expect(v).toBe(given[id]);
      }),
    );
  });
});

describe('planFollowUps', () => {
  // Calendar for reading the cases: 2026-11-20 is a Friday, 11-21 Saturday, 11-22 Sunday, 11-23 Monday.
  type Case = [string, string, TimingAnswers, Status, Situation, Record<string, string | undefined>, string?];
  const cases: Case[] = [
    [
      'day 0: the thank-you is due, not late',
      '2026-11-18',
      { interviewDate: '2026-11-18' },
      'send-thank-you',
      'thank-you-due',
      { thankYouBy: '2026-11-19', firstFollowUp: '2026-11-25', secondFollowUp: '2026-12-02', moveOn: '2026-12-09' },
      '2026-11-18',
    ],
    [
      'an interview on a Friday: the thank-you by Monday, the follow-up the next Friday',
      '2026-11-20',
      { interviewDate: '2026-11-20', thankYou: 'not-sent' },
      'send-thank-you',
      'thank-you-due',
      { thankYouBy: '2026-11-23', firstFollowUp: '2026-11-27' },
      '2026-11-20',
    ],
    [
      'a Saturday today: the thank-you due goes out on Monday',
      '2026-11-21',
      { interviewDate: '2026-11-20' },
      'send-thank-you',
      'thank-you-due',
      { thankYouBy: '2026-11-23' },
      '2026-11-23',
    ],
    [
      'a Sunday today: the overdue follow-up goes out on Monday, not "today"',
      '2026-11-22',
      { interviewDate: '2026-11-12', thankYou: 'sent' },
      'follow-up',
      'follow-up',
      { firstFollowUp: '2026-11-19', secondFollowUp: '2026-11-30', moveOn: '2026-12-07' },
      '2026-11-23',
    ],
    [
      'a late thank-you, three days on',
      '2026-11-23',
      { interviewDate: '2026-11-18', thankYou: 'not-sent' },
      'send-thank-you',
      'thank-you-late',
      {},
      '2026-11-23',
    ],
    [
      'a thank-you well overdue is not sent alone: wait, and thank in the follow-up',
      '2026-11-24',
      { interviewDate: '2026-11-18', thankYou: 'not-sent' },
      'wait',
      'wait-first',
      { firstFollowUp: '2026-11-25' },
      '2026-11-25',
    ],
    [
      'thanks folded into the follow-up when it is due',
      '2026-11-25',
      { interviewDate: '2026-11-18', thankYou: 'not-sent' },
      'follow-up',
      'follow-up-with-thanks',
      {},
      '2026-11-25',
    ],
    [
      'promised date ahead: nothing before it, then the first weekday after',
      '2026-11-30',
      { interviewDate: '2026-11-20', promisedBy: '2026-12-04', thankYou: 'sent' },
      'wait',
      'wait-promised',
      { firstFollowUp: '2026-12-07', secondFollowUp: '2026-12-14', moveOn: '2026-12-21' },
      '2026-12-07',
    ],
    [
      'promised the same day: the follow-up the working day after',
      '2026-11-20',
      { interviewDate: '2026-11-20', promisedBy: '2026-11-20', thankYou: 'sent' },
      'wait',
      'wait-promised',
      { firstFollowUp: '2026-11-23' },
      '2026-11-23',
    ],
    [
      'promised date passed: follow up now',
      '2026-11-25',
      { interviewDate: '2026-11-16', promisedBy: '2026-11-24', thankYou: 'sent' },
      'follow-up',
      'follow-up',
      { firstFollowUp: '2026-11-25' },
      '2026-11-25',
    ],
    [
      'a promised date given after a follow-up holds the last one until it passes',
      '2026-11-25',
      { interviewDate: '2026-11-02', thankYou: 'sent', followUps: 1, lastFollowUp: '2026-11-12', promisedBy: '2026-12-11' },
      'wait',
      'wait-promised',
      { firstFollowUp: undefined, secondFollowUp: '2026-12-14', moveOn: '2026-12-21' },
      '2026-12-14',
    ],
    [
      'two follow-ups with a promised date ahead: nothing more, move on only after it',
      '2026-11-25',
      { interviewDate: '2026-11-02', thankYou: 'sent', followUps: 2, lastFollowUp: '2026-11-19', promisedBy: '2026-12-04' },
      'wait',
      'wait-after-last',
      { secondFollowUp: undefined, moveOn: '2026-12-07' },
      '2026-12-07',
    ],
    [
      'one follow-up two days ago: give it a week',
      '2026-11-29',
      { interviewDate: '2026-11-13', followUps: 1, lastFollowUp: '2026-11-27' },
      'wait',
      'wait-between',
      { secondFollowUp: '2026-12-04', moveOn: '2026-12-11' },
      '2026-12-04',
    ],
    [
      'one follow-up a week ago: the last one is due',
      '2026-12-04',
      { interviewDate: '2026-11-13', followUps: 1, lastFollowUp: '2026-11-27' },
      'final-follow-up',
      'final-follow-up',
      { moveOn: '2026-12-11' },
      '2026-12-04',
    ],
    [
      'two follow-ups, the last yesterday',
      '2026-12-05',
      { interviewDate: '2026-11-13', followUps: 2, lastFollowUp: '2026-12-04' },
      'wait',
      'wait-after-last',
      { moveOn: '2026-12-11' },
      '2026-12-11',
    ],
    [
      'two follow-ups, a week of silence: move on',
      '2026-12-11',
      { interviewDate: '2026-11-13', followUps: 2, lastFollowUp: '2026-12-04' },
      'move-on',
      'move-on',
      { moveOn: '2026-12-11' },
      undefined,
    ],
    [
      'across the new year: the thank-you waits out the quiet days and New Year’s Day, then the weekend',
      '2026-12-30',
      { interviewDate: '2026-12-30', thankYou: 'sent' },
      'wait',
      'wait-first',
      { thankYouBy: '2027-01-04', firstFollowUp: '2027-01-06', secondFollowUp: '2027-01-13', moveOn: '2027-01-20' },
      '2027-01-06',
    ],
  ];

  it.each(cases)('%s', (_, today, input, status, situation, dates, next) => {
    const plan = planFollowUps(input, today, US);
    expect(plan.status).toBe(status);
    expect(plan.situation).toBe(situation);
    for (const [key, date] of Object.entries(dates)) expect(plan.dates[key as keyof typeof plan.dates], key).toBe(date);
    expect(plan.next).toBe(next);
  });

  it('shows a follow-up already sent as done, with its day when known', () => {
    const { steps } = planFollowUps(
      { interviewDate: '2026-11-02', followUps: 2, lastFollowUp: '2026-11-19', thankYou: 'sent' },
      '2026-11-25',
      US,
    );
    expect(steps.map((s) => [s.key, s.state, s.sent])).toEqual([
      ['thankYouBy', 'done', undefined],
      ['firstFollowUp', 'done', undefined],
      ['secondFollowUp', 'done', '2026-11-19'],
      ['moveOn', 'upcoming', undefined],
    ]);
  });

  it('gives no dates without an interview date', () => {
    expect(planFollowUps({ followUps: 1 }, '2026-11-20', US)).toMatchObject({ status: 'wait', dates: {}, steps: [] });
  });
});

describe('an interview still ahead', () => {
  const day = fc.integer({ min: 0, max: 800 }).map((n) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10));
  it('asks for nothing before it, leads with its date, and dates the plan from it; the day after, the plan runs', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 365 }), (today, ahead) => {
        const interviewDate = new Date(Date.parse(today) + ahead * 86_400_000).toISOString().slice(0, 10);
        const plan = planFollowUps({ interviewDate }, today, US);
        expect(plan).toMatchObject({ status: 'wait', situation: 'before-interview', next: interviewDate });
        expect(plan.sends).toBeUndefined();
        expect(plan.steps.every((s) => s.state === 'upcoming' && s.date! > interviewDate)).toBe(true);
        // Held now: the same dates, and the thank-you is the message due.
        const after = planFollowUps({ interviewDate }, interviewDate, US);
        expect(after.dates).toEqual(plan.dates);
        expect(after.sends).toBe('thank-you');
      }),
    );
  });
});
