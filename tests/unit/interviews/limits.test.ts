/**
 * The limits of saved interviews, on read (one bad record is set aside alone) and on import (repaired,
 * with a note for every change), as properties over generated records and as examples.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadQuizModel } from '../../../scripts/lib/quiz-files';
import { checklistsSchema, MARKS } from '../../../src/lib/checklists/checklists';
import { checkInterviews } from '../../../src/lib/data/import-check';
import {
  addProblem,
  DETAIL_MAX,
  interviewsSchema,
  MAX_INTERVIEWS,
  newInterview,
  type InterviewRecord,
  type InterviewsState,
} from '../../../src/lib/interviews/interviews';
import { decodeValue, encodeValue } from '../../../src/lib/storage/storage-codec';

const model = loadQuizModel();
const at = new Date('2026-11-20T09:00:00Z');
const good = (id: string, extra: Partial<InterviewRecord> = {}): InterviewRecord => ({
  ...newInterview(id, at),
  company: `Company ${id}`,
  answers: { interviewDate: '2026-11-10' },
  ...extra,
});
const stored = (interviews: unknown[], currentId: string | null = null) =>
  JSON.stringify({ v: interviewsSchema.version, data: { interviews, currentId } });

/** A record broken in one of the ways an old version, a hand edit or another tool could break it. */
const broken = fc.oneof(
  fc.constant('not a record'),
  fc.constant(null),
  fc.string({ minLength: DETAIL_MAX + 1, maxLength: DETAIL_MAX + 5 }).map((company) => good('long', { company })),
  fc.constant({ ...good('no-answers'), answers: [] }),
  fc.constant(good('huge-answer', { answers: { interviewDate: 'x'.repeat(900_000) } })),
  fc.constant({ ...good('no-step'), step: -1 }),
);
/** Records as stored: good ones (some sharing an id) and broken ones, in any order. */
const records = fc.array(
  fc.oneof(
    fc.integer({ min: 0, max: 30 }).map((n) => ({ ok: true as const, record: good(`id-${n}`) })),
    broken.map((record) => ({ ok: false as const, record })),
  ),
  { maxLength: 40 },
);

describe('reading saved interviews', () => {
  it('keeps every good record and sets aside only the others, none lost', () => {
    fc.assert(
      fc.property(records, (items) => {
        const decoded = decodeValue(interviewsSchema, stored(items.map((i) => i.record)));
        expect(decoded.ok).toBe(true);
        if (!decoded.ok) return;
        const seen = new Set<string>();
        const expected = items.filter((i) => i.ok && !seen.has(i.record.id) && seen.add(i.record.id)).map((i) => i.record);
        expect(decoded.value.interviews).toEqual(expected);
        const rejected = (decoded.rejected as InterviewsState | undefined)?.interviews ?? [];
        expect(decoded.value.interviews.length + rejected.length).toBe(items.length);
        // What is kept is readable on its own: the next read keeps all of it.
        expect(interviewsSchema.parse(decoded.value)).toEqual(decoded.value);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the first interviews up to the limit and sets aside the rest', () => {
    const all = Array.from({ length: MAX_INTERVIEWS + 2 }, (_, i) => good(`n${i}`));
    const decoded = decodeValue(interviewsSchema, stored(all, `n${MAX_INTERVIEWS + 1}`));
    expect(decoded).toMatchObject({ ok: true, rejected: { interviews: all.slice(MAX_INTERVIEWS) } });
    if (decoded.ok) expect(decoded.value).toEqual({ interviews: all.slice(0, MAX_INTERVIEWS), currentId: null });
  });

  it('sets nothing aside when every record is good', () => {
    const decoded = decodeValue(interviewsSchema, encodeValue(interviewsSchema, { interviews: [good('a')], currentId: 'a' }));
    expect(decoded).toEqual({ ok: true, value: { interviews: [good('a')], currentId: 'a' }, migrated: false });
  });
});

describe('the count limit on write', () => {
  it('allows an addition exactly up to the limit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_INTERVIEWS }), fc.integer({ min: 1, max: 2 * MAX_INTERVIEWS }), (have, adding) => {
        const state = { interviews: Array.from({ length: have }, (_, i) => good(`n${i}`)), currentId: null };
        const problem = addProblem(state, adding);
        expect(problem === undefined).toBe(have + adding <= MAX_INTERVIEWS);
        if (problem) expect(problem).toContain(String(MAX_INTERVIEWS));
      }),
      { numRuns: 200 },
    );
  });
});

