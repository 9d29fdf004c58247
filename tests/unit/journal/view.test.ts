/**
 * What the journal's list says about each interview, its order, and the funnel chart's bars.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/lib/core/dates';
import { newInterview, type InterviewRecord } from '../../../src/lib/interviews/interviews';
import { funnel } from '../../../src/lib/journal/patterns';
import { clockTime, funnelBars, journalOrder, standing, upcomingText } from '../../../src/lib/journal/view';
import { EVENT_KINDS, type JournalEvent } from '../../../src/lib/interviews/journal-record';
import { US } from '../../fixtures/calendars.ts';

const TODAY = '2026-11-30';
const at = new Date('2026-11-01T09:00:00Z');
const interview = (answers: Record<string, unknown> = {}, extra: Partial<InterviewRecord> = {}): InterviewRecord => ({
  ...newInterview(extra.id ?? 'a', at),
  answers: answers as InterviewRecord['answers'],
  ...extra,
});

describe('where an interview stands', () => {
  it('names the outcome once there is one, whatever else is due', () => {
    const record = interview({ interviewDate: '2026-11-10' }, { events: [{ kind: 'rejected', date: '2026-11-20' }] });
    expect(standing(record, TODAY, US)).toEqual({ text: 'Rejected', tone: 'done' });
  });

  it('asks for the message the plan wants, or to close it once the plan says move on', () => {
    expect(standing(interview({ interviewDate: '2026-11-20', thankYou: 'sent' }), '2026-11-27', US)).toEqual({
      text: 'Follow-up due',
      tone: 'act',
    });
    const silent = interview({ interviewDate: '2026-10-01', thankYou: 'sent', followUps: 2, lastFollowUp: '2026-10-15' });
    expect(standing(silent, TODAY, US)).toEqual({ text: 'No reply: time to close it', tone: 'act' });
  });

  it('says invited after an invitation, even with a follow-up sent since', () => {
    const events: JournalEvent[] = [
      { kind: 'next-round', date: '2026-11-20' },
      { kind: 'follow-up-sent', date: '2026-11-25' },
    ];
    expect(standing(interview({ interviewDate: '2026-11-10', thankYou: 'sent' }, { events }), TODAY, US).text).toBe(
      'Invited to the next round',
    );
  });

  it('counts the days past the date they gave once followed up, and says when they said it while it is ahead', () => {
    const chased = { interviewDate: '2026-11-16', thankYou: 'sent', followUps: 1, lastFollowUp: '2026-11-27', promisedBy: '2026-11-26' };
    expect(standing(interview(chased), TODAY, US)).toEqual({ text: 'Quiet 4 days past their date', tone: 'act' });
    const ahead = interview({ interviewDate: '2026-11-26', thankYou: 'sent', promisedBy: '2026-12-02' });
    expect(standing(ahead, TODAY, US).text).toBe('Waiting: they said by Wednesday, December 2');
  });

  it('counts down to a scheduled round, and says when there is no date at all', () => {
    const scheduled = interview({}, { rounds: [{ id: 'r1', date: '2026-12-03', kind: 'screen', interviewers: [] }] });
    expect(standing(scheduled, TODAY, US)).toEqual({ text: 'Thursday, December 3 · in 3 days', tone: 'wait', upcoming: '2026-12-03' });
    expect(standing(interview({ interviewDate: '2026-12-01' }), TODAY, US).text).toBe('Tuesday, December 1 · tomorrow');
    expect(standing(interview({ interviewDate: '2027-01-04' }), TODAY, US).text).toBe('Monday, January 4, 2027 · in 35 days');
    expect(standing(interview(), TODAY, US).text).toBe('No interview date yet');
  });

  it("once an upcoming interview's day has passed, asks for what the plan asks (the thank-you first)", () => {
    const scheduled = interview({ interviewDate: '2026-12-03' });
    expect(standing(scheduled, '2026-12-03', US).text).toBe('Thursday, December 3 · today');
    expect(standing(scheduled, '2026-12-04', US)).toEqual({ text: 'Thank-you due', tone: 'act' });
    const round = interview({}, { rounds: [{ id: 'r1', date: '2026-12-03', kind: 'screen', interviewers: [] }] });
    expect(standing(round, '2026-12-04', US)).toEqual({ text: 'Thank-you due', tone: 'act' });
  });

  it('always has words, over any events', () => {
    const event = fc.record({
      kind: fc.constantFrom(...EVENT_KINDS),
      date: fc.integer({ min: -60, max: 0 }).map((n) => addDays(TODAY, n)),
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 90 }),
        fc.uniqueArray(event, { selector: (e) => `${e.kind}@${e.date}`, maxLength: 6 }),
        (ago, events) => {
          const result = standing(interview({ interviewDate: addDays(TODAY, -ago) }, { events }), TODAY, US);
          expect(result.text.length).toBeGreaterThan(0);
          expect(['done', 'act', 'wait']).toContain(result.tone);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('an interview still to come, in words', () => {
  it('says its day and how far it is, with its time when an invite gave one', () => {
    expect(upcomingText('2026-12-10', '2026-12-06', '14:30')).toBe('Thursday, December 10 at 2:30 PM · in 4 days');
    expect(upcomingText('2026-12-07', '2026-12-06')).toBe('Monday, December 7 · tomorrow');
  });

  it('reads a meeting time as a US clock does', () => {
    expect(['00:05', '09:00', '12:00', '12:30', '14:30', '23:59'].map(clockTime)).toEqual([
      '12:05 AM',
      '9:00 AM',
      '12:00 PM',
      '12:30 PM',
      '2:30 PM',
      '11:59 PM',
    ]);
  });
});

describe('the list order', () => {
  it('puts the interviews still to come first, the soonest first, then the others latest first', () => {
    const records = [
      interview({ interviewDate: '2026-11-20' }, { id: 'held' }),
      interview({ interviewDate: '2026-12-20' }, { id: 'far' }),
      interview({ interviewDate: '2026-11-26' }, { id: 'older' }),
      interview({ interviewDate: '2026-12-02' }, { id: 'soon' }),
      interview({ interviewDate: TODAY }, { id: 'today' }),
      // Closed, with a round still on the calendar: not coming any more.
      interview(
        { interviewDate: '2026-11-10' },
        {
          id: 'closed',
          rounds: [{ id: 'r', date: '2026-12-05', kind: 'final', interviewers: [] }],
          events: [{ kind: 'withdrew', date: '2026-11-28' }],
        },
      ),
    ];
    expect(journalOrder(records, TODAY).map((r) => r.id)).toEqual(['today', 'soon', 'far', 'closed', 'older', 'held']);
  });

  it('lists every coming interview before every other, soonest first, over any dates', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -300, max: 300 }), { maxLength: 20 }), (offsets) => {
        const records = offsets.map((n, i) => interview({ interviewDate: addDays(TODAY, n) }, { id: `r${i}` }));
        const dates = journalOrder(records, TODAY).map((r) => r.answers.interviewDate as string);
        const coming = dates.filter((d) => d >= TODAY);
        expect(dates.slice(0, coming.length)).toEqual([...coming].sort());
        expect(dates.slice(coming.length)).toEqual(dates.slice(coming.length).sort().reverse());
      }),
      { numRuns: 200 },
    );
  });

  it('puts the latest interview first and undated ones last, keeping every interview once', () => {
    const dated = fc.option(
      fc.integer({ min: 0, max: 300 }).map((n) => addDays(TODAY, -n)),
      { nil: undefined },
    );
    fc.assert(
      fc.property(fc.array(dated, { maxLength: 20 }), (dates) => {
        const records = dates.map((date, i) => interview(date ? { interviewDate: date } : {}, { id: `r${i}` }));
        const ordered = journalOrder(records, TODAY);
        expect(ordered.map((r) => r.id).sort()).toEqual(records.map((r) => r.id).sort());
        const keys = ordered.map((r) => (r.answers.interviewDate as string | undefined) ?? '');
        expect(keys).toEqual([...keys].sort().reverse());
      }),
      { numRuns: 200 },
    );
  });

  it('puts interviews still ahead first, the soonest at the top, then the held ones, latest first', () => {
    const day = fc.integer({ min: -300, max: 365 }).map((n) => addDays(TODAY, n));
    fc.assert(
      fc.property(fc.array(day, { maxLength: 20 }), (dates) => {
        const records = dates.map((date, i) => interview({ interviewDate: date }, { id: `r${i}` }));
        const keys = journalOrder(records, TODAY).map((r) => r.answers.interviewDate as string);
        const ahead = keys.filter((d) => d >= TODAY);
        expect(keys).toEqual([
          ...ahead.sort(),
          ...keys
            .filter((d) => d < TODAY)
            .sort()
            .reverse(),
        ]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('the funnel bars', () => {
  it('measure each stage against the first, and are empty with nothing held', () => {
    expect(funnelBars(funnel([], TODAY)).map((b) => b.length)).toEqual([0, 0, 0]);
    const records = [
      interview({ interviewDate: '2026-11-10' }, { id: 'a', events: [{ kind: 'next-round', date: '2026-11-20' }] }),
      interview({ interviewDate: '2026-11-12' }, { id: 'b' }),
    ];
    expect(funnelBars(funnel(records, TODAY))).toEqual([
      { label: 'Interviewed', count: 2, length: 1 },
      { label: 'Invited further', count: 1, length: 0.5 },
      { label: 'Offer', count: 0, length: 0 },
    ]);
  });
});
