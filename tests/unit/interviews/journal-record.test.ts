/**
 * The journal's part of a saved interview: old data migrates with an empty journal, bad journal fields are
 * refused on read, and 500 interviews with every journal field full still fit in a browser's storage.
 */
import { describe, expect, it } from 'vitest';
import { fullJournal } from '../../../scripts/lib/full-journal';
import { interviewsSchema, MAX_INTERVIEWS, newInterview, type InterviewRecord } from '../../../src/lib/interviews/interviews';
import { JOURNAL_LIMITS } from '../../../src/lib/interviews/journal-record';
import { decodeValue, encodeValue } from '../../../src/lib/storage/storage-codec';
import { STORAGE_LIMIT_CHARS } from '../../../src/lib/storage/storage-keys';

const at = new Date('2026-11-20T09:00:00Z');
const record = { ...newInterview('a', at), company: 'Acme', answers: { interviewDate: '2026-11-10' } };

describe('saved interviews from version 2', () => {
  it('migrate with an empty journal, everything else kept', () => {
    const { source: _s, rounds: _r, events: _e, debrief: _d, ...v2 } = record;
    const decoded = decodeValue(interviewsSchema, JSON.stringify({ v: 2, data: { interviews: [v2], currentId: 'a' } }));
    expect(decoded).toEqual({ ok: true, migrated: true, value: { interviews: [record], currentId: 'a' } });
  });
});

describe('reading the journal', () => {
  const round = { id: 'r1', date: '2026-11-10', kind: 'screen', interviewers: ['Ana'] };
  it('accepts a full journal', () => {
    const full = {
      ...record,
      source: 'referral',
      rounds: [round],
      events: [
        { kind: 'thank-you-sent', date: '2026-11-10' },
        { kind: 'reply', date: '2026-11-12', note: 'Call Monday' },
      ],
      debrief: { questions: ['Why us?'], confidence: 7, concerns: ['travel'] },
      notes: 'Status: On hold',
      meeting: { uid: 'k3j9x0', time: '14:30', place: 'https://meet.example.com/abc' },
    };
    expect(interviewsSchema.parse({ interviews: [full], currentId: null })).toEqual({ interviews: [full], currentId: null });
  });
  it.each([
    ['an unknown source', { source: 'friend' }],
    ['a round of an unknown kind', { rounds: [{ ...round, kind: 'lunch' }] }],
    ['two rounds with one id', { rounds: [round, round] }],
    ['a round without a date', { rounds: [{ ...round, date: '' }] }],
    [
      'two follow-ups on one day',
      {
        events: [
          { kind: 'follow-up-sent', date: '2026-11-17' },
          { kind: 'follow-up-sent', date: '2026-11-17' },
        ],
      },
    ],
    ['an event of an unknown kind', { events: [{ kind: 'lunch', date: '2026-11-17' }] }],
    ['a confidence of 11', { debrief: { confidence: 11 } }],
    ['a debrief field it does not know', { debrief: { mood: 'fine' } }],
    ['too many questions', { debrief: { questions: Array(JOURNAL_LIMITS.questions + 1).fill('Why?') } }],
    ['notes over their limit', { notes: 'x'.repeat(JOURNAL_LIMITS.notes + 1) }],
    ['a meeting without an invite', { meeting: { time: '10:30' } }],
    ['a meeting at 25:00', { meeting: { uid: 'abc', time: '25:00' } }],
    ['a meeting place over its limit', { meeting: { uid: 'abc', place: 'x'.repeat(JOURNAL_LIMITS.place + 1) } }],
    ['a note over its limit', { events: [{ kind: 'reply', date: '2026-11-17', note: 'x'.repeat(JOURNAL_LIMITS.note + 1) }] }],
  ])('refuses %s (the record alone is set aside)', (_, change) => {
    const bad = { ...record, id: 'b', ...change };
    const decoded = decodeValue(
      interviewsSchema,
      encodeValue(interviewsSchema, { interviews: [record, bad as InterviewRecord], currentId: null }),
    );
    expect(decoded).toMatchObject({ ok: true, value: { interviews: [record] }, rejected: { interviews: [bad] } });
  });
});

describe('the size of 500 interviews with full journals', () => {
  it('fit in the storage a browser keeps for the site, with room for the rest', () => {
    const state = fullJournal(MAX_INTERVIEWS);
    // Each record is one the site would keep.
    expect(interviewsSchema.parse(state)).toEqual(state);
    const size = 'callback:interviews'.length + encodeValue(interviewsSchema, state).length;
    // Checklists, guides read and the theme take a few kilobytes; a set-aside copy is not planned for.
    expect(size).toBeLessThan(STORAGE_LIMIT_CHARS * 0.9);
  });
});
