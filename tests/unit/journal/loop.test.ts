/**
 * The journal under the diagnostic's next step: what "Mark as sent" offers and records, what the result
 * says was recorded, when "Close as ghosted" is offered, and an Undo that steps the plan back too.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/lib/core/dates';
import { closeAsGhostedPatch, markSentPatch } from '../../../src/lib/journal/journal';
import { journalHref, loopView, sentAnswers, unmarkSentPatch } from '../../../src/lib/journal/loop';
import { apply, interview, situation } from '../../fixtures/journal-writes';
import { US } from '../../fixtures/calendars.ts';

describe('loopView', () => {
  it('offers "Mark as sent" for the message due, then says what was recorded', () => {
    let record = interview({ thankYou: 'sent', followUps: 0 });
    expect(loopView(record, '2026-11-17', US)).toEqual({ due: 'follow-up', sent: [], canClose: false, href: '/journal/interview/?id=a' });
    record = apply(record, markSentPatch(record, '2026-11-17', US));
    const view = loopView(record, '2026-11-17', US);
    expect(view.due).toBeUndefined();
    expect(view.sent.map((l) => l.text)).toEqual(['Follow-up sent on Tuesday, November 17']);
  });

  it('offers closing as ghosted once the move-on date has passed, and shows the outcome with its note', () => {
    let record = interview({ thankYou: 'sent', followUps: 2, lastFollowUp: '2026-11-20' });
    expect(loopView(record, '2026-11-26', US).canClose).toBe(false);
    expect(loopView(record, '2026-11-27', US).canClose).toBe(true);
    record = apply(record, closeAsGhostedPatch(record, '2026-11-30', 'No reply after two follow-ups'));
    const view = loopView(record, '2026-11-30', US);
    expect(view.canClose).toBe(false);
    expect(view.outcome?.text).toBe('Ghosted on Monday, November 30: No reply after two follow-ups');
  });

  it('leaves out messages sent for an earlier round', () => {
    const record = interview({}, { events: [{ kind: 'follow-up-sent', date: '2026-11-01' }] });
    expect(loopView(record, '2026-11-11', US).sent).toEqual([]);
  });

  it('offers no message once the interview has an outcome', () => {
    const record = interview({ thankYou: 'sent' }, { events: [{ kind: 'rejected', date: '2026-11-12' }] });
    expect(loopView(record, '2026-11-17', US).due).toBeUndefined();
  });

  it("links to the interview's own page by its id, safe in an address", () => {
    expect(journalHref('3f2a b')).toBe('/journal/interview/?id=3f2a%20b');
  });
});

describe('undo of "Mark as sent"', () => {
  it('removes the event and steps the plan back', () => {
    const record = interview({ thankYou: 'sent', followUps: 0 });
    const marked = apply(record, markSentPatch(record, '2026-11-17', US));
    expect(situation(marked, '2026-11-17')).toBe('wait-between');
    const undone = apply(marked, unmarkSentPatch(marked, { kind: 'follow-up-sent', date: '2026-11-17' }, sentAnswers(record.answers)));
    expect(undone.events).toEqual([]);
    expect(undone.answers).toEqual(record.answers);
    expect(situation(undone, '2026-11-17')).toBe('follow-up');
  });

  it('keeps what earlier recorded events say', () => {
    const first = interview({ thankYou: 'sent' }, { events: [{ kind: 'follow-up-sent', date: '2026-11-17' }] });
    const folded = { ...first, answers: { ...first.answers, followUps: 1, lastFollowUp: '2026-11-17' } };
    const marked = apply(folded, markSentPatch(folded, '2026-11-24', US));
    expect(marked.answers.followUps).toBe(2);
    const undone = apply(marked, unmarkSentPatch(marked, { kind: 'follow-up-sent', date: '2026-11-24' }, sentAnswers(folded.answers)));
    expect(undone.answers).toMatchObject({ followUps: 1, lastFollowUp: '2026-11-17' });
  });

  it('says so when the event is no longer there', () => {
    expect(unmarkSentPatch(interview(), { kind: 'follow-up-sent', date: '2026-11-17' }, {})).toEqual({
      problem: 'That event is no longer there.',
    });
  });

  it('gives back the record as it was, for any day a message is due', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.constantFrom('sent', 'not-sent', undefined),
        fc.constantFrom(0, 1, undefined),
        (after, thankYou, followUps) => {
          const answers = { ...(thankYou ? { thankYou } : {}), ...(followUps === undefined ? {} : { followUps }) };
          const record = interview(followUps === 1 ? { ...answers, lastFollowUp: '2026-11-10' } : answers);
          const today = addDays('2026-11-10', after);
          const marked = markSentPatch(record, today, US);
          if ('problem' in marked) return;
          const done = apply(record, marked);
          const kind = marked.sent === 'thank-you' ? 'thank-you-sent' : 'follow-up-sent';
          const undone = apply(done, unmarkSentPatch(done, { kind, date: today }, sentAnswers(record.answers)));
          expect(undone.answers).toEqual(record.answers);
          expect(undone.events).toEqual(record.events);
          expect(loopView(undone, today, US).due).toBe(marked.sent);
        },
      ),
    );
  });
});
