/**
 * Interviews with every field at its limit, journal included: what 500 of them take in storage
 * (tests/unit/interviews/journal-record.test.ts) and how fast the journal renders them (npm run bench).
 */
import { addDays } from '../../src/lib/core/dates.ts';
import { DETAIL_MAX, newInterview, type InterviewRecord, type InterviewsState } from '../../src/lib/interviews/interviews.ts';
import { EVENT_KINDS, JOURNAL_LIMITS, ROUND_KINDS } from '../../src/lib/interviews/journal-record.ts';

const AT = new Date('2026-11-20T09:00:00Z');

// Every text at its limit, in characters that JSON stores as one character each (an accent or an emoji
// counts the same in localStorage's UTF-16 tally, and quotes or backslashes are rare in a debrief).
const text = (n: number, seed: string) => seed.repeat(Math.ceil(n / seed.length)).slice(0, n);
const fullRecord = (i: number): InterviewRecord => ({
  ...newInterview(`00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, AT),
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
  notes: text(JOURNAL_LIMITS.notes, 'Notes '),
  // The longest digest an invite's UID gives (interviews/journal-record.ts allows 16 characters).
  meeting: { uid: text(16, 'u'), time: '10:30', place: text(JOURNAL_LIMITS.place, 'Place ') },
});

/** `count` full interviews, as the store holds them. */
export const fullJournal = (count: number): InterviewsState => ({
  interviews: Array.from({ length: count }, (_, i) => fullRecord(i)),
  currentId: null,
});
