// @vitest-environment jsdom
/** The planner's dates and details: saved on the interview, under the diagnostic's date rules. */
import { beforeEach, describe, expect, it } from 'vitest';
import { newInterview } from '../../../src/lib/interviews/interviews';
import { interviews } from '../../../src/state/interviews';
import { setPlanDate, setPlanDetails } from '../../../src/state/plan-actions';

const today = '2026-11-20';
const record = () => interviews.get().interviews[0];

beforeEach(() => {
  localStorage.clear();
  interviews.set({
    interviews: [{ ...newInterview('a', new Date('2026-11-18T09:00:00Z')), answers: { thankYou: 'sent' } }],
    currentId: null,
  });
});

describe('setPlanDate', () => {
  it('saves a valid date beside the other answers and stamps the interview', () => {
    expect(setPlanDate('a', 'interviewDate', '2026-11-16', today)).toBeUndefined();
    expect(record().answers).toEqual({ thankYou: 'sent', interviewDate: '2026-11-16' });
    expect(record().updatedAt).not.toBe(record().createdAt);
    expect(setPlanDate('a', 'promisedBy', '2026-11-27', today)).toBeUndefined();
    expect(JSON.parse(localStorage.getItem('callback:interviews')!).data.interviews[0].answers.promisedBy).toBe('2026-11-27');
  });

  it.each([
    ['an interview date more than a year ahead', 'interviewDate', '2027-11-21'],
    ['an interview date over a year back', 'interviewDate', '2025-11-01'],
  ] as const)('refuses %s and saves nothing', (_, key, value) => {
    const problem = setPlanDate('a', key, value, today);
    expect(problem).toMatchObject({ field: key, problem: expect.any(String) });
    expect(record().answers).toEqual({ thankYou: 'sent' });
  });

  it('refuses a promised date before the interview', () => {
    setPlanDate('a', 'interviewDate', '2026-11-16', today);
    expect(setPlanDate('a', 'promisedBy', '2026-11-10', today)).toMatchObject({ field: 'promisedBy' });
    expect(record().answers.promisedBy).toBeUndefined();
  });

  it('clears a promised date, but keeps an interview date once there is one', () => {
    setPlanDate('a', 'interviewDate', '2026-11-16', today);
    setPlanDate('a', 'promisedBy', '2026-11-27', today);
    expect(setPlanDate('a', 'promisedBy', '', today)).toBeUndefined();
    expect(record().answers.promisedBy).toBeUndefined();
    expect(setPlanDate('a', 'interviewDate', '', today)).toMatchObject({ field: 'interviewDate' });
    expect(record().answers.interviewDate).toBe('2026-11-16');
  });

  it('lets a plan without an interview date stay without one', () => {
    expect(setPlanDate('a', 'interviewDate', '', today)).toBeUndefined();
  });

  it('does nothing for an interview that no longer exists', () => {
    expect(setPlanDate('gone', 'interviewDate', '2026-11-16', today)).toBeUndefined();
    expect(interviews.get().interviews).toHaveLength(1);
  });
});

describe('setPlanDetails', () => {
  it('saves the details that fill the emails', () => {
    setPlanDetails('a', { company: 'Acme', interviewer: 'Ms. Ortiz' });
    expect(record()).toMatchObject({ company: 'Acme', interviewer: 'Ms. Ortiz', role: '' });
  });
});
