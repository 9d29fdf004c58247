/**
 * The journal's pattern arithmetic, on zero, one and a few interviews, and as properties over generated
 * journals: the funnel never rises, counts add up, medians sit in the middle, small numbers stay counts.
 */
import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadQuizModel } from '../../../scripts/lib/quiz-files';
import { addDays } from '../../../src/lib/core/dates';
import { newInterview, type InterviewRecord } from '../../../src/lib/interviews/interviews';
import { EVENT_KINDS, ROUND_KINDS, type JournalEvent, type Round } from '../../../src/lib/interviews/journal-record';
import { leadingReasons } from '../../../src/lib/journal/leading-reasons';
import { MIN_CASES, normalizeConcern } from '../../../src/lib/core/counting';
import {
  funnel,
  habits,
  HABITS,
  median,
  recurringConcerns,
  recurringReasons,
  replyWait,
  roundConversions,
  share,
  shareText,
  STUCK_LESSONS,
  whereStuck,
} from '../../../src/lib/journal/patterns';

const today = '2026-12-31';
const at = new Date('2026-11-01T09:00:00Z');
let n = 0;
const interview = (extra: Partial<InterviewRecord> = {}, answers = {}): InterviewRecord => ({
  ...newInterview(`i${n++}`, at),
  answers: { interviewDate: '2026-11-10', ...answers },
  ...extra,
});
const ev = (kind: JournalEvent['kind'], date = '2026-11-20'): JournalEvent => ({ kind, date });
const round = (kind: Round['kind'], date: string): Round => ({ id: `${kind}-${date}`, kind, date, interviewers: [] });

describe('with no interviews', () => {
  it('every pattern is empty and says so', () => {
    expect(funnel([], today).map((r) => r.count)).toEqual([0, 0, 0]);
    expect(roundConversions([], today)).toEqual([]);
    expect(whereStuck([], today)).toEqual({
      found: false,
      text: 'Add the rounds of each interview to see after which kind you most often stop.',
    });
    expect(replyWait([], today)).toEqual({ days: [], quiet: [], text: 'No replies recorded yet.' });
    expect(habits([]).every((h) => !h.enough && h.with.of === 0)).toBe(true);
    expect(habits([]).map((h) => h.text)).toEqual(
      HABITS.map(() => 'Nothing to compare yet: no interview has an outcome (called back, or closed).'),
    );
    expect(recurringConcerns([])).toEqual([]);
  });
});

describe('with one interview', () => {
  const one = interview({ events: [ev('thank-you-sent', '2026-11-10'), ev('next-round', '2026-11-17')] });
  it('counts it, with no percentage of one case', () => {
    const rows = funnel([one], today);
    expect(rows.map((r) => r.count)).toEqual([1, 1, 0]);
    expect(rows[1].fromPrevious).toEqual({ count: 1, of: 1 });
    expect(shareText(rows[1].fromPrevious)).toBe('1 of 1');
  });
  it('gives the one wait as it is, with no median of one', () => {
    const wait = replyWait([one], today);
    expect(wait).toMatchObject({ days: [7], median: 7 });
    expect(wait.text).toBe('1 reply so far, after 7 days.');
  });
  it('compares habits as plain counts and says how many more it would take', () => {
    const [thanks, , confident] = habits([one]);
    expect(confident.text).toBe('No interview with an outcome has a confidence rating yet: the debrief asks for one.');
    expect(thanks.text).toBe(
      `Called back after 1 of 1 interviews with a thank-you, 0 of 0 without. Too few to tell whether it makes a difference: ${MIN_CASES} of each would, so 9 more settled interviews.`,
    );
  });
});

describe('a few interviews', () => {
  it('compares habits: called back after 3 of 4 with a thank-you, 0 of 2 without', () => {
    const thanked = (back: boolean) => interview({ events: [ev('thank-you-sent', '2026-11-10'), ev(back ? 'next-round' : 'rejected')] });
    const records = [
      thanked(true),
      thanked(true),
      thanked(true),
      thanked(false),
      interview({ events: [ev('rejected')] }),
      interview({ events: [ev('ghosted')] }),
      interview(),
    ];
    expect(habits(records)[0].text).toMatch(/^Called back after 3 of 4 interviews with a thank-you, 0 of 2 without\. Too few/);
  });

  it('finds the round where you get stuck, with its lessons, once enough had it', () => {
    const screenedOut = () => interview({ rounds: [round('screen', '2026-11-02')], events: [ev('rejected')] });
    const throughScreen = () =>
      interview({ rounds: [round('screen', '2026-11-02'), round('final', '2026-11-09')], events: [ev('rejected')] });
    const records = [screenedOut(), screenedOut(), screenedOut(), screenedOut(), throughScreen()];
    expect(whereStuck(records.slice(0, 4), today)).toEqual({
      found: false,
      text: `The kind of round you most often stop after shows once ${MIN_CASES} interviews have had the same kind (so far, at most 4).`,
    });
    expect(whereStuck(records, today)).toMatchObject({
      found: true,
      kind: 'screen',
      passed: { count: 1, of: 5, percent: 20 },
      lessons: ['aiming-where-you-fit', 'your-online-presence'],
      text: 'You went further after 1 of 5 (20%) screen rounds: the stage where you most often stop.',
    });
  });

  it('names who is still quiet past the date they gave', () => {
    const quiet = interview({}, { promisedBy: '2026-12-01' });
    const closed = interview({ events: [ev('ghosted', '2026-12-20')] }, { promisedBy: '2026-12-01' });
    const early = interview({}, { promisedBy: '2027-01-10' });
    expect(replyWait([quiet, closed, early], today).quiet).toEqual([{ id: quiet.id, promisedBy: '2026-12-01', daysPast: 30 }]);
  });

  it('counts concerns that recur, however they were typed', () => {
    const debriefed = (concerns: string[]) => interview({ debrief: { concerns } });
    expect(normalizeConcern('  The Relocation!! ')).toBe('relocation');
    expect(
      recurringConcerns([
        debriefed(['Relocation', 'no SQL']),
        debriefed(['relocation.', 'Relocation']),
        debriefed(['No  SQL']),
        debriefed(['salary']),
      ]),
    ).toEqual([
      { label: 'Relocation', count: 2 },
      { label: 'no SQL', count: 2 },
    ]);
  });
});

