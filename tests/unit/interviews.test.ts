import { describe, expect, it } from 'vitest';
import { deleteRecord, interviewLabel, interviewsSchema, newInterview, saveRecord } from '../../src/lib/interviews';

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
    ['a current id that names no interview', { interviews: [record], currentId: 'zzz' }],
    ['an over-long company name', { interviews: [{ ...record, company: 'x'.repeat(500) }], currentId: null }],
    ['not a list', { interviews: 'a', currentId: null }],
  ])('rejects %s', (_, data) => {
    expect(interviewsSchema.parse(data)).toBeUndefined();
  });
});

describe('records', () => {
  it('names an interview by company, role and date', () => {
    expect(interviewLabel(record, '2026-11-20')).toBe('Acme · Designer · 10 November');
    expect(interviewLabel(newInterview('b', at))).toBe('Unnamed interview');
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
