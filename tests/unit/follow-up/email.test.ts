import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { composeEmail, EMAIL_KINDS, mailtoHref, templateEmail, type Arranger } from '../../../src/lib/follow-up/email';

const details = { company: 'Acme', role: 'Product designer', interviewer: 'Ms Chen', detail: 'the onboarding redesign' };
const timing = { interviewDate: '2026-11-10', lastFollowUp: '2026-11-18', thankYou: 'sent' as const };
// The hiring manager arranged it: every message goes to the person met.
const context = { timing, today: '2026-11-25', arrangedBy: 'hiring-manager' as const };

describe('composeEmail', () => {
  it.each(EMAIL_KINDS)('%s: filled with what the person entered', (kind) => {
    const { subject, body } = composeEmail(kind, details, context);
    expect(subject).toContain('Product designer');
    expect(body).toMatch(/^Dear Ms Chen,/);
    expect(body).toContain('Acme');
    expect(body).not.toMatch(/\[(Company|Role|Interviewer)/);
  });

  it('names the day of the interview and the previous note', () => {
    expect(composeEmail('follow-up', details, context).body).toContain('following our conversation on Tuesday, November 10');
    expect(composeEmail('final-follow-up', details, context).body).toContain('following my note of Wednesday, November 18');
    expect(composeEmail('thank-you', details, context).body).toContain('I especially enjoyed talking about the onboarding redesign');
  });

  it('opens with the promised date once it has passed', () => {
    const { body } = composeEmail('follow-up', details, { ...context, timing: { ...timing, promisedBy: '2026-11-20' } });
    expect(body).toContain('a decision on the Product designer role was expected by Friday, November 20');
  });

  it('says "thank you again" only when a thank-you went out, and thanks for the first time otherwise', () => {
    expect(composeEmail('follow-up', details, context).body).toContain('Thank you again');
    const { body } = composeEmail('follow-up', details, { ...context, timing: { ...timing, thankYou: 'not-sent' } });
    expect(body).not.toMatch(/again/i);
    expect(body).toContain('Thank you for the time you gave me on Tuesday, November 10');
  });

  it('writes to the agency recruiter, not the interviewer, when an agency arranged the interview', () => {
    const { body, to } = composeEmail('follow-up', details, { ...context, arrangedBy: 'agency' });
    expect(body).toMatch(/^Dear \[Recruiter’s name\],/);
    expect(body).toContain('my interview with Ms Chen at Acme on Tuesday, November 10');
    expect(to).toBe('The agency recruiter who arranged the interview');
  });

  it('follows up with an in-house recruiter, not the interviewer, and still thanks the interviewer', () => {
    const inHouse = { ...context, arrangedBy: 'in-house' as const };
    const followUp = composeEmail('follow-up', details, inHouse);
    expect(followUp.body).toMatch(/^Dear \[Recruiter’s name\],/);
    expect(followUp.body).not.toContain('Dear Ms Chen');
    expect(followUp.to).toBe('The company recruiter who arranged the interview');
    const thanks = composeEmail('thank-you', details, inHouse);
    expect(thanks.body).toMatch(/^Dear Ms Chen,/);
    expect(thanks.to).toMatch(/^The people you met/);
  });

  it('thanks the people met and follows up with whoever arranged the interview, for every arranger', () => {
    const arrangers = fc.constantFrom<Arranger | undefined>('agency', 'in-house', 'hiring-manager', undefined);
    fc.assert(
      fc.property(arrangers, fc.constantFrom(...EMAIL_KINDS), (arrangedBy, kind) => {
        const { body, to } = composeEmail(kind, details, { ...context, arrangedBy });
        const greeting = /^Dear ([^,]+),/.exec(body)![1];
        if (kind === 'thank-you' || arrangedBy === 'hiring-manager') expect(greeting).toBe('Ms Chen');
        else expect(greeting).toMatch(/^\[(Recruiter’s name|Name of whoever arranged the interview)\]$/);
        // The "who to write to" line names the same person the greeting does.
        if (kind === 'thank-you') expect(to).toMatch(/people you met/);
        else if (arrangedBy === 'agency' || arrangedBy === 'in-house') expect(to).toMatch(/recruiter who arranged/);
        else if (arrangedBy === 'hiring-manager') expect(to).toMatch(/hiring manager/);
        else expect(to).toMatch(/^Whoever arranged the interview/);
      }),
    );
  });

  it('leaves clear placeholders for anything unknown', () => {
    const { subject, body } = composeEmail('follow-up', { company: '  ' }, { timing: {}, today: '2026-11-25' });
    expect(subject).toBe('Checking in: [Role] interview');
    // Nobody said who arranged it: the greeting asks for that person's name.
    expect(body).toContain('Dear [Name of whoever arranged the interview],');
    expect(body).toContain('the [Role] role at [Company]');
    expect(body).toContain('[on the day you met]');
  });
});

describe('mailtoHref', () => {
  it('opens a new message with exactly the subject and the body, lines and pluses kept, spaces never as "+"', () => {
    fc.assert(
      fc.property(fc.option(fc.string({ minLength: 1 }), { nil: undefined }), fc.string(), (subject, body) => {
        const href = mailtoHref({ subject, body });
        expect(href.startsWith('mailto:?')).toBe(true);
        // A mail app decodes %20 and the rest of percent-encoding, and reads "+" as itself.
        const fields = Object.fromEntries(
          href
            .slice('mailto:?'.length)
            .split('&')
            .map((pair) => pair.split('=').map(decodeURIComponent)),
        );
        expect(fields).toEqual(subject === undefined ? { body } : { subject, body });
      }),
    );
  });

  it('carries a drafted email whole', () => {
    const email = composeEmail('thank-you', details, context);
    expect(mailtoHref(email)).toContain(encodeURIComponent('Best regards,\n[Your name]'));
  });
});

describe('templateEmail', () => {
  it.each(EMAIL_KINDS)('%s: the diagnostic’s draft with nothing filled in, for a person who sent a thank-you', (kind) => {
    const template = templateEmail(kind, '2026-11-25');
    expect(template).toEqual(composeEmail(kind, {}, { timing: { thankYou: 'sent' }, today: '2026-11-25' }));
    expect(template.subject).toContain('[Role]');
    // As the guides say: a thank-you to the people met, a follow-up to whoever arranged the interview.
    expect(template.body).toMatch(
      kind === 'thank-you' ? /^Dear \[Interviewer’s name\],/ : /^Dear \[Name of whoever arranged the interview\],/,
    );
  });
});
