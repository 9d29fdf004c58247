/**
 * The words people write in trackers, read as the journal's values: every listed word means what its list
 * says (so no word sits in two lists), the everyday words named in the issue map by themselves, a bare
 * "Recruiter" is asked about rather than guessed, and column names feed the right fields.
 */
import { describe, expect, it } from 'vitest';
import { CSV_FIELDS, proposeMapping, proposeValue, type CsvField } from '../../../src/lib/journal/csv';
import {
  EVENT_WORDS,
  HEADER_WORDS,
  INTERVIEW_WORDS,
  KEPT_WORDS,
  OPEN_WORDS,
  ROUND_WORDS,
  SOURCE_ASK,
  SOURCE_WORDS,
  STILL_OPEN_WORDS,
} from '../../../src/lib/journal/tracker-words';
import { EVENT_KINDS, ROUND_KINDS, SOURCES } from '../../../src/lib/interviews/journal-record';

describe('every listed word means what its list says', () => {
  it('how it came', () => {
    for (const source of SOURCES)
      for (const word of SOURCE_WORDS[source]) expect(proposeValue('source', word).choice, word).toBe(`source:${source}`);
    for (const word of SOURCE_ASK.words) expect(proposeValue('source', word), word).toMatchObject({ choice: 'unknown', keep: true });
  });

  it('kinds of round, in a round column and as where it stands', () => {
    for (const kind of ROUND_KINDS)
      for (const word of ROUND_WORDS[kind]) {
        expect(proposeValue('roundKind', word).choice, word).toBe(`round:${kind}`);
        expect(proposeValue('status', word).choice, word).toBe(`round:${kind}`);
      }
  });

  it('events, the interview itself, and still open', () => {
    for (const kind of EVENT_KINDS)
      for (const word of EVENT_WORDS[kind]) expect(proposeValue('status', word).choice, word).toBe(`event:${kind}`);
    for (const word of INTERVIEW_WORDS) expect(proposeValue('activity', word).choice, word).toBe('interview');
    for (const word of OPEN_WORDS) expect(proposeValue('status', word), word).toEqual({ choice: 'open', keep: false });
    for (const word of STILL_OPEN_WORDS) expect(proposeValue('status', word), word).toEqual({ choice: 'open', keep: true });
  });

  it('keeps the words that say more than what they map to', () => {
    for (const word of KEPT_WORDS) {
      const field = ROUND_KINDS.some((k) => ROUND_WORDS[k].includes(word)) ? 'roundKind' : 'status';
      expect(proposeValue(field, word), word).toMatchObject({ keep: true });
      expect(proposeValue(field, word).choice, word).not.toBe('unknown');
    }
  });

  it('reads no list word as unknown, in any case or spacing', () => {
    expect(proposeValue('status', 'ON-HOLD')).toEqual({ choice: 'open', keep: true });
    expect(proposeValue('roundKind', 'on site').choice).toBe('round:panel');
    expect(proposeValue('status', 'Lunch')).toEqual({ choice: 'unknown', keep: true });
  });
});

describe('the everyday words', () => {
  it.each([
    ['Referred', 'source:referral'],
    ['Referral', 'source:referral'],
    ['Cold applied', 'source:applied'],
    ['Applied online', 'source:applied'],
    ['LinkedIn', 'source:applied'],
    ['Indeed', 'source:applied'],
    ['Company website', 'source:applied'],
    ['Job board', 'source:applied'],
    ['Agency', 'source:agency-recruiter'],
    ['Headhunter', 'source:agency-recruiter'],
    ['Internal recruiter', 'source:in-house-recruiter'],
  ] as const)('how it came: %s', (word, choice) => {
    expect(proposeValue('source', word)).toEqual({ choice, keep: false });
  });

  it('asks which recruiter a bare "Recruiter" is, leaving it unknown until then', () => {
    expect(proposeValue('source', 'Recruiter')).toEqual({ choice: 'unknown', keep: true, ask: 'Recruiter: agency or in-house?' });
    expect(proposeValue('source', 'Reached out to me').ask).toBe('Reached out to me: agency or in-house?');
  });

  it.each([
    ['Offer extended', 'event:offer', false],
    ['Offer', 'event:offer', false],
    ['Accepted', 'event:offer', true],
    ['On hold', 'open', true],
    ['Waiting', 'open', true],
    ['Applied', 'open', true],
    ['Interviewing', 'open', true],
    ['Declined', 'event:rejected', true],
    ['I declined', 'event:withdrew', false],
    ['Withdrew', 'event:withdrew', false],
    ['Withdrawn', 'event:withdrew', false],
    ['Rejected', 'event:rejected', false],
    ['No response', 'event:ghosted', false],
    ['Ghosted', 'event:ghosted', false],
    ['Next round', 'event:next-round', false],
    ['Moved forward', 'event:next-round', false],
    ['Phone screen scheduled', 'round:screen', false],
    ['Interview scheduled', 'interview', false],
  ] as const)('where it stands: %s', (word, choice, keep) => {
    expect(proposeValue('status', word)).toEqual({ choice, keep });
  });

  it.each([
    ['Onsite', 'panel'],
    ['On-site', 'panel'],
    ['Panel', 'panel'],
    ['Technical', 'technical'],
    ['Coding', 'technical'],
    ['Case study', 'technical'],
    ['Phone screen', 'screen'],
    ['Recruiter screen', 'screen'],
    ['HM', 'hiring-manager'],
    ['Hiring manager', 'hiring-manager'],
    ['Final', 'final'],
    ['Final round', 'final'],
    ['Superday', 'final'],
  ])('kind of round: %s', (word, kind) => {
    expect(proposeValue('roundKind', word).choice).toBe(`round:${kind}`);
  });
});

describe('column names', () => {
  it('no name is an exact word of two fields', () => {
    const squash = (w: string) => w.toLowerCase().replace(/[^a-z0-9]/g, '');
    const owner = new Map<string, CsvField>();
    for (const field of CSV_FIELDS)
      for (const word of HEADER_WORDS[field].exact) {
        expect(owner.get(squash(word)), `${word}: ${field}`).toBeUndefined();
        owner.set(squash(word), field);
      }
  });

  it.each([
    [
      "the journal's own export",
      ['Interview ID', 'Company', 'Role', 'How it came', 'Date', 'Activity', 'Details', 'Notes'],
      { id: 0, company: 1, role: 2, source: 3, date: 4, activity: 5, details: 6, notes: 7 },
    ],
    [
      'the tracker in the issue',
      ['Company', 'Position', 'Source', 'Interview Date', 'Round', 'Status', 'Last Contact', 'Notes'],
      { company: 0, role: 1, source: 2, interviewDate: 3, roundKind: 4, status: 5, lastContact: 6, notes: 7 },
    ],
    [
      'a template with an application date, a stage and an interview type',
      ['Company Name', 'Job Title', 'Date Applied', 'Interview Type', 'Interview Date/Time', 'Stage', 'Contact details', 'Comments'],
      { company: 0, role: 1, roundKind: 3, interviewDate: 4, status: 5, notes: 7 },
    ],
    [
      'a log of activities',
      ['Company', 'Position', 'Date', 'Status', 'Interviewers'],
      { company: 0, role: 1, date: 2, status: 3, details: 4 },
    ],
  ])('%s', (_, headers, mapping) => {
    expect(proposeMapping(headers)).toEqual(mapping);
  });
});
