/**
 * "What's next" on the home page: the lines a returning person reads, in date order, from the same rules as
 * the journal and the diagnostic (the message due is planState's), and the calendar file of every step ahead.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/lib/core/dates';
import { composeEmail } from '../../../src/lib/follow-up/email';
import { readTiming } from '../../../src/lib/interviews/timing-answers';
import { newInterview, type Answers, type InterviewRecord } from '../../../src/lib/interviews/interviews';
import { EVENT_KINDS, ROUND_KINDS, type JournalEvent } from '../../../src/lib/interviews/journal-record';
import { outcomeOf, planState } from '../../../src/lib/journal/journal';
import { EMPTY_PRACTICE, questionIndex, type PracticeCard, type PracticeState } from '../../../src/lib/prep/practice';
import { dueCards, practiceDeck } from '../../../src/lib/prep/practice-cards';
import {
  allStepsCalendar,
  cardsDue,
  DEBRIEF_WITHIN_DAYS,
  FOLLOW_UP_AHEAD_DAYS,
  INTERVIEW_AHEAD_DAYS,
  stepHref,
  todaySteps,
} from '../../../src/lib/home/today';
import { US } from '../../fixtures/calendars.ts';

const now = new Date('2026-11-01T09:00:00Z');
const record = (id: string, fields: Partial<InterviewRecord> = {}, answers: Answers = {}): InterviewRecord => ({
  ...newInterview(id, now),
  ...fields,
  answers: { ...fields.answers, ...answers },
});

// Tuesday, December 1, 2026: a thank-you due today, a follow-up on Thursday, an interview on Friday.
const TODAY = '2026-12-01';
const quill = record(
  'quill',
  { company: 'Quill & Co', role: 'Editor', interviewer: 'Ms. Ortiz', debrief: { wentBest: 'The edit test' } },
  { interviewDate: '2026-11-30' },
);
const acme = record(
  'acme',
  { company: 'Acme', role: 'Designer', debrief: { wentBest: 'The portfolio review' } },
  { interviewDate: '2026-11-26', thankYou: 'sent' },
);
const brightwell = record('brightwell', { company: 'Brightwell', role: 'Analyst' }, { interviewDate: '2026-12-04' });
const words = (records: InterviewRecord[], today: string, practice: PracticeState = EMPTY_PRACTICE) =>
  todaySteps(records, practice, today, US).steps.map((s) => s.words);

describe('the lines, for three interviews in different states', () => {
  it('lists the thank-you due today, the follow-up on its day, then the interview, in date order', () => {
    expect(words([brightwell, acme, quill], TODAY)).toEqual([
      'Send the thank-you to Quill & Co (due today)',
      'Follow up with Acme on Thursday, December 3',
      'Friday: interview at Brightwell',
    ]);
  });

  it('gives each line its one-tap action: the ready email, the day sheet for that interview', () => {
    const [thanks, followUp, interview] = todaySteps([brightwell, acme, quill], EMPTY_PRACTICE, TODAY, US).steps;
    const timing = readTiming(quill.answers);
    expect(thanks.action).toEqual({
      kind: 'copy-email',
      message: 'thank-you',
      ahead: false,
      email: composeEmail('thank-you', quill, { timing, today: TODAY }),
    });
    if (thanks.action.kind !== 'copy-email') throw new Error('not an email');
    expect(thanks.action.email.body).toContain('Dear Ms. Ortiz');
    expect(followUp.action).toMatchObject({ kind: 'copy-email', message: 'follow-up', ahead: true });
    expect(followUp).toMatchObject({ day: '2026-12-03', interviewId: 'acme', hint: 'Copy the draft' });
    expect(interview).toMatchObject({ day: '2026-12-04', interviewId: 'brightwell', hint: 'Print the day sheet' });
    expect(stepHref(interview, '/checklists/pre-interview/')).toBe('/checklists/pre-interview/?interview=brightwell');
    expect(stepHref(thanks, '/checklists/pre-interview/')).toBeUndefined();
  });

  it('an interview ahead has its line and no message until its day; then the thank-you, then the debrief', () => {
    const on = (today: string) => words([brightwell], today);
    expect(on(TODAY)).toEqual(['Friday: interview at Brightwell']);
    expect(on('2026-12-03')).toEqual(['Tomorrow: interview at Brightwell']);
    // On the day: the interview first, the thank-you after it (by the next working day, a weekend between).
    expect(on('2026-12-04')).toEqual(['Today: interview at Brightwell', 'Send the thank-you to Brightwell (by Monday)']);
    // At the weekend: the debrief today, the thank-you on Monday.
    expect(on('2026-12-05')).toEqual(['How did Brightwell go?', 'Send the thank-you to Brightwell (due Monday)']);
    expect(on('2026-12-07')).toEqual(['Send the thank-you to Brightwell (due today)', 'How did Brightwell go?']);
    // The Monday ten days on: past the debrief's days, and the follow-up due.
    expect(addDays('2026-12-04', DEBRIEF_WITHIN_DAYS) < '2026-12-14').toBe(true);
    expect(on('2026-12-14')).toEqual(['Follow up with Brightwell (due today)']);
  });

  it('lists an interview only within the week, and a follow-up within two weeks; further out is "next"', () => {
    const later = record('l', { company: 'Larch' }, { interviewDate: addDays(TODAY, INTERVIEW_AHEAD_DAYS + 1) });
    expect(todaySteps([later], EMPTY_PRACTICE, TODAY, US)).toMatchObject({ steps: [], next: { interviewId: 'l' } });
    const waiting = record(
      'w',
      { company: 'Willow', debrief: { study: 'x' } },
      { interviewDate: addDays(TODAY, -1), thankYou: 'sent', promisedBy: addDays(TODAY, 20) },
    );
    const { steps, next } = todaySteps([waiting], EMPTY_PRACTICE, TODAY, US);
    expect(steps).toEqual([]);
    expect(next?.words).toMatch(/^Follow up with Willow on /);
    expect(next!.day > addDays(TODAY, FOLLOW_UP_AHEAD_DAYS)).toBe(true);
  });

  it('names an interview without a company by its role, or plainly', () => {
    const noCompany = record('n', { role: 'Designer' }, { interviewDate: '2026-11-30' });
    noCompany.debrief = { study: 'x' };
    const nothing = record('m', {}, { interviewDate: '2026-12-03' });
    expect(words([noCompany, nothing], TODAY)).toEqual([
      'Send the thank-you for the Designer interview (due today)',
      'Thursday: your interview',
    ]);
  });

  it('offers to close an interview when the plan says it is time, and links it in the journal', () => {
    const silent = record(
      's p',
      { company: 'Spruce', debrief: { study: 'x' } },
      {
        interviewDate: '2026-10-20',
        thankYou: 'sent',
        followUps: 2,
        lastFollowUp: '2026-11-10',
      },
    );
    const [close] = todaySteps([silent], EMPTY_PRACTICE, TODAY, US).steps;
    expect(close).toMatchObject({ words: 'No reply from Spruce: time to close it', action: { kind: 'close' } });
    expect(stepHref(close, '/x/')).toBe('/journal/#interview-s%20p');
  });

  it('has nothing for a closed interview, or when nothing is saved', () => {
    const rejected = { ...quill, events: [{ kind: 'rejected', date: TODAY } as JournalEvent] };
    expect(words([rejected], TODAY)).toEqual([]);
    expect(allStepsCalendar([rejected], TODAY, US)).toEqual([]);
    expect(todaySteps([], EMPTY_PRACTICE, TODAY, US)).toEqual({ steps: [] });
  });

  it('stops chasing once they have answered: no follow-up line, none in the calendar', () => {
    const replied = { ...acme, events: [{ kind: 'reply', date: '2026-11-30' } as JournalEvent] };
    expect(words([replied], TODAY)).toEqual([]);
    expect(allStepsCalendar([replied], TODAY, US)).toEqual([]);
  });
});

const card = (id: string, due: string): PracticeCard => ({
  id,
  question: 'Why this role?',
  from: 'own',
  schedule: { due, stability: 1, difficulty: 5, reps: 1, lapses: 0, state: 2 },
});

describe('practice cards', () => {
  it('counts the cards due and the questions that went badly not yet practiced, as the last line of the day', () => {
    const practice: PracticeState = {
      ...EMPTY_PRACTICE,
      cards: [card('a', '2026-11-28'), card('b', TODAY), card('c', '2026-12-02')],
      expectations: [{ interviewId: 'acme', round: 'screen', expected: ['q1', 'q2'], asked: ['q1', 'q2'], fumbled: ['q1'], stories: [] }],
    };
    expect(cardsDue(practice, [acme], TODAY)).toBe(3);
    const { steps } = todaySteps([quill, acme], practice, TODAY, US);
    expect(steps.map((s) => s.words)).toEqual([
      'Send the thank-you to Quill & Co (due today)',
      '3 practice cards due',
      'Follow up with Acme on Thursday, December 3',
    ]);
    expect(stepHref(steps[1], '/x/')).toBe('/practice/#practice-title');
    // The interview gone, its question is no card; a card practiced stays.
    expect(cardsDue(practice, [], TODAY)).toBe(2);
  });
});

describe('practice cards, counted as the practice page counts them', () => {
  const QUESTIONS = ['q1', 'q2', 'q3'];
  const bank = QUESTIONS.map((id) => ({ id, text: `${id}?`, round: ['screen' as const], competencies: [] }));
  it('the number due is the practice deck’s, for any cards and debriefs', () => {
    const stateArb = fc.record({
      cards: fc.uniqueArray(fc.record({ id: fc.constantFrom('a', 'b', 'c', 'acme:q1'), due: fc.integer({ min: -5, max: 5 }) }), {
        selector: (c) => c.id,
      }),
      fumbled: fc.subarray(QUESTIONS),
      surprises: fc.array(fc.constantFrom('Why now?', 'why now?', 'Where else?'), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(stateArb, ({ cards, fumbled, surprises }) => {
        const practice: PracticeState = {
          ...EMPTY_PRACTICE,
          cards: cards.map((c) => ({ ...card(c.id, addDays(TODAY, c.due)) })),
          expectations: [{ interviewId: 'acme', round: 'screen', expected: QUESTIONS, asked: fumbled, fumbled, stories: [] }],
        };
        const records = [{ ...acme, debrief: { questions: surprises } }];
        const deck = practiceDeck(practice, records, questionIndex(bank, []), TODAY);
        expect(cardsDue(practice, records, TODAY)).toBe(dueCards(deck, TODAY).length);
      }),
    );
  });
});

describe('the calendar file', () => {
  it('has every step ahead across the interviews, the interviews included, in date order', () => {
    const entries = allStepsCalendar([quill, acme, brightwell], TODAY, US);
    expect(entries.map((e) => `${e.start} ${e.title}`)).toEqual([
      '2026-12-01 Thank-you note: Quill & Co, Editor',
      '2026-12-03 First follow-up: Acme, Designer',
      '2026-12-04 Interview: Brightwell, Analyst',
      '2026-12-07 First follow-up: Quill & Co, Editor',
      '2026-12-07 Thank-you note: Brightwell, Analyst',
      '2026-12-10 Last follow-up: Acme, Designer',
      '2026-12-11 First follow-up: Brightwell, Analyst',
      '2026-12-14 Last follow-up: Quill & Co, Editor',
      '2026-12-17 Move on: Acme, Designer',
      '2026-12-18 Last follow-up: Brightwell, Analyst',
      '2026-12-21 Move on: Quill & Co, Editor',
      // A week after the last follow-up is Christmas, in the year-end quiet days: moving on waits for the new year.
      '2027-01-04 Move on: Brightwell, Analyst',
    ]);
    // The ids are the diagnostic's for the same step, so a file imported again updates its entries.
    expect(entries[0].uid).toBe('quill-thankYouBy@callback');
    expect(entries[2].uid).toBe('brightwell-interview-2026-12-04@callback');
  });

  it('plans from the last interview booked, when a next round is ahead', () => {
    const booked = { ...acme, rounds: [{ id: 'r', date: '2026-12-09', kind: 'final' as const, interviewers: [] }] };
    const titles = allStepsCalendar([booked], TODAY, US).map((e) => `${e.start} ${e.title.split(':')[0]}`);
    expect(titles).toEqual([
      '2026-12-09 Interview',
      '2026-12-10 Thank-you note',
      '2026-12-16 First follow-up',
      '2026-12-23 Last follow-up',
      '2027-01-04 Move on',
    ]);
  });
});

// ── Properties over generated journals ───────────────────────────────────────────────────────────────────

const todayArb = fc.integer({ min: 0, max: 400 }).map((d) => addDays('2026-01-01', d));
/** An interview as the journal might hold it, its dates around `today`. */
const recordArb = (today: string, i: number) =>
  fc
    .record({
      company: fc.constantFrom('', 'Acme', 'Quill & Co'),
      role: fc.constantFrom('', 'Designer'),
      interview: fc.option(fc.integer({ min: -60, max: 20 }), { nil: undefined }),
      thankYou: fc.option(fc.constantFrom('sent', 'not-sent'), { nil: undefined }),
      followUps: fc.option(fc.constantFrom(0, 1, 2), { nil: undefined }),
      promised: fc.option(fc.integer({ min: -10, max: 30 }), { nil: undefined }),
      rounds: fc.uniqueArray(fc.integer({ min: -60, max: 20 }), { maxLength: 2 }),
      events: fc.uniqueArray(fc.record({ kind: fc.constantFrom(...EVENT_KINDS), day: fc.integer({ min: -60, max: 0 }) }), {
        maxLength: 3,
        selector: (e) => `${e.kind}${e.day}`,
      }),
      debriefed: fc.boolean(),
    })
    .map((r): InterviewRecord => {
      const answers: Answers = {};
      if (r.interview !== undefined) answers.interviewDate = addDays(today, r.interview);
      if (r.thankYou) answers.thankYou = r.thankYou;
      if (r.followUps !== undefined) answers.followUps = r.followUps;
      if (r.promised !== undefined && r.interview !== undefined) answers.promisedBy = addDays(today, r.interview + Math.abs(r.promised));
      return record(`i${i}`, {
        company: r.company,
        role: r.role,
        answers,
        rounds: r.rounds
          .sort((a, b) => a - b)
          .map((d, j) => ({ id: `r${j}`, date: addDays(today, d), kind: ROUND_KINDS[j], interviewers: [] })),
        events: r.events.map((e) => ({ kind: e.kind, date: addDays(today, e.day) })).sort((a, b) => (a.date < b.date ? -1 : 1)),
        debrief: r.debriefed ? { study: 'More numbers' } : {},
      });
    });
