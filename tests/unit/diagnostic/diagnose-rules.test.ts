/**
 * The rules a diagnosis always keeps (issues "Answer first" and "Timing a coach would sign"), as properties over
 * many generated answer sets in nine countries' working calendars (and their regions): any today (half of them
 * near a public holiday or the year-end quiet days), any interview up to a year back, any promised date,
 * thank-you, follow-ups and last follow-up, who arranged the interview, and random answers to every other
 * question the model asks. Table cases for the same rules are in
 * ../follow-up/timeline.test.ts and diagnose.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadQuizModel } from '../../../scripts/lib/quiz-files';
import { addDays, daysBetween, formatDate, later, type IsoDate } from '../../../src/lib/core/dates';
import { isQuietDay, isWorkingDay, nextPlanDay, workingDaysBetween, type WorkCalendar } from '../../../src/lib/follow-up/work-calendar';
import { holidayList, withRegions } from '../../../scripts/lib/holidays';
import { diagnose, InvalidAnswersError, type Diagnosis } from '../../../src/lib/diagnostic/diagnose';
import type { Answers } from '../../../src/lib/interviews/interviews';
import { MESSAGE_NAMES } from '../../../src/lib/follow-up/email';
import { PLAN_KEYS, STATUS_SENDS, THANK_YOU_LATEST } from '../../../src/lib/follow-up/timeline';
import {
  isTimingId,
  MAX_INTERVIEW_AGE_DAYS,
  MAX_PROMISE_AFTER_INTERVIEW_DAYS,
  readTiming,
} from '../../../src/lib/interviews/timing-answers';
import { calendarOf, US } from '../../fixtures/calendars.ts';

const model = loadQuizModel();
const RUNS = 10_000;
/** Words that would have the person write to the employer again. */
const WRITING = /\b(send|sending|write|email|e-mail|follow up|follow-up|message|reach out|contact them|get in touch|check in|check-in)\b/i;

const day = (from: IsoDate, max: number) => fc.integer({ min: 0, max }).map((n) => addDays(from, n));
const todayArb = day('2024-01-01', 6 * 365);

/** A valid value for each question that the rules don't read, or "not sure". */
const otherAnswers = fc.record(
  Object.fromEntries(
    model.questions
      .filter((q) => !isTimingId(q.id))
      .map((q) => {
        const values = (q.options ?? []).map((o) => o.value);
        const value: fc.Arbitrary<unknown> =
          q.kind === 'multi'
            ? fc.subarray(values as string[])
            : q.kind === 'number'
              ? fc.integer({ min: q.min ?? 0, max: q.max ?? 10 })
              : fc.constantFrom(...values);
        return [q.id, fc.option(value, { nil: undefined })];
      }),
  ),
);

/** Today, then answers that the engine accepts for it. */
const valid = (todays: fc.Arbitrary<IsoDate>) =>
  todays.chain((today) =>
    fc
      .record({
        // Half within a month: where the plan's dates are still ahead, and a day off can change what is due.
        interviewAgo: fc.oneof(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: MAX_INTERVIEW_AGE_DAYS })),
        promiseAfter: fc.option(fc.oneof(fc.integer({ min: 0, max: 21 }), fc.integer({ min: 0, max: MAX_PROMISE_AFTER_INTERVIEW_DAYS })), {
          nil: undefined,
        }),
        thankYou: fc.constantFrom('sent', 'not-sent', undefined),
        followUps: fc.constantFrom(0, 1, 2, undefined),
        lastAfter: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
        others: otherAnswers,
        arranger: fc.constantFrom('agency', 'in-house', 'none', undefined),
      })
      .map(({ interviewAgo, promiseAfter, thankYou, followUps, lastAfter, others, arranger }) => {
        const interviewDate = addDays(today, -interviewAgo);
        const answers: Answers = { ...others, interviewDate };
        if (arranger) answers.recruiter = arranger;
        if (promiseAfter !== undefined) answers.promisedBy = addDays(interviewDate, promiseAfter);
        if (thankYou) answers.thankYou = thankYou;
        if (followUps !== undefined) answers.followUps = followUps;
        if (followUps && lastAfter !== undefined) answers.lastFollowUp = addDays(interviewDate, Math.floor(lastAfter * interviewAgo));
        for (const [id, v] of Object.entries(answers)) if (v === undefined) delete answers[id];
        return { today, answers };
      }),
  );