describe('checking an import for sense', () => {
  let next = 0;
  const makeId = () => `new-${next++}`;
  const check = (interviews: unknown[], currentId: unknown = null) =>
    checkInterviews({ interviews, currentId }, { model, now: at, makeId });

  it('whatever the file holds, gives interviews that store as they are, with unique ids', () => {
    const item = fc.oneof(
      fc.anything(),
      fc.record({
        id: fc.oneof(fc.constantFrom('a', 'b', 'c'), fc.anything()),
        company: fc.oneof(fc.string({ maxLength: 300 }), fc.anything()),
        answers: fc.oneof(fc.dictionary(fc.constantFrom('interviewDate', 'thankYou', 'nope'), fc.anything()), fc.anything()),
        step: fc.anything(),
      }),
    );
    fc.assert(
      fc.property(fc.array(item, { maxLength: 12 }), (items) => {
        const checked = check(items);
        expect(checked).toBeDefined();
        const value = checked!.value;
        expect(interviewsSchema.parse(JSON.parse(JSON.stringify(value)))).toEqual(value);
        expect(new Set(value.interviews.map((r) => r.id)).size).toBe(value.interviews.length);
      }),
      { numRuns: 300 },
    );
  });

  it('stores a step of -0 as 0, the way JSON will write it', () => {
    const checked = check([{ ...good('z'), step: -0 }])!;
    expect(Object.is(checked.value.interviews[0].step, 0)).toBe(true);
  });

  it('gives a duplicate id a new one, and says so', () => {
    const checked = check([good('a'), good('a', { company: 'Other' })])!;
    expect(checked.value.interviews.map((r) => r.id)).toEqual(['a', 'new-' + (next - 1)]);
    expect(checked.notes).toEqual(['1 interview without an id of its own will get a new one.']);
  });

  it('leaves out answers the questions cannot use, naming them', () => {
    const checked = check([good('a', { answers: { interviewDate: 'garbage', thankYou: 'sent', nope: 1 } })])!;
    expect(checked.value.interviews[0]!.answers).toEqual({ thankYou: 'sent' });
    expect(checked.notes.join(' ')).toMatch(/Company a: interviewDate \(expected a date.*\), nope \(unknown question\)/);
  });

  it('keeps dates that only today rules out: an interview from years ago stays whole', () => {
    const checked = check([good('a', { answers: { interviewDate: '2019-03-04' } })])!;
    expect(checked.value.interviews[0]!.answers).toEqual({ interviewDate: '2019-03-04' });
    expect(checked.notes).toEqual([]);
  });

  it('cuts text over its limit and keeps no more than the count limit', () => {
    const many = Array.from({ length: MAX_INTERVIEWS + 1 }, (_, i) =>
      good(`n${i}`, i === 0 ? { company: 'x'.repeat(DETAIL_MAX + 50) } : {}),
    );
    const checked = check(many)!;
    expect(checked.value.interviews).toHaveLength(MAX_INTERVIEWS);
    expect(checked.value.interviews[0]!.company).toHaveLength(DETAIL_MAX);
    expect(checked.notes).toEqual([
      expect.stringMatching(/^Text longer than 200 characters will be cut in x+/),
      `Only the first ${MAX_INTERVIEWS} of the file's ${MAX_INTERVIEWS + 1} interviews will be kept: that is the most this browser keeps.`,
    ]);
  });

  it('leaves out what is not an interview, and refuses what is not a list of them', () => {
    expect(check(['junk', 3, good('a')])).toMatchObject({
      value: { interviews: [good('a')] },
      notes: ['2 items that are not an interview will be left out.'],
    });
    expect(checkInterviews({ interviews: 'a' })).toBeUndefined();
    expect(checkInterviews(null)).toBeUndefined();
  });
});

describe('reading checklist ticks', () => {
  const sheet = fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), fc.constantFrom(...MARKS), { maxKeys: 5 });
  const badSheet = fc.oneof(fc.constant('junk'), fc.constant({ item: 'maybe' }), fc.constant([]));
  it('keeps every good sheet and sets aside only the damaged ones', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.string({ minLength: 1, maxLength: 6 }),
          fc.oneof(
            sheet.map((m) => ({ ok: true, m })),
            badSheet.map((m) => ({ ok: false, m })),
          ),
        ),
        (sheets) => {
          const marks = Object.fromEntries(Object.entries(sheets).map(([k, v]) => [k, v.m]));
          const text = JSON.stringify({ v: 1, data: { marks, upcoming: { name: 'Acme', date: '' }, plannerId: null } });
          const decoded = decodeValue(checklistsSchema, text);
          expect(decoded.ok).toBe(true);
          if (!decoded.ok) return;
          const good = Object.entries(sheets).filter(([, v]) => v.ok);
          expect(Object.keys(decoded.value.marks).sort()).toEqual(good.map(([k]) => k).sort());
          expect(decoded.value.upcoming.name).toBe('Acme');
          const rejected = Object.keys((decoded.rejected as { marks?: object } | undefined)?.marks ?? {});
          expect(rejected.length + good.length).toBe(Object.keys(sheets).length);
        },
      ),
      { numRuns: 300 },
    );
  });
});