const journalArb = todayArb.chain((today) =>
  fc.tuple(
    fc.constant(today),
    fc.tuple(...Array.from({ length: 4 }, (_, i) => recordArb(today, i))).chain((all) => fc.subarray(all)),
  ),
);

describe('rules, over generated journals', () => {
  it('lines are in date order, none before today; the calendar too', () => {
    fc.assert(
      fc.property(journalArb, ([today, records]) => {
        const { steps, next } = todaySteps(records, EMPTY_PRACTICE, today, US);
        const days = steps.map((s) => s.day);
        expect(days).toEqual([...days].sort());
        for (const day of days) expect(day >= today).toBe(true);
        if (next) expect(next.day > today).toBe(true);
        const starts = allStepsCalendar(records, today, US).map((e) => e.start);
        expect(starts).toEqual([...starts].sort());
        for (const start of starts) expect(start >= today).toBe(true);
      }),
    );
  });

  it('the message line of each interview is the message planState asks for today, and a closed one has no line', () => {
    fc.assert(
      fc.property(journalArb, ([today, records]) => {
        const { steps, next } = todaySteps(records, EMPTY_PRACTICE, today, US);
        for (const r of records) {
          const mine = [...steps, ...(next ? [next] : [])].filter((s) => s.interviewId === r.id);
          const sent = mine.flatMap((s) => (s.action.kind === 'copy-email' && !s.action.ahead ? [s.action.message] : []));
          if (outcomeOf(r.events)) {
            expect(mine).toEqual([]);
            expect(allStepsCalendar([r], today, US)).toEqual([]);
          } else {
            const { due } = planState(r, today, US);
            expect(sent).toEqual(due ? [due] : []);
          }
          // One message line at most: the one due, or else the next one dated.
          expect(mine.filter((s) => s.action.kind === 'copy-email').length).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it('a draft ahead is the message the plan will ask for on its day', () => {
    fc.assert(
      fc.property(journalArb, ([today, records]) => {
        for (const s of todaySteps(records, EMPTY_PRACTICE, today, US).steps) {
          if (s.action.kind !== 'copy-email' || !s.action.ahead) continue;
          const r = records.find((x) => x.id === s.interviewId)!;
          expect(planState(r, s.day, US).due).toBe(s.action.message);
        }
      }),
    );
  });
});
