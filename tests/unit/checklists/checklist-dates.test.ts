/**
 * The planner's dated list: which steps stay on the list and which fold into "Already past", for any plan,
 * interview date and day (properties), and a few plain examples.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checklistSchema, type Checklist } from '../../../src/lib/checklists/checklist-schema';
import { dueDates, dueLabel, groupByDate } from '../../../src/lib/checklists/checklist-dates';
import { checklistItems } from '../../../src/lib/checklists/checklists';
import { addDays, formatDate, type IsoDate } from '../../../src/lib/core/dates';
import { PLAN_KEYS, planFollowUps } from '../../../src/lib/follow-up/timeline';
import { US } from '../../fixtures/calendars.ts';

const HABIT = 'Every week until you accept an offer';

/** One item of a planner: dated (days or a plan step), a habit, a note, or undated. */
const itemArb = fc.oneof(
  fc.record({ due: fc.oneof(fc.integer({ min: 0, max: 60 }), fc.constantFrom(...PLAN_KEYS)) }),
  fc.constant({ ongoing: HABIT }),
  fc.constant({ note: true as const }),
  fc.constant({}),
);

/** A valid planner of a few sections, built from those items (plus one plain task, as a list needs one). */
const plannerArb = fc.array(fc.array(itemArb, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 4 }).map((sections): Checklist =>
  checklistSchema.parse({
    title: 'A generated plan',
    summary: 'A plan generated for a property test of its dates.',
    blurb: 'A card line long enough to pass.',
    order: 1,
    kind: 'tick',
    layout: 'planner',
    sections: sections.map((items, s) => ({
      id: `s${s}`,
      title: `Section ${s}`,
      items: [...items, {}].map((extra, i) => ({ id: `s${s}-i${i}`, text: `Do step ${i} of section ${s}.`, ...extra })),
    })),
  }),
);

/** An interview within two years, a day from it up to four months later, and what the person said. */
const dayArb = fc
  .record({
    interview: fc.integer({ min: 0, max: 730 }),
    after: fc.integer({ min: 0, max: 120 }),
    promised: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
    followUps: fc.constantFrom(0, 1, 2),
    thankYou: fc.constantFrom('sent', 'not-sent', undefined),
  })
  .map(({ interview, after, promised, followUps, thankYou }) => {
    const interviewDate = addDays('2026-01-01', interview);
    return {
      interviewDate,
      today: addDays(interviewDate, after),
      timing: { interviewDate, promisedBy: promised === undefined ? undefined : addDays(interviewDate, promised), followUps, thankYou },
    };
  });

/** The plan's dates for one interview, as the planner puts them on the list. */
function dated(list: Checklist, day: { interviewDate: IsoDate; today: IsoDate; timing: Parameters<typeof planFollowUps>[0] }) {
  return dueDates(list, day.interviewDate, planFollowUps(day.timing, day.today, US).dates, US);
}

