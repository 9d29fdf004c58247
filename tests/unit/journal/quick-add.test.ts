/** Quick add's row as a record: named, dated, its ending an event on its date; refused with every reason. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/lib/core/dates';
import { INTERVIEWS, newInterview } from '../../../src/lib/interviews/interviews';
import { outcomeOf } from '../../../src/lib/journal/journal';
import { QUICK_ENDINGS, interviewDateProblem, quickAddRecord } from '../../../src/lib/journal/quick-add';

const TODAY = '2026-12-06';
const now = new Date('2026-12-06T10:00:00Z');
const base = () => newInterview('q', now);

describe('quick add', () => {
  it('makes a past interview with its ending on the interview date', () => {
    const built = quickAddRecord({ company: ' Acme ', interviewDate: '2026-11-20', ending: 'ghosted' }, base(), TODAY, now);
    expect(built).toMatchObject({
      record: { company: 'Acme', answers: { interviewDate: '2026-11-20' }, events: [{ kind: 'ghosted', date: '2026-11-20' }] },
    });
  });

  it('adds no event for "no reply yet", nor any ending to an interview still to come', () => {
    expect(quickAddRecord({ company: 'Acme', interviewDate: '2026-11-20', ending: 'none' }, base(), TODAY, now)).toMatchObject({
      record: { events: [] },
    });
    expect(quickAddRecord({ company: 'Acme', interviewDate: '2026-12-10', ending: 'offer' }, base(), TODAY, now)).toMatchObject({
      record: { answers: { interviewDate: '2026-12-10' }, events: [] },
    });
  });

  it('says every reason it cannot add the row', () => {
    expect(quickAddRecord({ company: '  ', interviewDate: '', ending: 'maybe' }, base(), TODAY, now)).toEqual({
      problems: [
        { field: 'company', problem: 'Enter the company, to tell this interview from others.' },
        { field: 'interviewDate', problem: 'Enter the date of the interview.' },
        { field: 'ending', problem: 'Choose how it ended.' },
      ],
    });
    expect(interviewDateProblem('2025-11-01', TODAY)).toBe(
      "The interview date can't be used: more than a year ago: this plan is for a recent interview.",
    );
    expect(interviewDateProblem('2028-01-01', TODAY)).toBe("The interview date can't be used: more than a year ahead.");
  });

  it('for any date within the year either side and any ending: a record the store keeps, ended as the row says once its day has come', () => {
    fc.assert(
      fc.property(fc.integer({ min: -365, max: 365 }), fc.constantFrom(...QUICK_ENDINGS), (offset, ending) => {
        const interviewDate = addDays(TODAY, offset);
        const built = quickAddRecord({ company: 'Acme', interviewDate, ending }, base(), TODAY, now);
        if (!('record' in built)) throw new Error(built.problems.map((p) => p.problem).join(' '));
        const { record } = built;
        expect(INTERVIEWS.schema.parse({ interviews: [record], currentId: null })).toBeDefined();
        expect(record.events.every((e) => e.date === interviewDate)).toBe(true);
        const expected = offset > 0 || ending === 'none' || ending === 'next-round' ? undefined : ending;
        expect(outcomeOf(record.events)).toBe(expected);
        expect(record.events.length).toBe(offset > 0 || ending === 'none' ? 0 : 1);
      }),
      { numRuns: 300 },
    );
  });
});
