/**
 * The rules a diagnosis always keeps (issue "Answer first"), as properties over many generated answer sets:
 * any today, any interview up to a year back, any promised date, thank-you, follow-ups and last follow-up,
 * and random answers to every other question the model asks. Table cases for the same rules are in
 * ../follow-up/timeline.test.ts and diagnose.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadQuizModel } from '../../../scripts/lib/quiz-files';
import { addDays, daysBetween, onWeekday, weekday, type IsoDate } from '../../../src/lib/core/dates';
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
const valid = todayArb.chain((today) =>
  fc
    .record({
      interviewAgo: fc.integer({ min: 0, max: MAX_INTERVIEW_AGE_DAYS }),
      promiseAfter: fc.option(fc.integer({ min: 0, max: MAX_PROMISE_AFTER_INTERVIEW_DAYS }), { nil: undefined }),
      thankYou: fc.constantFrom('sent', 'not-sent', undefined),
      followUps: fc.constantFrom(0, 1, 2, undefined),
      lastAfter: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
      others: otherAnswers,
      agency: fc.boolean(),
    })
    .map(({ interviewAgo, promiseAfter, thankYou, followUps, lastAfter, others, agency }) => {
      const interviewDate = addDays(today, -interviewAgo);
      const answers: Answers = { ...others, interviewDate };
      if (agency) answers.recruiter = 'agency';
      if (promiseAfter !== undefined) answers.promisedBy = addDays(interviewDate, promiseAfter);
      if (thankYou) answers.thankYou = thankYou;
      if (followUps !== undefined) answers.followUps = followUps;
      if (followUps && lastAfter !== undefined) answers.lastFollowUp = addDays(interviewDate, Math.floor(lastAfter * interviewAgo));
      for (const [id, v] of Object.entries(answers)) if (v === undefined) delete answers[id];
      return { today, answers };
    }),
);

const run = (today: IsoDate, answers: Answers): Diagnosis =>
  diagnose(answers, { today, model, details: { company: 'Acme', role: 'Analyst', interviewer: 'Ms Chen', detail: 'the audit' } });

/** Checks every rule on one generated case; the property fails with the case that broke it. */
function check(rule: (today: IsoDate, answers: Answers, d: Diagnosis) => void) {
  fc.assert(
    fc.property(valid, ({ today, answers }) => rule(today, answers, run(today, answers))),
    { numRuns: RUNS },
  );
}