const DETAILS = { company: 'Acme', role: 'Analyst', interviewer: 'Ms Chen', detail: 'the audit' };
const run = (today: IsoDate, answers: Answers, calendar: WorkCalendar = US): Diagnosis =>
  diagnose(answers, { today, model, calendar, details: DETAILS });

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DATE_WORDS = String.raw`(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day, (?:${MONTHS.join('|')}) \d{1,2}(?:, \d{4})?`;
/** A date as the texts write it ("Monday, December 7", with the year when it is not today's) back to YYYY-MM-DD. */
function readDate(text: string, today: IsoDate): IsoDate {
  const [, month, day, year] = /, (\w+) (\d{1,2})(?:, (\d{4}))?$/.exec(text)!;
  const iso = `${year ?? today.slice(0, 4)}-${String(MONTHS.indexOf(month) + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;
  // The weekday is said too: it must be that date's.
  expect(formatDate(iso, today)).toBe(text);
  return iso;
}

/** A date followed by why it is that date: "Monday, December 7, 10 calendar days after your interview on …". */
const WHY = new RegExp(
  String.raw`(${DATE_WORDS})(?:, | \()(?:(\d+) calendar days?|the first working day) after (?:your (?:interview|thank-you note|first follow-up|last follow-up) on (${DATE_WORDS})|(${DATE_WORDS}), the date they said they would decide by)`,
  'g',
);
const HOLIDAY_CLAIM = new RegExp(String.raw`(${DATE_WORDS}) is ([^,;)]+), a public holiday in`, 'g');

/**
 * The words match the numbers: every "N calendar days after X on <date>" counts exactly the days from that date
 * to the date it explains, every "the first working day after" is one, and every holiday named is one, there.
 */
function wordsMatchDates(texts: string[], today: IsoDate, calendar: WorkCalendar) {
  let claims = 0;
  for (const text of texts) {
    for (const [, target, count, anchorA, anchorB] of text.matchAll(WHY)) {
      const date = readDate(target, today);
      const anchor = readDate(anchorA ?? anchorB, today);
      if (count !== undefined) expect(daysBetween(anchor, date)).toBe(Number(count));
      else expect(workingDaysBetween(anchor, date, calendar)).toBe(1);
      claims++;
    }
    for (const [, day, name] of text.matchAll(HOLIDAY_CLAIM)) expect(calendar.holiday(readDate(day, today))).toBe(name);
  }
  return claims;
}

/** Every rule on one diagnosis. */
function checkRules(today: IsoDate, answers: Answers, d: Diagnosis, calendar: WorkCalendar) {
  const timing = readTiming(answers);
  const { promisedBy, followUps = 0, thankYou, interviewDate } = timing;
  const planDay = (date: IsoDate) => nextPlanDay(date, calendar);

  // 1. Every planned date is a working day outside the quiet days, in order; the thank-you by the next such day.
  const present = PLAN_KEYS.map((k) => d.dates[k]).filter((date): date is IsoDate => !!date);
  const dated = [...present, ...(d.next.date && d.status !== 'wait' ? [d.next.date] : []), ...d.calendar.entries.map((e) => e.start)];
  for (const date of dated) {
    expect(isWorkingDay(date, calendar)).toBe(true);
    expect(isQuietDay(date)).toBe(false);
  }
  expect([...present].sort()).toEqual(present);
  expect(d.dates.thankYouBy).toBe(planDay(addDays(interviewDate!, 1)));
  expect(d.calendar.country).toBe(calendar.code);

  // 2. A promised date still ahead holds every follow-up; the next is the first plan day after it.
  if (promisedBy && promisedBy >= today) {
    expect(['follow-up', 'final-follow-up']).not.toContain(d.next.sends);
    const afterPromise = planDay(addDays(promisedBy, 1));
    if (followUps === 0) expect(d.dates.firstFollowUp).toBe(later(afterPromise, d.dates.thankYouBy!));
    if (followUps === 1) expect(d.dates.secondFollowUp).toBe(later(afterPromise, d.dates.thankYouBy!));
    expect(d.dates.moveOn! > promisedBy).toBe(true);
  }

  // 3. One message at a time, matching the status; thanks go into the follow-up once it is due.
  const sending = d.actions.filter((a) => a.sends);
  expect(sending.length).toBeLessThanOrEqual(1);
  expect(sending[0]?.sends).toBe(STATUS_SENDS[d.status]);
  expect(d.email?.kind).toBe(STATUS_SENDS[d.status]);
  if (d.status === 'send-thank-you') {
    expect(followUps).toBe(0);
    expect(thankYou).not.toBe('sent');
    expect(today <= later(d.dates.thankYouBy!, addDays(interviewDate!, THANK_YOU_LATEST))).toBe(true);
  }
  if (d.status === 'follow-up' && thankYou !== 'sent') expect(d.situation).toBe('follow-up-with-thanks');

  // 4. After two follow-ups nothing is sent, and no line says to write again.
  if (followUps === 2) {
    expect(d.email).toBeUndefined();
    // "7 calendar days after your last follow-up on …" says why a date is what it is, not to write again.
    for (const action of d.actions.filter((a) => a.when === 'now')) expect(action.text.replace(WHY, '')).not.toMatch(WRITING);
  }

  // 5. The message due goes out on the first plan day from today; past plan dates are never to-dos.
  if (d.next.sends) expect(d.next.date).toBe(planDay(today));
  else if (d.next.date) expect(d.next.date > today).toBe(true);
  for (const step of d.plan) {
    if (step.date && step.date < today) expect(step.state).not.toBe('upcoming');
    if (step.date && step.date < today && step.state !== 'done') expect(step.text).toMatch(/\(planned for .+\)$|^Since /);
  }
  for (const entry of d.calendar.entries) expect(entry.start >= today).toBe(true);

  // 6. On a day off, a follow-up planned for the next plan day is due now, with its email, dated for that day.
  const dueDay = planDay(today);
  const nextFollowUp = followUps === 0 ? d.dates.firstFollowUp : followUps === 1 ? d.dates.secondFollowUp : undefined;
  if (interviewDate! <= today && nextFollowUp && nextFollowUp <= dueDay && !(promisedBy && promisedBy >= today)) {
    expect(d.email).toBeDefined();
    expect(d.next.date).toBe(dueDay);
    if (dueDay > today) expect(d.next.sendOn).toBe(`Send on ${formatDate(dueDay, today)}: it is ready below.`);
  }

  // 7. Every placeholder filled, counts in the right number, and the counts in the words match the dates.
  const texts = [d.next.title, d.next.text, ...d.actions.map((a) => a.text), ...d.plan.map((p) => `${p.text}${p.why ? `, ${p.why}` : ''}`)];
  for (const text of [...texts, d.email?.body ?? '']) {
    expect(text).not.toMatch(/\{\w+\}/);
    expect(text).not.toMatch(/\b1 days\b/);
  }
  for (const row of d.plan) if (row.why) wordsMatchDates([`${formatDate(row.date!, today)}, ${row.why}`], today, calendar);
  wordsMatchDates(texts, today, calendar);
  if (answers.interviewDate === today) expect(d.next.text).not.toMatch(/\blate\b/i);

  // 8. Once the date they gave has passed, the next step says so and the follow-up mentions it.
  if (
    promisedBy &&
    promisedBy < today &&
    ['follow-up', 'final-follow-up', 'wait', 'move-on'].includes(d.status) &&
    d.situation !== 'before-interview'
  ) {
    expect(d.next.text).toContain(`They said they would decide by ${formatDate(promisedBy, today)}. That date has passed`);
    if (d.email && d.email.kind !== 'thank-you') expect(d.email.body).toContain(formatDate(promisedBy, today));
  }

  // 9. "Thank you again" only after a thank-you; follow-ups to whoever arranged it, thank-you notes to the people met.
  if (d.email) {
    if (/thank you again/i.test(d.email.body)) expect(answers.thankYou).toBe('sent');
    const toRecruiter = d.email.kind !== 'thank-you' && (answers.recruiter === 'agency' || answers.recruiter === 'in-house');
    const greeting = /^Dear ([^,]+),/.exec(d.email.body)![1];
    if (d.email.kind === 'thank-you' || answers.recruiter === 'none') expect(greeting).toBe('Ms Chen');
    else expect(greeting).toBe(toRecruiter ? '[Recruiter’s name]' : '[Name of whoever arranged the interview]');
  }
}

/** The country's calendar, or one of its regions' (where holidays differ by region). */
function calendarsOf(country: string): fc.Arbitrary<WorkCalendar> {
  const codes = [country, ...(withRegions(country)!.regions ?? []).map((r) => r.code)];
  const calendars = codes.map(calendarOf);
  return fc.constantFrom(...calendars);
}

/** The quiet days and the holidays are rare among all days: half the todays fall within three weeks of one. */
const nearHolidays = (calendar: WorkCalendar) =>
  fc.oneof(
    todayArb,
    fc
      .constantFrom(...Object.keys(holidayList(calendar.code)!.days).filter((d) => d >= '2024-01-01' && d <= '2029-12-31'))
      .chain((holiday) => fc.integer({ min: -5, max: 21 }).map((n) => addDays(holiday, n))),
  );

const caseFor = (country: string) =>
  calendarsOf(country).chain((calendar) =>
    nearHolidays(calendar).chain((today) => valid(fc.constant(today)).map((c) => ({ ...c, calendar }))),
  );

// Ten thousand diagnoses per country take a few seconds each; more on a busy machine.
describe.each(['US', 'GB', 'CA', 'AU', 'IE', 'NZ', 'DE', 'FR', 'IN'])(
  `the rules hold on ${RUNS.toLocaleString('en-US')} generated cases in %s`,
  { timeout: 300_000 },
  (country) => {
    it('dates on working days outside the quiet days, in order; one message; the email on a day off; words that match the dates', () => {
      let claims = 0;
      fc.assert(
        fc.property(caseFor(country), ({ today, answers, calendar }) => {
          const d = run(today, answers, calendar);
          checkRules(today, answers, d, calendar);
          claims += wordsMatchDates([d.next.text], today, calendar);
        }),
        { numRuns: RUNS },
      );
      // The words were read, not skipped: most cases explain at least one date.
      expect(claims).toBeGreaterThan(RUNS / 4);
    });
  },
);

describe('the same answers give the same result, byte for byte', () => {
  it('whatever order the answers come in', () => {
    fc.assert(
      fc.property(valid(todayArb), ({ today, answers }) => {
        const shuffled = Object.fromEntries(Object.entries(structuredClone(answers)).reverse());
        expect(JSON.stringify(run(today, shuffled))).toBe(JSON.stringify(run(today, answers)));
      }),
      { numRuns: 2_000 },
    );
  });

  it('a reason\'s "now" line never asks for a message when none is due, and goes into the message when one is', () => {
    const inMessage = new Map(model.reasons.filter((r) => r.inMessage).map((r) => [r.id, r.inMessage!]));
    fc.assert(
      fc.property(valid(todayArb), ({ today, answers }) => {
        const d = run(today, answers);
        for (const action of d.actions.filter((a) => a.when === 'now' && a.reason)) {
          const template = inMessage.get(action.reason!);
          if (d.next.sends && template) expect(action.text).toBe(template.replaceAll('{message}', MESSAGE_NAMES[d.next.sends]));
          else expect(action.text).not.toMatch(WRITING);
        }
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('8. refused, with the field named', { timeout: 60_000 }, () => {
  const refused = (today: IsoDate, answers: Answers) => {
    try {
      diagnose(answers, { today, model, calendar: US });
    } catch (error) {
      if (error instanceof InvalidAnswersError) return error.fields.map((f) => f.field);
    }
    return [];
  };

  it('a missing interview date', () => {
    fc.assert(
      fc.property(valid(todayArb), ({ today, answers }) => {
        const { interviewDate: _, lastFollowUp: __, promisedBy: ___, ...rest } = answers;
        expect(refused(today, rest)).toContain('interviewDate');
      }),
      { numRuns: 1000 },
    );
  });

  it('an interview more than a year before today', () => {
    fc.assert(
      fc.property(todayArb, fc.integer({ min: MAX_INTERVIEW_AGE_DAYS + 1, max: 100 * 365 }), (today, ago) => {
        expect(refused(today, { interviewDate: addDays(today, -ago) })).toEqual(['interviewDate']);
      }),
      { numRuns: 1000 },
    );
  });

  it('a promised date more than a year after the interview', () => {
    fc.assert(
      fc.property(
        todayArb,
        fc.integer({ min: 0, max: 365 }),
        fc.integer({ min: MAX_PROMISE_AFTER_INTERVIEW_DAYS + 1, max: 100 * 365 }),
        (today, ago, after) => {
          const interviewDate = addDays(today, -ago);
          expect(refused(today, { interviewDate, promisedBy: addDays(interviewDate, after) })).toEqual(['promisedBy']);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
