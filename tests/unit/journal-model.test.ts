/**
 * The journal's part of a saved interview: old data migrates with an empty journal, bad journal fields are
 * refused on read, and 500 interviews with every journal field full still fit in a browser's storage.
 */
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/lib/dates';
import { DETAIL_MAX, interviewsSchema, MAX_INTERVIEWS, newInterview, type InterviewRecord } from '../../src/lib/interviews';
import { EVENT_KINDS, JOURNAL_LIMITS, ROUND_KINDS } from '../../src/lib/journal-model';
import { decodeValue, encodeValue } from '../../src/lib/storage-codec';
import { STORAGE_LIMIT_CHARS } from '../../src/lib/storage-keys';

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
  // Every text at its limit, in characters that JSON stores as one character each (an accent or an emoji
  // counts the same in localStorage's UTF-16 tally, and quotes or backslashes are rare in a debrief).
  const text = (n: number, seed: string) => seed.repeat(Math.ceil(n / seed.length)).slice(0, n);
  const fullRecord = (i: number): InterviewRecord => ({
    ...newInterview(`00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, at),
    company: text(DETAIL_MAX, 'Company '),
    role: text(DETAIL_MAX, 'Role '),
    interviewer: text(DETAIL_MAX, 'Name '),
    detail: text(DETAIL_MAX, 'Detail '),
    // Every answer the quiz can give, at its longest.
    answers: {
      interviewDate: '2026-11-10',
      promisedBy: '2026-11-20',
      thankYou: 'not-sent',
      followUps: 2,
      lastFollowUp: '2026-11-19',
      recruiter: 'in-house',
      rounds: 10,
      panel: 'several',
      contactConfirmed: 'yes',
      praise: 'told-did-well',
      slate: 'early',
      concern: 'unanswered',
      tone: 'pushed-change',
      fit: 'partial',
      seniority: 'above',
      tailored: 'yes',
      availability: 'mismatch',
      references: 'not-briefed',
      onlineCheck: 'unchecked',
      internalSignals: 'yes',
      companySignals: ['freeze', 'layoffs', 'reorg', 'leadership', 'reposted'],
    },
    step: 1000,
    finished: true,
    source: 'in-house-recruiter',
    rounds: Array.from({ length: JOURNAL_LIMITS.rounds }, (_, r) => ({
      id: `r${String(r).padStart(7, '0')}`,
      date: addDays('2026-10-01', r * 3),
      kind: ROUND_KINDS[r % ROUND_KINDS.length],
      interviewers: Array.from({ length: JOURNAL_LIMITS.interviewers }, () => text(JOURNAL_LIMITS.interviewer, 'Interviewer ')),
    })),
    events: Array.from({ length: JOURNAL_LIMITS.events }, (_, e) => ({
      kind: EVENT_KINDS[e % EVENT_KINDS.length],
      date: addDays('2026-10-01', e),
      note: text(JOURNAL_LIMITS.note, 'Note '),
    })),
    debrief: {
      questions: Array.from({ length: JOURNAL_LIMITS.questions }, () => text(JOURNAL_LIMITS.item, 'Question ')),
      wentBest: text(JOURNAL_LIMITS.text, 'Best '),
      fumbled: text(JOURNAL_LIMITS.text, 'Fumbled '),
      concerns: Array.from({ length: JOURNAL_LIMITS.concerns }, () => text(JOURNAL_LIMITS.item, 'Concern ')),
      salary: text(JOURNAL_LIMITS.short, 'Salary '),
      nextStep: text(JOURNAL_LIMITS.short, 'Next '),
      confidence: 10,
      study: text(JOURNAL_LIMITS.text, 'Study '),
    },
  });

  it('fit in the storage a browser keeps for the site, with room for the rest', () => {
    const state = { interviews: Array.from({ length: MAX_INTERVIEWS }, (_, i) => fullRecord(i)), currentId: null };
    // Each record is one the site would keep.
    expect(interviewsSchema.parse(state)).toEqual(state);
    const size = 'callback:interviews'.length + encodeValue(interviewsSchema, state).length;
    // Checklists, guides read and the theme take a few kilobytes; a set-aside copy is not planned for.
    expect(size).toBeLessThan(STORAGE_LIMIT_CHARS * 0.9);
  });
});
