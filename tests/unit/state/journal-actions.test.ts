// @vitest-environment jsdom
/** The journal's writes: stored on the interview, field by field, with the rules' reasons when refused. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_INTERVIEWS, newInterview } from '../../../src/lib/interviews/interviews';
import { interviews } from '../../../src/state/interviews';
import { calendar } from '../../../src/state/calendar';
import { US } from '../../fixtures/calendars.ts';
import {
  addRound,
  closeAsGhosted,
  markFollowUpSent,
  quickAdd,
  recordEvent,
  setDebrief,
  setNotes,
  setSource,
} from '../../../src/state/journal-actions';

const record = () => interviews.get().interviews[0];
const stored = () => JSON.parse(localStorage.getItem('callback:interviews')!).data.interviews[0];

beforeEach(() => {
  localStorage.clear();
  interviews.set({
    interviews: [{ ...newInterview('a', new Date('2026-11-10T09:00:00Z')), answers: { interviewDate: '2026-11-10' } }],
    currentId: null,
  });
});

describe('journal actions', () => {
  it('"Mark as sent" records the message due and moves the plan on, once the working calendar is there', () => {
    calendar.set(undefined);
    expect(markFollowUpSent('a', '2026-11-11')).toEqual({ problem: 'The plan is still loading: try again in a moment.' });
    expect(record().answers.thankYou).toBeUndefined();
    calendar.set(US);
    expect(markFollowUpSent('a', '2026-11-11')).toEqual({ sent: 'thank-you' });
    expect(record().answers.thankYou).toBe('sent');
    expect(stored().events).toEqual([{ kind: 'thank-you-sent', date: '2026-11-11' }]);
    expect(markFollowUpSent('a', '2026-11-12')).toEqual({ problem: 'No message is due today.' });
  });

  it('records events, the debrief, a round and how it came', () => {
    setSource('a', 'referral');
    expect(recordEvent('a', { kind: 'reply', date: '2026-11-12', note: 'Next week' }, '2026-11-20')).toBeUndefined();
    expect(setDebrief('a', { concerns: ['travel'], nextStepDate: '2026-11-25' }, '2026-11-20')).toBeUndefined();
    expect(addRound('a', { date: '2026-11-10', kind: 'screen', interviewers: ['Ana'] }, '2026-11-20')).toBeUndefined();
    expect(stored()).toMatchObject({
      source: 'referral',
      events: [{ kind: 'reply', date: '2026-11-12', note: 'Next week' }],
      debrief: { concerns: ['travel'] },
      answers: { interviewDate: '2026-11-10', promisedBy: '2026-11-25' },
      rounds: [{ date: '2026-11-10', kind: 'screen', interviewers: ['Ana'] }],
    });
  });

  it('closes as ghosted, and says why it cannot on an interview that is gone', () => {
    expect(closeAsGhosted('a', '2026-12-10', 'No reply')).toBeUndefined();
    expect(record().events).toEqual([{ kind: 'ghosted', date: '2026-12-10', note: 'No reply' }]);
    expect(closeAsGhosted('a', '2026-12-10')).toEqual({ problem: 'This interview is already closed.' });
    expect(recordEvent('gone', { kind: 'reply', date: '2026-11-12' }, '2026-11-20')).toMatchObject({
      problem: expect.stringContaining('no longer saved'),
    });
  });

  it('quick add stores the whole row in one write: the interview, named and dated, its ending on its date', () => {
    const writes: unknown[] = [];
    const stop = interviews.listen((state) => writes.push(state));
    const added = quickAdd({ company: 'Birch', interviewDate: '2026-11-20', ending: 'rejected' }, '2026-12-06');
    stop();
    expect(added).toEqual({ id: expect.any(String), label: 'Birch · November 20' });
    expect(writes).toHaveLength(1);
    const saved = JSON.parse(localStorage.getItem('callback:interviews')!).data.interviews;
    expect(saved.find((r: { company: string }) => r.company === 'Birch')).toMatchObject({
      answers: { interviewDate: '2026-11-20' },
      events: [{ kind: 'rejected', date: '2026-11-20' }],
    });
  });

  it('quick add changes nothing when refused, and says so at the count limit', () => {
    const before = localStorage.getItem('callback:interviews');
    expect(quickAdd({ company: '', interviewDate: '', ending: 'none' }, '2026-12-06')).toMatchObject({
      problems: [{ field: 'company' }, { field: 'interviewDate' }],
    });
    expect(localStorage.getItem('callback:interviews')).toBe(before);
    const full = Array.from({ length: MAX_INTERVIEWS }, (_, i) => newInterview(`f${i}`, new Date()));
    interviews.set({ interviews: full, currentId: null });
    expect(quickAdd({ company: 'Cedar', interviewDate: '2026-11-20', ending: 'none' }, '2026-12-06')).toEqual({
      problems: [{ problem: expect.stringContaining(`${MAX_INTERVIEWS} saved interviews`) }],
    });
  });

  it('keeps the notes as typed, and an empty text removes them', () => {
    setNotes('a', 'Ask for Dana at the front desk');
    expect(stored().notes).toBe('Ask for Dana at the front desk');
    setNotes('a', '');
    expect(stored()).not.toHaveProperty('notes');
  });
});

describe('a claim only after a read-back', () => {
  // The browser refuses the interviews' key as a full storage does; the page keeps them in memory.
  const refuse = () =>
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key: string) {
      if (key === 'callback:interviews') throw new DOMException('full', 'QuotaExceededError');
    });
  afterEach(() => vi.restoreAllMocks());

  it('says what was not kept and why, instead of nothing (the "Saved." and "Recorded" cue)', () => {
    refuse();
    const notSaved = { problem: expect.stringMatching(/^Not saved: this browser's storage for the site is full/) };
    expect(setDebrief('a', { wentBest: 'The system design answer' }, '2026-11-11')).toEqual(notSaved);
    expect(setNotes('a', 'Ask for Dana')).toEqual(notSaved);
    expect(recordEvent('a', { kind: 'reply', date: '2026-11-11' }, '2026-11-11')).toEqual(notSaved);
    calendar.set(US);
    expect(markFollowUpSent('a', '2026-11-11')).toEqual(notSaved);
    expect(quickAdd({ company: 'Initech', interviewDate: '2026-11-02', ending: 'none' }, '2026-11-11')).toEqual({ problems: [notSaved] });
  });

  it('says nothing against a write the browser kept', () => {
    expect(setNotes('a', 'Ask for Dana')).toBeUndefined();
    expect(stored().notes).toBe('Ask for Dana');
  });
});
