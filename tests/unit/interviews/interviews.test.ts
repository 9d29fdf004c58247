import { describe, expect, it } from 'vitest';
import { loadQuizModel } from '../../../scripts/lib/quiz-files';
import { deleteRecord, interviewLabel, interviewsSchema, newInterview, saveRecord } from '../../../src/lib/interviews/interviews';
import { hasResult } from '../../../src/lib/diagnostic/quiz-flow';
import { decodeValue } from '../../../src/lib/storage/storage-codec';

const model = loadQuizModel();

const at = new Date('2026-11-20T09:00:00Z');
const record = { ...newInterview('a', at), company: 'Acme', role: 'Designer', answers: { interviewDate: '2026-11-10' } };

describe('interviewsSchema', () => {
  it('accepts what the site saves', () => {
    const state = { interviews: [record], currentId: 'a' };
    expect(interviewsSchema.parse(JSON.parse(JSON.stringify(state)))).toEqual(state);
  });
  it.each([
    ['a record without answers', { interviews: [{ ...record, answers: undefined }], currentId: null }],
    ['an answer of the wrong type', { interviews: [{ ...record, answers: { x: { y: 1 } } }], currentId: null }],
    ['an over-long company name', { interviews: [{ ...record, company: 'x'.repeat(500) }], currentId: null }],
    ['not a list', { interviews: 'a', currentId: null }],
  ])('rejects %s', (_, data) => {
    expect(interviewsSchema.parse(data)).toBeUndefined();
  });
});

describe('records', () => {
  it('names an interview by company, role and date', () => {
    expect(interviewLabel(record, '2026-11-20')).toBe('Acme · Designer · November 10');
    expect(interviewLabel(newInterview('b', at))).toBe('Unnamed interview');
    expect(interviewLabel({ ...record, company: ' ', role: '' }, '2026-11-20')).toBe('Interview of November 10');
    expect(interviewLabel({ ...record, answers: {} })).toBe('Acme · Designer');
  });
  it('saves (adding or replacing) and deletes', () => {
    const later = new Date('2026-11-21T09:00:00Z');
    let state = saveRecord({ interviews: [], currentId: null }, record, at);
    state = saveRecord(state, { ...record, role: 'Lead designer' }, later);
    expect(state.interviews).toHaveLength(1);
    expect(state.interviews[0]).toMatchObject({ role: 'Lead designer', updatedAt: later.toISOString() });
    expect(deleteRecord({ ...state, currentId: 'a' }, 'a')).toEqual({ interviews: [], currentId: null });
  });
});

describe('stored interviews from version 1', () => {
  it('migrate: a finished one keeps its result, an unfinished one restarts at the first question with its answers', () => {
    const v1 = {
      v: 1,
      data: {
        currentId: 'a',
        interviews: [
          { ...record, id: 'a', step: 7, finished: true },
          { ...record, id: 'b', step: 4, finished: false, answers: { interviewDate: '2026-11-10', thankYou: 'sent' } },
        ],
      },
    };
    const decoded = decodeValue(interviewsSchema, JSON.stringify(v1));
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.migrated).toBe(true);
    const [a, b] = decoded.value.interviews;
    expect(a.finished).toBe(true);
    expect(hasResult(model, a.answers, a.step)).toBe(true);
    expect(b).toMatchObject({ step: 0, finished: false, answers: { interviewDate: '2026-11-10', thankYou: 'sent' } });
    expect(decoded.value.currentId).toBe('a');
  });
});
