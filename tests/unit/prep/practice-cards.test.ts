/**
 * Practice cards, scheduled by FSRS in whole days: a new card is due today; Again brings it back sooner than
 * Good, and Good sooner than Easy; practice always moves a card into the future, at most a month out.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../../../src/lib/core/dates';
import {
  cardOrigin,
  dueCards,
  GRADES,
  gradeChoices,
  MAX_INTERVAL_DAYS,
  newCard,
  nextDays,
  nextDue,
  practiceCard,
  type GradeName,
} from '../../../src/lib/prep/practice-cards';
import { newInterview } from '../../../src/lib/interviews/interviews';
import { isSchedule } from '../../../src/lib/prep/practice';

const TODAY = '2026-11-30';
const card = (question = 'Tell me about a time you failed', today = TODAY) => newCard({ id: 'c1', question, from: 'fumbled' }, today);

describe('a new card', () => {
  it('is due the day it is made, and only then', () => {
    const made = card();
    expect(made.schedule.due).toBe(TODAY);
    expect(dueCards([made], TODAY)).toEqual([made]);
    expect(dueCards([made], addDays(TODAY, -1))).toEqual([]);
  });

  it('comes back tomorrow after Again, in a few days after Good, later after Easy', () => {
    const days = nextDays(card(), TODAY);
    expect(days.again).toBe('2026-12-01');
    expect(daysBetween(TODAY, days.good)).toBeGreaterThan(1);
    expect(days.easy > days.good).toBe(true);
    // What the buttons promise is what practicing does.
    for (const grade of GRADES) expect(practiceCard(card(), grade, TODAY).schedule.due).toBe(days[grade]);
  });
});

describe('practicing, over any run of grades and days', () => {
  const run = fc.array(fc.record({ grade: fc.constantFrom(...GRADES), late: fc.integer({ min: 0, max: 10 }) }), {
    minLength: 1,
    maxLength: 12,
  });

  it('always moves the card into the future, at most a month, with Again ≤ Good ≤ Easy, and counts every practice', () => {
    fc.assert(
      fc.property(run, (steps) => {
        let current = card();
        let lapses = 0;
        for (const [i, { grade, late }] of steps.entries()) {
          const today = addDays(current.schedule.due, late);
          const days = nextDays(current, today);
          expect(days.again <= days.good && days.good <= days.easy).toBe(true);
          // What the buttons promise is what practicing does, even where Easy's bonus passes the month.
          expect(practiceCard(current, grade as GradeName, today).schedule.due).toBe(days[grade as GradeName]);
          const wasReview = current.schedule.state === 2;
          current = practiceCard(current, grade as GradeName, today);
          if (grade === 'again' && wasReview) lapses++;
          expect(current.schedule.due > today).toBe(true);
          expect(daysBetween(today, current.schedule.due)).toBeLessThanOrEqual(MAX_INTERVAL_DAYS);
          expect(current.schedule.reps).toBe(i + 1);
          expect(current.schedule.lapses).toBe(lapses);
          expect(isSchedule(JSON.parse(JSON.stringify(current.schedule)))).toBe(true);
          expect(dueCards([current], today)).toEqual([]);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('stored schedules', () => {
  it('refuses what this code never writes', () => {
    const good = card().schedule;
    for (const bad of [null, {}, { ...good, due: 'soon' }, { ...good, reps: -1 }, { ...good, state: 7 }, { ...good, stability: Infinity }])
      expect(isSchedule(bad)).toBe(false);
    expect(isSchedule(good)).toBe(true);
  });

  it('lists the longest overdue first', () => {
    const a = { ...card('A'), schedule: { ...card().schedule, due: '2026-11-20' } };
    const b = { ...card('B'), schedule: { ...card().schedule, due: '2026-11-10' } };
    const later = { ...card('C'), schedule: { ...card().schedule, due: '2026-12-10' } };
    expect(dueCards([a, later, b], TODAY).map((c) => c.question)).toEqual(['B', 'A']);
  });
});

describe('what the practice page says about a card', () => {
  const acme = { ...newInterview('a', new Date()), company: 'Acme', role: 'Designer' };

  it('names where it came from, even once the interview is deleted', () => {
    const from = (f: 'fumbled' | 'surprise' | 'own', interviewId?: string) =>
      cardOrigin(newCard({ id: 'x', question: 'Q?', from: f, ...(interviewId ? { interviewId } : {}) }, TODAY), [acme], TODAY);
    expect(from('fumbled', 'a')).toBe('Went badly at Acme · Designer');
    expect(from('surprise', 'a')).toBe('A surprise at Acme · Designer');
    expect(from('surprise', 'gone')).toBe('A surprise at an interview no longer in your journal');
    expect(from('own')).toBe('Your own question');
  });

  it('gives each grade its button words and day, Good in the middle', () => {
    const choices = gradeChoices(card(), TODAY);
    expect(choices.map((c) => c.grade)).toEqual(['again', 'good', 'easy']);
    expect(choices[0].text).toBe('Again · back on Tuesday, December 1');
    expect(choices[1].text).toMatch(/^Good · back on \w+day, December \d+$/);
  });

  it('says when the next card is due, and nothing with no cards', () => {
    const later = { ...card('L'), schedule: { ...card().schedule, due: '2026-12-10' } };
    const sooner = { ...card('S'), schedule: { ...card().schedule, due: '2026-12-03' } };
    expect(nextDue([later, sooner])).toBe('2026-12-03');
    expect(nextDue([])).toBeUndefined();
  });
});
