/**
 * What adding a calendar invite does to the journal: a new interview that the list shows as upcoming, the
 * same invite again changing nothing, a rescheduled one moving its round, a next round added to an interview
 * already there, the limits, a canceled invite taking its meeting off; and, over generated invites, that
 * importing any of them twice gives what importing them once gave.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/lib/core/dates';
import {
  EMPTY_INTERVIEWS,
  MAX_INTERVIEWS,
  newInterview,
  type InterviewRecord,
  type InterviewsState,
} from '../../../src/lib/interviews/interviews';
import { ROUND_KINDS, type RoundKind } from '../../../src/lib/interviews/journal-record';
import { readInvite, type InviteEvent } from '../../../src/lib/journal/invite';
import { cancelInvite, firstChoice, inviteMatch, mergeInvite, sameCompany, type InviteChoice } from '../../../src/lib/journal/invite-merge';
import { nextInterview } from '../../../src/lib/journal/journal';
import { standing } from '../../../src/lib/journal/view';
import { US } from '../../fixtures/calendars.ts';

const TODAY = '2026-12-06';
const NOW = new Date('2026-12-06T15:00:00Z');
const DIR = join(import.meta.dirname, '../../fixtures/invites');
let ids = 0;
const newId = () => `interview-${++ids}`;

async function read(name: string): Promise<InviteEvent> {
  const result = await readInvite(new Uint8Array(readFileSync(join(DIR, name))), { today: TODAY, zone: 'America/New_York' });
  if (!result.ok) throw new Error(result.problem);
  return result.event;
}

/** Adds `event` as the preview first proposes (or with `change`), and returns the new state. */
function add(state: InterviewsState, event: InviteEvent, change: Partial<InviteChoice> = {}): InterviewsState {
  const merge = mergeInvite(state, event, { ...firstChoice(state, event), ...change }, TODAY, NOW, newId);
  if ('problem' in merge) throw new Error(merge.problem);
  return merge.state;
}

const record = (id: string, fields: Partial<InterviewRecord>): InterviewRecord => ({ ...newInterview(id, NOW), ...fields });

describe('a new interview from an invite', () => {
  it('has the names, the date as its round and interview date, the time, place and organizer, and shows as upcoming', async () => {
    const google = await read('google.ics');
    const state = add(EMPTY_INTERVIEWS, google, { role: 'Product Designer' });
    expect(state.interviews).toHaveLength(1);
    const [added] = state.interviews;
    expect(added).toMatchObject({
      company: 'Acme',
      role: 'Product Designer',
      interviewer: 'Maya Chen',
      answers: { interviewDate: '2026-12-10' },
      rounds: [{ id: google.uid, date: '2026-12-10', kind: 'screen', interviewers: [] }],
      meeting: { uid: google.uid, time: '14:30', place: 'https://meet.google.com/abc-defg-hij' },
    });
    expect(nextInterview(added, TODAY)).toBe('2026-12-10');
    expect(standing(added, TODAY, US).text).toBe('Thursday, December 10 · in 4 days');
  });

  it('says what it did', async () => {
    const google = await read('google.ics');
    const merge = mergeInvite(EMPTY_INTERVIEWS, google, { ...firstChoice(EMPTY_INTERVIEWS, google), role: 'Designer' }, TODAY, NOW, newId);
    expect('text' in merge && merge.text).toBe(
      'Added “Acme · Designer · December 10” to your journal: its screen round is Thursday, December 10 · in 4 days, at 2:30 PM.',
    );
  });

  it('an invite for an interview already held (within the year) is added the same way', async () => {
    const past = { ...(await read('apple.ics')), date: addDays(TODAY, -20), uid: 'past' };
    const merge = mergeInvite(EMPTY_INTERVIEWS, past, firstChoice(EMPTY_INTERVIEWS, past), TODAY, NOW, newId);
    if ('problem' in merge) throw new Error(merge.problem);
    expect(merge.text).toBe(
      'Added “Initech · Backend Engineer · November 16” to your journal: its technical round was Monday, November 16 at 4:30 AM.',
    );
    const [added] = merge.state.interviews;
    expect(added.answers.interviewDate).toBe(addDays(TODAY, -20));
    expect(added.rounds).toEqual([{ id: 'past', date: addDays(TODAY, -20), kind: 'technical', interviewers: [] }]);
    expect(nextInterview(added, TODAY)).toBeUndefined();
  });

  it('is refused at the count limit, with the limit’s own words', async () => {
    const full: InterviewsState = { currentId: null, interviews: Array.from({ length: MAX_INTERVIEWS }, (_, i) => record(`r${i}`, {})) };
    const google = await read('google.ics');
    expect(mergeInvite(full, google, firstChoice(full, google), TODAY, NOW)).toEqual({
      problem: `You have ${MAX_INTERVIEWS} saved interviews, the most this browser keeps. Delete one you no longer need to add another.`,
    });
  });
});

