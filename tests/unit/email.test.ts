import { describe, expect, it } from 'vitest';
import { composeEmail, emailForStatus, EMAIL_KINDS } from '../../src/lib/email';

const details = { company: 'Acme', role: 'Product designer', interviewer: 'Ms Chen', detail: 'the onboarding redesign' };
const dates = { interviewDate: '2026-11-10', lastFollowUp: '2026-11-18', today: '2026-11-25' };

describe('composeEmail', () => {
  it.each(EMAIL_KINDS)('%s: filled with what the person entered', (kind) => {
    const { subject, body } = composeEmail(kind, details, dates);
    expect(subject).toContain('Product designer');
    expect(body).toMatch(/^Dear Ms Chen,/);
    expect(body).toContain('Acme');
    expect(body).not.toMatch(/\[(Company|Role|Interviewer)/);
  });

  it('names the day of the interview and the previous note', () => {
    expect(composeEmail('follow-up', details, dates).body).toContain('We met on Tuesday 10 November');
    expect(composeEmail('final-follow-up', details, dates).body).toContain('following my note of Wednesday 18 November');
    expect(composeEmail('thank-you', details, dates).body).toContain('our conversation about the onboarding redesign');
  });

  it('leaves clear placeholders for anything unknown', () => {
    const { subject, body } = composeEmail('follow-up', { company: '  ' }, { today: '2026-11-25' });
    expect(subject).toBe('Checking in: [Role] interview');
    expect(body).toContain('Dear [Interviewer’s name],');
    expect(body).toContain('the [Role] role at [Company]');
    expect(body).toContain('[on the day you met]');
  });
});

describe('emailForStatus', () => {
  it.each([
    ['send-thank-you', 'thank-you'],
    ['wait', 'follow-up'],
    ['follow-up', 'follow-up'],
    ['final-follow-up', 'final-follow-up'],
    ['move-on', undefined],
  ])('%s → %s', (status, kind) => {
    expect(emailForStatus(status)).toBe(kind);
  });
});
