/**
 * The plan in a person's real calendar, case by case (issue "Timing a coach would sign"): the holidays a coach
 * would name, the year-end quiet days, a Sunday with a promised date just passed, and who the email goes to.
 * The same rules as properties over nine countries are in diagnose-rules.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { loadQuizModel } from '../../../scripts/lib/quiz-files';
import { diagnose } from '../../../src/lib/diagnostic/diagnose';
import type { Answers } from '../../../src/lib/interviews/interviews';
import { isQuietDay } from '../../../src/lib/follow-up/work-calendar';
import { calendarOf, US } from '../../fixtures/calendars.ts';

const model = loadQuizModel();
const details = { company: 'Acme', role: 'Analyst', interviewer: 'Ms Chen', detail: 'the audit' };
const run = (answers: Answers, today: string, calendar = US) => diagnose(answers, { today, model, details, calendar });
const planned = (d: ReturnType<typeof run>) => [...Object.values(d.dates), ...d.calendar.entries.map((e) => e.start)];

describe('public holidays', () => {
  it('Thanksgiving: a follow-up a week after one sent the Thursday before moves to Friday, and says why', () => {
    const d = run({ interviewDate: '2026-11-18', thankYou: 'sent', followUps: 1, lastFollowUp: '2026-11-19' }, '2026-11-24');
    expect(d.dates.secondFollowUp).toBe('2026-11-27');
    expect(d.next.date).toBe('2026-11-27');
    expect(planned(d)).not.toContain('2026-11-26');
    expect(d.calendar).toMatchObject({
      country: 'US',
      holidays: [{ date: '2026-11-26', name: 'Thanksgiving Day', moved: ['secondFollowUp'] }],
    });
    expect(d.next.text).toContain(
      'Friday, November 27 (8 calendar days after your first follow-up on Thursday, November 19, as Thursday, November 26 is Thanksgiving Day, a public holiday in the United States)',
    );
    expect(d.next.season).toMatch(/Thanksgiving Day/);
  });

  it('Easter Monday: a public holiday in England and in Australia, a working day in Scotland', () => {
    const answers = { interviewDate: '2026-03-30', thankYou: 'sent' as const };
    expect(run(answers, '2026-04-01', calendarOf('GB')).dates.firstFollowUp).toBe('2026-04-07');
    expect(run(answers, '2026-04-01', calendarOf('GB-ENG')).dates.firstFollowUp).toBe('2026-04-07');
    expect(run(answers, '2026-04-01', calendarOf('AU')).dates.firstFollowUp).toBe('2026-04-07');
    expect(run(answers, '2026-04-01', calendarOf('GB-SCT')).dates.firstFollowUp).toBe('2026-04-06');
  });

  it('Canada Day moves a follow-up to July 2', () => {
    const d = run({ interviewDate: '2026-06-24', thankYou: 'sent' }, '2026-06-25', calendarOf('CA'));
    expect(d.dates.firstFollowUp).toBe('2026-07-02');
    expect(d.calendar.holidays).toEqual([{ date: '2026-07-01', name: 'Canada Day', moved: ['firstFollowUp'] }]);
  });

  it('a regional holiday moves the date in the region that keeps it only', () => {
    // St Andrew's Day, Monday, November 30, 2026: Scotland's, not England's.
    const answers = { interviewDate: '2026-11-23', thankYou: 'sent' as const };
    expect(run(answers, '2026-11-24', calendarOf('GB-SCT')).dates.firstFollowUp).toBe('2026-12-01');
    expect(run(answers, '2026-11-24', calendarOf('GB-ENG')).dates.firstFollowUp).toBe('2026-11-30');
  });
});

describe('the year-end quiet days', () => {
  it('plan nothing from December 24 to January 1; on December 28 the email waits, ready, for January 4', () => {
    const answers = { interviewDate: '2026-12-17', thankYou: 'sent' as const };
    const before = run(answers, '2026-12-18');
    expect(before.dates.firstFollowUp).toBe('2027-01-04');
    expect(before.dates.secondFollowUp).toBe('2027-01-11');
    for (const date of planned(before)) expect(isQuietDay(date), date).toBe(false);
    expect(before.next.text).toContain('nothing is planned in the year-end quiet days, December 24 to January 1');

    const during = run(answers, '2026-12-28');
    expect(during.next.sends).toBe('follow-up');
    expect(during.next.date).toBe('2027-01-04');
    expect(during.next.sendOn).toBe('Send on Monday, January 4, 2027: it is ready below.');
    expect(during.email?.kind).toBe('follow-up');
    expect(during.next.season).toBe('The wait includes the year-end holidays, when most offices slow down; expect it to be longer.');
    for (const entry of during.calendar.entries) expect(isQuietDay(entry.start), entry.start).toBe(false);
  });
});

describe('a Sunday, with the date they gave just passed', () => {
  // The case: interview Friday, November 27; they said they would decide by Friday, December 4.
  const d = run({ interviewDate: '2026-11-27', promisedBy: '2026-12-04', thankYou: 'sent' }, '2026-12-06');

  it('gives the email now, dated for Monday', () => {
    expect(d.status).toBe('follow-up');
    expect(d.next.date).toBe('2026-12-07');
    expect(d.next.sendOn).toBe('Send on Monday, December 7: it is ready below.');
    expect(d.email?.kind).toBe('follow-up');
  });

  it('names the missed date, in the next step and in the email', () => {
    expect(d.next.text).toMatch(
      /^They said they would decide by Friday, December 4\. That date has passed: it is time for one short check-in/,
    );
    expect(d.email!.body).toContain('a decision on the Analyst role was expected by Friday, December 4');
  });

  it('counts from the right day: the last follow-up a week after Monday’s', () => {
    expect(d.dates.secondFollowUp).toBe('2026-12-14');
    expect(d.next.text).toContain('Monday, December 14, 7 calendar days after your first follow-up on Monday, December 7');
  });
});

describe('who the email goes to', () => {
  it('an in-house recruiter arranged it: the follow-up goes to them, the thank-you to the interviewer', () => {
    const followUp = run({ interviewDate: '2026-11-10', thankYou: 'sent', recruiter: 'in-house' }, '2026-11-20');
    expect(followUp.email!.body).toMatch(/^Dear \[Recruiter’s name\],/);
    expect(followUp.email!.to).toBe('The company recruiter who arranged the interview');
    expect(followUp.email!.body).toContain('my interview with Ms Chen at Acme');
    const thanks = run({ interviewDate: '2026-11-19', recruiter: 'in-house' }, '2026-11-19');
    expect(thanks.email!.kind).toBe('thank-you');
    expect(thanks.email!.body).toMatch(/^Dear Ms Chen,/);
  });
});