describe('the same invite again', () => {
  it('imported twice is one interview, and the second time changes nothing', async () => {
    const google = await read('google.ics');
    const once = add(EMPTY_INTERVIEWS, google);
    const again = mergeInvite(once, google, firstChoice(once, google), TODAY, NOW, newId);
    expect(again).toMatchObject({
      state: once,
      changed: false,
      text: '“Acme · December 10” already has this invite as it is: nothing changed.',
    });
  });

  it('rescheduled, it moves its round and time on the same interview; the names the person edited stay', async () => {
    const google = await read('google.ics');
    const once = add(EMPTY_INTERVIEWS, google);
    const edited: InterviewsState = { ...once, interviews: [{ ...once.interviews[0], company: 'Acme Robotics', role: 'Staff Designer' }] };
    const moved = { ...google, date: '2026-12-17', time: '11:00' };
    expect(firstChoice(edited, moved)).toMatchObject({
      target: { to: 'update' },
      company: 'Acme Robotics',
      role: 'Staff Designer',
      kind: 'screen',
    });
    const merge = mergeInvite(edited, moved, firstChoice(edited, moved), TODAY, NOW, newId);
    if ('problem' in merge) throw new Error(merge.problem);
    expect(merge.state.interviews).toHaveLength(1);
    expect(merge.state.interviews[0]).toMatchObject({
      company: 'Acme Robotics',
      role: 'Staff Designer',
      answers: { interviewDate: '2026-12-17' },
      rounds: [{ id: google.uid, date: '2026-12-17', kind: 'screen' }],
      meeting: { uid: google.uid, time: '11:00' },
    });
    // Only what changed is written, so another tab's edit of the names meanwhile is not undone.
    expect(Object.keys(merge.patch!).sort()).toEqual(['answer:interviewDate', 'meeting', 'rounds']);
    expect(merge.text).toBe(
      'Updated “Acme Robotics · Staff Designer · December 17”: its screen round is Thursday, December 17 · in 11 days, at 11:00 AM.',
    );
  });

  it('moved earlier, its interview date moves back with it', async () => {
    const google = await read('google.ics');
    const state = add(add(EMPTY_INTERVIEWS, google), { ...google, date: '2026-12-08' });
    expect(state.interviews[0].answers.interviewDate).toBe('2026-12-08');
  });
});

describe('the next round of an interview already there', () => {
  const acme = record('acme', {
    company: 'Acme, Inc.',
    role: 'Designer',
    interviewer: 'Ana Ruiz',
    answers: { interviewDate: '2026-11-20', thankYou: 'sent' },
    rounds: [{ id: 'r1', date: '2026-11-20', kind: 'screen', interviewers: ['Ana Ruiz'] }],
    events: [{ kind: 'thank-you-sent', date: '2026-11-20' }],
  });
  const state: InterviewsState = { currentId: null, interviews: [acme, record('globex', { company: 'Globex' })] };

  it('is offered for the interviews with that company, by name whatever its legal form', async () => {
    const google = await read('google.ics');
    expect(sameCompany(state, google.company).map((r) => r.id)).toEqual(['acme']);
    expect(sameCompany(state, 'ACME')).toHaveLength(1);
    expect(sameCompany(state, 'Initech')).toEqual([]);
    expect(firstChoice(state, google)).toMatchObject({ target: { to: 'new' } });
    expect(firstChoice(state, google, { to: 'round', id: 'acme' })).toEqual({
      target: { to: 'round', id: 'acme' },
      company: 'Acme, Inc.',
      role: 'Designer',
      kind: 'hiring-manager',
    });
  });

  it('adds a round on the invite’s date, moves the interview date and the plan on, and keeps the interviewer', async () => {
    const google = await read('google.ics');
    const next = add(state, google, firstChoice(state, google, { to: 'round', id: 'acme' }));
    expect(next.interviews).toHaveLength(2);
    const updated = next.interviews.find((r) => r.id === 'acme')!;
    expect(updated).toMatchObject({
      company: 'Acme, Inc.',
      interviewer: 'Ana Ruiz',
      answers: { interviewDate: '2026-12-10' },
      rounds: [{ id: 'r1' }, { id: google.uid, date: '2026-12-10', kind: 'hiring-manager' }],
      meeting: { uid: google.uid, time: '14:30' },
    });
    // A thank-you for the screen is not one for this round.
    expect(updated.answers.thankYou).toBeUndefined();
    // The same invite again now updates that interview.
    expect(inviteMatch(next, google.uid)?.id).toBe('acme');
  });

  it('an earlier invite does not take the place of the meeting ahead', async () => {
    const google = await read('google.ics');
    const next = add(state, google, { target: { to: 'round', id: 'acme' } });
    const earlier = { ...google, uid: 'earlier', date: '2026-11-27', time: '09:00' };
    const after = add(next, earlier, { target: { to: 'round', id: 'acme' }, kind: 'technical' });
    const updated = after.interviews.find((r) => r.id === 'acme')!;
    expect(updated.meeting?.uid).toBe(google.uid);
    expect(updated.rounds.map((r) => r.date)).toEqual(['2026-11-20', '2026-11-27', '2026-12-10']);
  });

  it('is refused past the rounds limit', async () => {
    const google = await read('google.ics');
    const busy = record('busy', {
      company: 'Acme',
      rounds: Array.from({ length: 8 }, (_, i) => ({
        id: `b${i}`,
        date: addDays('2026-10-01', i),
        kind: 'screen' as const,
        interviewers: [],
      })),
    });
    const merge = mergeInvite(
      { currentId: null, interviews: [busy] },
      google,
      { ...firstChoice(EMPTY_INTERVIEWS, google), target: { to: 'round', id: 'busy' } },
      TODAY,
      NOW,
    );
    expect(merge).toEqual({ problem: 'Nothing was added. An interview keeps at most 8 rounds.' });
  });

  it('is refused when that interview is gone meanwhile', async () => {
    const google = await read('google.ics');
    expect(
      mergeInvite(EMPTY_INTERVIEWS, google, { ...firstChoice(EMPTY_INTERVIEWS, google), target: { to: 'round', id: 'acme' } }, TODAY, NOW),
    ).toEqual({
      problem: 'That interview is no longer saved (deleted here or in another tab). Choose another, or add a new one.',
    });
  });
});

