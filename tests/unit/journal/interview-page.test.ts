/** What one interview's page shows: before its day, on it and after it, the plan and the email, the delete question. */
import { describe, expect, it } from 'vitest';
import { newInterview, type InterviewRecord } from '../../../src/lib/interviews/interviews';
import { deleteQuestion, interviewPage } from '../../../src/lib/journal/interview-page';
import { US } from '../../fixtures/calendars.ts';

const at = new Date('2026-11-01T09:00:00Z');
const interview = (answers: Record<string, unknown> = {}, extra: Partial<InterviewRecord> = {}): InterviewRecord => ({
  ...newInterview('a', at),
  company: 'Acme',
  role: 'Designer',
  answers: answers as InterviewRecord['answers'],
  ...extra,
});

describe("an interview's page", () => {
  const coming = interview({ interviewDate: '2026-12-10' }, { meeting: { uid: 'u1', time: '14:30', place: 'https://meet.example/abc' } });

  it('before its day: when and where, nothing to debrief or send yet', () => {
    const view = interviewPage(coming, '2026-12-06', US);
    expect(view).toMatchObject({
      label: 'Acme · Designer · December 10',
      phase: 'before',
      when: 'Thursday, December 10 at 2:30 PM · in 4 days',
      place: { text: 'https://meet.example/abc', href: 'https://meet.example/abc' },
      held: false,
      plan: [],
    });
    expect(view.email).toBeUndefined();
  });

  it('on the day: still the day to get ready, and the debrief is asked for', () => {
    expect(interviewPage(coming, '2026-12-10', US)).toMatchObject({
      phase: 'day',
      when: 'Thursday, December 10 at 2:30 PM · today',
      held: true,
    });
  });

  it('after it: the debrief, the plan’s dates and the thank-you drafted', () => {
    const view = interviewPage(coming, '2026-12-11', US);
    expect(view).toMatchObject({ phase: 'after', held: true, next: { about: 'message', message: 'thank-you' } });
    expect(view.when).toBeUndefined();
    expect(view.place).toBeUndefined();
    expect(view.plan.map((s) => s.text)).toEqual([
      'Thank-you note: due today',
      'First follow-up: Thursday, December 17',
      // Nothing is planned in the year-end quiet days, December 24 to January 1.
      'Last follow-up: Monday, January 4, 2027',
      'Move on: Monday, January 11, 2027',
    ]);
    expect(view.email?.kind).toBe('thank-you');
    expect(view.email?.email.body).toContain('Thursday, December 10');
  });

  it('once closed: no plan and no email, whatever the dates say', () => {
    const view = interviewPage(
      interview({ interviewDate: '2026-11-10' }, { events: [{ kind: 'ghosted', date: '2026-11-12' }] }),
      '2026-11-13',
      US,
    );
    expect(view).toMatchObject({ phase: 'after', plan: [], next: { about: 'outcome' } });
    expect(view.email).toBeUndefined();
  });

  it('links a place only when it is a web address', () => {
    const room = interview({ interviewDate: '2026-12-10' }, { meeting: { uid: 'u1', place: 'javascript:alert(1)' } });
    expect(interviewPage(room, '2026-12-06', US).place).toEqual({ text: 'javascript:alert(1)' });
  });
});

describe('the delete question', () => {
  it('names the interview by company and role, by its label when it has neither', () => {
    expect(deleteQuestion(interview(), '2026-12-06')).toBe(
      'Delete Acme · Designer? This removes its rounds, events and debrief from this browser.',
    );
    const unnamed = { ...interview({ interviewDate: '2026-11-10' }), company: '', role: '' };
    expect(deleteQuestion(unnamed, '2026-12-06')).toBe(
      'Delete Interview of November 10? This removes its rounds, events and debrief from this browser.',
    );
  });
});