describe('groupByDate (properties)', () => {
  it('puts every item in exactly one group, each group in list order', () => {
    fc.assert(
      fc.property(plannerArb, dayArb, (list, day) => {
        const { current, past } = groupByDate(list, dated(list, day), day.today);
        const order = checklistItems(list).map((i) => i.id);
        const ids = (items: { id: string }[]) => items.map((i) => i.id);
        expect([...ids(current), ...ids(past)].sort()).toEqual([...order].sort());
        for (const group of [ids(current), ids(past)]) expect(group).toEqual(order.filter((id) => group.includes(id)));
      }),
    );
  });

  it('folds a step exactly when its date is before today, and leaves every date on the list today or later', () => {
    fc.assert(
      fc.property(plannerArb, dayArb, (list, day) => {
        const due = dated(list, day);
        const { current, past } = groupByDate(list, due, day.today);
        for (const item of past) expect(due[item.id] < day.today, item.id).toBe(true);
        for (const item of current) if (due[item.id]) expect(due[item.id] >= day.today, item.id).toBe(true);
        // So no step on the list reads as a date gone by.
        for (const item of current) if (due[item.id]) expect(dueLabel(due[item.id], day.today)).toMatch(/^Due /);
      }),
    );
  });

  it('never folds a habit or a note, whatever dates it is handed', () => {
    fc.assert(
      fc.property(plannerArb, dayArb, (list, day) => {
        // Even a date for every item, all long gone.
        const allPast = Object.fromEntries(checklistItems(list).map((i) => [i.id, addDays(day.today, -30)]));
        const { past } = groupByDate(list, allPast, day.today);
        for (const item of checklistItems(list)) {
          if (item.ongoing || item.note) expect(past, item.id).not.toContain(item);
          else expect(past, item.id).toContain(item);
        }
      }),
    );
  });

  it('folds nothing on the day of the interview, and a step once past stays past on every later day', () => {
    fc.assert(
      fc.property(plannerArb, dayArb, fc.integer({ min: 1, max: 60 }), (list, day, later) => {
        const due = dated(list, day);
        expect(groupByDate(list, due, day.interviewDate).past).toEqual([]);
        const pastNow = groupByDate(list, due, day.today).past;
        const pastLater = groupByDate(list, due, addDays(day.today, later)).past;
        for (const item of pastNow) expect(pastLater).toContain(item);
      }),
    );
  });
});

describe('groupByDate (examples)', () => {
  const list = checklistSchema.parse({
    title: 'An example plan',
    summary: 'A plan with one item of each kind, for examples.',
    blurb: 'A card line long enough to pass.',
    order: 1,
    kind: 'tick',
    layout: 'planner',
    sections: [
      {
        id: 'plan',
        title: 'Plan',
        items: [
          { id: 'on-the-day', text: 'Write it all down on the day.', due: 0, missed: 'Write down what you still remember now.' },
          { id: 'habit', text: 'Keep applying for other jobs.', ongoing: HABIT },
          { id: 'follow-up', text: 'Send one short follow-up.', due: 'firstFollowUp', missed: 'Send it today.' },
          { id: 'second', text: 'Send a second and last follow-up.', due: 'secondFollowUp' },
          { id: 'mindset', text: 'Silence early on says nothing.', note: true },
          { id: 'if-called', text: 'If they call you back, prepare.' },
        ],
      },
    ],
  });
  const group = (interviewDate: IsoDate, today: IsoDate) => {
    const { current, past } = groupByDate(
      list,
      dueDates(list, interviewDate, planFollowUps({ interviewDate }, today, US).dates, US),
      today,
    );
    return { current: current.map((i) => i.id), past: past.map((i) => i.id) };
  };

  it('on the day, every step is on the list', () => {
    expect(group('2026-11-10', '2026-11-10').past).toEqual([]);
  });

  it('ten days on, the day-one step is folded and the follow-up due today stays on the list', () => {
    // Tuesday, November 10: the first follow-up was planned for the 17th, so it is past by the 20th.
    expect(group('2026-11-10', '2026-11-20')).toEqual({
      current: ['habit', 'second', 'mindset', 'if-called'],
      past: ['on-the-day', 'follow-up'],
    });
    // On the 17th it is due that day: still on the list.
    expect(group('2026-11-10', '2026-11-17').past).toEqual(['on-the-day']);
  });
});

describe('dueLabel', () => {
  it.each([
    ['2026-11-20', 'Due today'],
    ['2026-11-23', `Due ${formatDate('2026-11-23', '2026-11-20')}`],
    ['2027-01-04', `Due ${formatDate('2027-01-04', '2026-11-20')}`],
    // Not shown on the list, which folds past steps; never a reproach.
    ['2026-11-18', `Planned for ${formatDate('2026-11-18', '2026-11-20')}`],
  ])('%s reads "%s"', (date, label) => {
    expect(dueLabel(date, '2026-11-20')).toBe(label);
  });
});