describe('a canceled invite', () => {
  it('takes its meeting off the interview it made, with a note, and puts the interview date back', async () => {
    const google = await read('google.ics');
    const added = add(EMPTY_INTERVIEWS, google);
    const merge = cancelInvite(added, await read('canceled.ics'), TODAY, NOW);
    if ('problem' in merge) throw new Error(merge.problem);
    const [after] = merge.state.interviews;
    expect(after.rounds).toEqual([]);
    expect(after.meeting).toBeUndefined();
    expect(after.answers.interviewDate).toBeUndefined();
    expect(after.notes).toBe('Canceled: the meeting of Thursday, December 10.');
    expect(standing(after, TODAY, US).text).toBe('No interview date yet');
    expect(merge.text).toBe('Marked the meeting of Thursday, December 10 as canceled: it is off “Acme”.');
  });

  it('back to the round held before it, when there is one', async () => {
    const google = await read('google.ics');
    const held = record('acme', {
      company: 'Acme',
      answers: { interviewDate: '2026-11-20' },
      rounds: [{ id: 'r1', date: '2026-11-20', kind: 'screen', interviewers: [] }],
    });
    const added = add({ currentId: null, interviews: [held] }, google, { target: { to: 'round', id: 'acme' } });
    const merge = cancelInvite(added, await read('canceled.ics'), TODAY, NOW);
    if ('problem' in merge) throw new Error(merge.problem);
    expect(merge.state.interviews[0]).toMatchObject({ answers: { interviewDate: '2026-11-20' }, rounds: [{ id: 'r1' }] });
  });

  it('that no interview came from changes nothing, and says so', async () => {
    expect(cancelInvite(EMPTY_INTERVIEWS, await read('canceled.ics'), TODAY, NOW)).toEqual({
      problem: 'This invite was canceled, and no interview in your journal came from it: there is nothing to add or change.',
    });
  });
});

describe('importing any invites twice gives what importing them once gave', () => {
  const invite: fc.Arbitrary<InviteEvent> = fc.record({
    uid: fc.constantFrom('u1', 'u2', 'u3', 'u4'),
    title: fc.constant(''),
    company: fc.constantFrom('Acme', 'Globex', ''),
    role: fc.constantFrom('Designer', ''),
    kind: fc.constantFrom<RoundKind | undefined>(undefined, ...ROUND_KINDS),
    date: fc.integer({ min: -300, max: 300 }).map((n) => addDays(TODAY, n)),
    time: fc.constantFrom(undefined, '09:00', '14:30'),
    place: fc.constantFrom(undefined, 'Room 4'),
    contact: fc.constantFrom(undefined, 'Maya Chen'),
    canceled: fc.constant(false),
  });

  it('whatever the order, reschedules included', () => {
    fc.assert(
      fc.property(fc.array(invite, { maxLength: 8 }), (invites) => {
        const importAll = (state: InterviewsState) => invites.reduce((s, event) => add(s, event), state);
        const once = importAll(EMPTY_INTERVIEWS);
        expect(importAll(once)).toEqual(once);
        // One interview per invite.
        expect(once.interviews).toHaveLength(new Set(invites.map((i) => i.uid)).size);
      }),
      { numRuns: 300 },
    );
  });
});