// Ten thousand diagnoses per rule take a few seconds; more on a busy machine.
describe(`the rules hold on ${RUNS.toLocaleString('en-US')} generated answer sets each`, { timeout: 120_000 }, () => {
  it('1. dates are weekdays, in order; the thank-you is due by the next working day', () => {
    check((_, answers, { dates }) => {
      const present = PLAN_KEYS.map((k) => dates[k]).filter((d): d is IsoDate => !!d);
      for (const date of present) expect([0, 6]).not.toContain(weekday(date));
      expect([...present].sort()).toEqual(present);
      expect(dates.thankYouBy).toBe(onWeekday(addDays(answers.interviewDate as string, 1)));
    });
  });

  it('2. a promised date still ahead holds every follow-up; the next is the first weekday after it', () => {
    check((today, answers, d) => {
      const { promisedBy, followUps = 0 } = readTiming(answers);
      if (!promisedBy || promisedBy < today) return;
      expect(['follow-up', 'final-follow-up']).not.toContain(d.next.sends);
      const nextFollowUp = followUps === 0 ? d.dates.firstFollowUp : followUps === 1 ? d.dates.secondFollowUp : undefined;
      if (nextFollowUp) expect(nextFollowUp).toBe(onWeekday(addDays(promisedBy, 1)));
      if (followUps < 2)
        expect(d.dates.moveOn).toBe(
          onWeekday(addDays(nextFollowUp === d.dates.firstFollowUp ? d.dates.secondFollowUp! : nextFollowUp!, 7)),
        );
      expect(d.dates.moveOn! > promisedBy).toBe(true);
    });
  });

  it('3. one message at a time, matching the status; thanks go into the follow-up once it is due', () => {
    check((today, answers, d) => {
      const sending = d.actions.filter((a) => a.sends);
      expect(sending.length).toBeLessThanOrEqual(1);
      expect(sending[0]?.sends).toBe(STATUS_SENDS[d.status]);
      expect(d.email?.kind).toBe(STATUS_SENDS[d.status]);
      const { followUps = 0, thankYou, interviewDate } = readTiming(answers);
      if (d.status === 'send-thank-you') {
        expect(followUps).toBe(0);
        expect(thankYou).not.toBe('sent');
        expect(daysBetween(interviewDate!, today)).toBeLessThanOrEqual(THANK_YOU_LATEST);
      }
      if (d.status === 'follow-up' && thankYou !== 'sent') {
        expect(d.situation).toBe('follow-up-with-thanks');
        expect(d.email!.body).toMatch(/Thank you for the time you gave me/);
      }
    });
  });

  it('4. after two follow-ups nothing is sent, and no line says to write again', () => {
    check((_, answers, d) => {
      if (readTiming(answers).followUps !== 2) return;
      expect(d.email).toBeUndefined();
      for (const action of d.actions.filter((a) => a.when === 'now')) expect(action.text).not.toMatch(WRITING);
    });
  });

  it('5. the message due is dated today or the first weekday from today; past plan dates are never to-dos', () => {
    check((today, _, d) => {
      if (d.next.sends) expect(d.next.date).toBe(onWeekday(today));
      else if (d.next.date) expect(d.next.date > today).toBe(true);
      for (const step of d.plan) {
        if (step.date && step.date < today) expect(step.state).not.toBe('upcoming');
        // Said as what was planned, never as overdue.
        if (step.date && step.date < today && step.state !== 'done') expect(step.text).toMatch(/\(planned for .+\)$|^Since /);
      }
      for (const entry of d.calendar) expect(entry.start >= today).toBe(true);
    });
  });

  it('6. each situation has its own words, every placeholder filled, counts in the right number', () => {
    check((today, answers, d) => {
      const texts = [d.next.title, d.next.text, ...d.actions.map((a) => a.text), ...d.plan.map((p) => p.text), d.email?.body ?? ''];
      for (const text of texts) {
        expect(text).not.toMatch(/\{\w+\}/);
        expect(text).not.toMatch(/\b1 days\b/);
      }
      if (answers.interviewDate === today) expect(d.next.text).not.toMatch(/\blate\b/i);
    });
  });

  it('7. a reason\'s "now" line never asks for a message when none is due, and goes into the message when one is', () => {
    const inMessage = new Map(model.reasons.filter((r) => r.inMessage).map((r) => [r.id, r.inMessage!]));
    check((_, __, d) => {
      for (const action of d.actions.filter((a) => a.when === 'now' && a.reason)) {
        const template = inMessage.get(action.reason!);
        if (d.next.sends && template) expect(action.text).toBe(template.replaceAll('{message}', MESSAGE_NAMES[d.next.sends]));
        else expect(action.text).not.toMatch(WRITING);
      }
    });
  });

  it('9. the same answers give the same result, byte for byte', () => {
    check((today, answers, d) => {
      const shuffled = Object.fromEntries(Object.entries(structuredClone(answers)).reverse());
      expect(JSON.stringify(run(today, shuffled))).toBe(JSON.stringify(d));
    });
  });

  it('the email says "thank you again" only after a thank-you went out, and goes to the agency recruiter', () => {
    check((_, answers, d) => {
      if (!d.email) return;
      if (/thank you again/i.test(d.email.body)) expect(answers.thankYou).toBe('sent');
      expect(d.email.body.startsWith(answers.recruiter === 'agency' ? 'Dear [Recruiter’s name],' : 'Dear Ms Chen,')).toBe(true);
    });
  });
});

describe('8. refused, with the field named', { timeout: 60_000 }, () => {
  const refused = (today: IsoDate, answers: Answers) => {
    try {
      diagnose(answers, { today, model });
    } catch (error) {
      if (error instanceof InvalidAnswersError) return error.fields.map((f) => f.field);
    }
    return [];
  };

  it('a missing interview date', () => {
    fc.assert(
      fc.property(valid, ({ today, answers }) => {
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