describe('reasons that recur across diagnoses', () => {
  const model = loadQuizModel();
  const leading = leadingReasons(model, today);
  // Finished interviews whose answers make reasons stand out: a hiring freeze, a level above the role.
  const diagnosed = (answers: Record<string, unknown>) => interview({ finished: true }, { interviewDate: '2026-12-01', ...answers });

  const answers = { companySignals: ['freeze'], seniority: 'above', fit: 'partial', references: 'not-briefed' };

  it('counts the reasons two diagnosed interviews lead with, and none from one', () => {
    const titles = leading(diagnosed(answers));
    expect(titles).toContain('The budget changed or hiring froze');
    expect(titles.length).toBeLessThanOrEqual(3);
    expect(recurringReasons([diagnosed(answers)], leading)).toEqual([]);
    expect(recurringReasons([diagnosed(answers), diagnosed(answers)], leading)).toEqual(titles.map((label) => ({ label, count: 2 })));
  });

  it('leaves out unfinished interviews and answers the engine cannot use', () => {
    const unfinished = { ...diagnosed(answers), finished: false };
    const broken = diagnosed({ interviewDate: 'soon' });
    expect(recurringReasons([diagnosed(answers), unfinished, broken], leading)).toEqual([]);
  });
});

describe('the lessons for getting stuck', () => {
  it('exist in content/lessons', () => {
    const lessons = readdirSync(new URL('../../../content/lessons/', import.meta.url)).map((f) => f.replace(/\.mdx$/, ''));
    for (const kind of ROUND_KINDS) for (const id of STUCK_LESSONS[kind]) expect(lessons).toContain(id);
  });
});

describe('properties', () => {
  const date = fc.integer({ min: 0, max: 60 }).map((d) => addDays('2026-11-01', d));
  const record = fc
    .record({
      rounds: fc.array(fc.record({ kind: fc.constantFrom(...ROUND_KINDS), date }), { maxLength: 4 }),
      events: fc.uniqueArray(fc.record({ kind: fc.constantFrom(...EVENT_KINDS), date }), {
        maxLength: 6,
        selector: (e) => `${e.kind}@${e.date}`,
      }),
      interviewDate: fc.option(date, { nil: undefined }),
      confidence: fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined }),
    })
    .map(({ rounds, events, interviewDate, confidence }) =>
      interview(
        { rounds: rounds.map((r, i) => ({ ...r, id: `r${i}`, interviewers: [] })), events, debrief: confidence ? { confidence } : {} },
        interviewDate ? { interviewDate } : { interviewDate: undefined },
      ),
    );
  const records = fc.array(record, { maxLength: 25 });

  it('the funnel never rises, and each stage counts from the one before', () => {
    fc.assert(
      fc.property(records, (all) => {
        const rows = funnel(all, today);
        expect(rows[0].count).toBeLessThanOrEqual(all.length);
        for (let i = 1; i < rows.length; i++) {
          expect(rows[i].count).toBeLessThanOrEqual(rows[i - 1].count);
          expect(rows[i].fromPrevious).toMatchObject({ count: rows[i].count, of: rows[i - 1].count });
        }
      }),
      { numRuns: 200 },
    );
  });

  it('habit groups add up to at most the settled interviews, and never show a percentage under the threshold', () => {
    fc.assert(
      fc.property(records, (all) => {
        for (const h of habits(all)) {
          expect(h.with.of + h.without.of).toBeLessThanOrEqual(all.length);
          for (const s of [h.with, h.without]) {
            expect(s.count).toBeLessThanOrEqual(s.of);
            expect(s.percent === undefined).toBe(s.of < MIN_CASES);
          }
          expect(h.enough).toBe(h.with.of >= MIN_CASES && h.without.of >= MIN_CASES);
        }
        for (const c of roundConversions(all, today)) expect(c.passed.count).toBeLessThanOrEqual(c.passed.of);
      }),
      { numRuns: 200 },
    );
  });

  it('a median sits between the least and the most, with as many values on either side', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 30 }), (days) => {
        const m = median(days)!;
        expect(m).toBeGreaterThanOrEqual(Math.min(...days));
        expect(m).toBeLessThanOrEqual(Math.max(...days));
        expect(days.filter((d) => d < m).length).toBeLessThanOrEqual(days.length / 2);
        expect(days.filter((d) => d > m).length).toBeLessThanOrEqual(days.length / 2);
        expect(median([...days].reverse())).toBe(m);
      }),
    );
    expect(median([])).toBeUndefined();
    expect(median([3, 1, 10, 4])).toBe(3.5);
  });

  it('a share states a percentage only from the threshold on', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 50 }), (a, b) => {
        const s = share(Math.min(a, b), Math.max(a, b));
        expect(s.percent === undefined).toBe(Math.max(a, b) < MIN_CASES);
      }),
    );
  });
});
