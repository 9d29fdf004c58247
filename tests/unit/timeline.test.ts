import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, formatDate, isIsoDate, onWeekday, weekday } from '../../src/lib/dates';
import { planFollowUps, type TimelineInput } from '../../src/lib/timeline';

describe('dates', () => {
  it.each([
    ['2026-11-22', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2026-1-05', false],
    ['22/11/2026', false],
    [20261122, false],
  ])('isIsoDate(%j) is %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });

  it('crosses month, year and leap-day boundaries', () => {
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
    expect(addDays('2028-02-25', 7)).toBe('2028-03-03');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-12-25', '2027-01-08')).toBe(14);
  });

  it('moves weekend days to the Monday after', () => {
    expect(weekday('2026-11-21')).toBe(6); // a Saturday
    expect(onWeekday('2026-11-21')).toBe('2026-11-23');
    expect(onWeekday('2026-11-22')).toBe('2026-11-23');
    expect(onWeekday('2026-11-24')).toBe('2026-11-24');
  });

  it('writes dates for people, with the year only when it differs', () => {
    expect(formatDate('2026-12-07', '2026-11-22')).toBe('Monday 7 December');
    expect(formatDate('2026-12-07')).toBe('Monday 7 December 2026');
    expect(formatDate('2027-01-04', '2026-11-22')).toBe('Monday 4 January 2027');
  });
});

describe('planFollowUps', () => {
  // today, answers → status and the dates of the next steps
  const cases: [string, string, TimelineInput, string, Record<string, string>][] = [
    ['interview today, no thank-you yet', '2026-11-20', { interviewDate: '2026-11-20' }, 'send-thank-you',
      { thankYouBy: '2026-11-21', firstFollowUp: '2026-11-27', secondFollowUp: '2026-12-04', moveOn: '2026-12-11' }],
    ['interview today, thank-you sent', '2026-11-20', { interviewDate: '2026-11-20', thankYou: 'sent' }, 'wait', {}],
    ['thank-you forgotten, five days on', '2026-11-25', { interviewDate: '2026-11-20', thankYou: 'not-sent' }, 'send-thank-you', {}],
    ['a week on: first follow-up due', '2026-11-27', { interviewDate: '2026-11-20', thankYou: 'sent' }, 'follow-up', { firstFollowUp: '2026-11-27' }],
    ['follow-up overdue: the last one counts from today', '2026-12-01', { interviewDate: '2026-11-20', followUps: 0 }, 'follow-up',
      { firstFollowUp: '2026-11-27', secondFollowUp: '2026-12-08', moveOn: '2026-12-15' }],
    ['promised date ahead: wait past the usual week', '2026-11-30', { interviewDate: '2026-11-20', promisedBy: '2026-12-04', thankYou: 'sent' }, 'wait',
      { firstFollowUp: '2026-12-07' }],
    ['promised date passed: follow up just after it', '2026-11-25', { interviewDate: '2026-11-20', promisedBy: '2026-11-24', thankYou: 'sent' }, 'follow-up',
      { firstFollowUp: '2026-11-25' }],
    ['promised the same day: follow-up the day after, not before', '2026-11-20', { interviewDate: '2026-11-20', promisedBy: '2026-11-20', thankYou: 'sent' }, 'wait',
      { firstFollowUp: '2026-11-23' }],
    ['one follow-up, sent two days ago', '2026-11-29', { interviewDate: '2026-11-13', followUps: 1, lastFollowUp: '2026-11-27' }, 'wait',
      { secondFollowUp: '2026-12-04', moveOn: '2026-12-11' }],
    ['one follow-up, a week ago: the last one is due', '2026-12-04', { interviewDate: '2026-11-13', followUps: 1, lastFollowUp: '2026-11-27' }, 'final-follow-up', {}],
    ['two follow-ups, the last yesterday', '2026-12-05', { interviewDate: '2026-11-13', followUps: 2, lastFollowUp: '2026-12-04' }, 'wait',
      { moveOn: '2026-12-11' }],
    ['two follow-ups, a week of silence: move on', '2026-12-11', { interviewDate: '2026-11-13', followUps: 2, lastFollowUp: '2026-12-04' }, 'move-on', {}],
    ['a Saturday interview: the follow-up lands on Monday', '2026-11-21', { interviewDate: '2026-11-21', thankYou: 'sent' }, 'wait',
      { firstFollowUp: '2026-11-30' }],
    ['across the new year', '2026-12-30', { interviewDate: '2026-12-30', thankYou: 'sent' }, 'wait',
      { thankYouBy: '2026-12-31', firstFollowUp: '2027-01-06', secondFollowUp: '2027-01-13', moveOn: '2027-01-20' }],
    ['no interview date, no follow-ups', '2026-11-20', {}, 'wait', {}],
    ['no interview date, one follow-up', '2026-11-20', { followUps: 1 }, 'final-follow-up', {}],
    ['no interview date, two follow-ups', '2026-11-20', { followUps: 2 }, 'move-on', {}],
  ];

  it.each(cases)('%s', (_, today, input, status, dates) => {
    const plan = planFollowUps(input, today);
    expect(plan.status).toBe(status);
    expect(plan.dates).toMatchObject(dates);
  });

  it('gives no dates without an interview date', () => {
    expect(planFollowUps({ followUps: 1 }, '2026-11-20').dates).toEqual({});
  });

  it('never schedules a follow-up on a weekend', () => {
    for (let i = 0; i < 14; i++) {
      const interviewDate = addDays('2026-11-16', i);
      const { dates } = planFollowUps({ interviewDate, thankYou: 'sent' }, interviewDate);
      for (const date of [dates.firstFollowUp, dates.secondFollowUp, dates.moveOn]) {
        expect([0, 6]).not.toContain(weekday(date!));
      }
    }
  });
});
