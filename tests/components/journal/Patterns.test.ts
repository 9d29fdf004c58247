/**
 * The journal's patterns as a person with a handful of interviews reads them: what keeps happening in counts,
 * with what counts cannot show, the funnel as before, no "too few" and no percentage of six; an interview
 * still ahead changes nothing on screen.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import Patterns from '../../../src/islands/journal/Patterns.svelte';
import { newInterview, type InterviewRecord } from '../../../src/lib/interviews/interviews';
import type { JournalEvent } from '../../../src/lib/interviews/journal-record';
import { EMPTY_PRACTICE } from '../../../src/lib/prep/practice';
import { practice } from '../../../src/state/practice-actions';

const today = '2026-12-31';
let n = 0;
/** As a quick add enters them: a company, a date and how it ended. */
const quick = (company: string, date: string, kind?: JournalEvent['kind']): InterviewRecord => ({
  ...newInterview(`i${n++}`, new Date()),
  company,
  answers: { interviewDate: date },
  events: kind ? [{ kind, date }] : [],
});
const six = [
  quick('Acme', '2026-10-02', 'ghosted'),
  quick('Birch', '2026-10-09', 'ghosted'),
  quick('Cedar', '2026-10-20', 'ghosted'),
  quick('Delta', '2026-11-03', 'ghosted'),
  quick('Elm', '2026-11-17', 'ghosted'),
  quick('Fig', '2026-12-01', 'rejected'),
];

beforeEach(() => {
  localStorage.clear();
  practice.set(EMPTY_PRACTICE);
});

const region = () => screen.getByRole('region', { name: 'Patterns' });

describe('six interviews, five of which went quiet', () => {
  it('says what keeps happening in a count, and what a count cannot show, with no "too few" anywhere', () => {
    render(Patterns, { records: six, today, lessons: {} });
    const facts = screen.getByRole('list', { name: 'What keeps happening' });
    expect(
      within(facts)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['5 of 6 went quiet after the interview.']);
    expect(region()).toHaveTextContent('These counts say what happened to you, not why; over 6 interviews, chance can look like a cause.');
    expect(region()).not.toHaveTextContent(/too few/i);
  });

  it('keeps the funnel with its table, a percentage only from five interviews', () => {
    render(Patterns, { records: six, today, lessons: {} });
    const rows = within(screen.getByRole('table', { name: 'The funnel in numbers' }))
      .getAllByRole('row')
      .slice(1);
    expect(rows.map((r) => r.textContent)).toEqual(['Interviewed6—', 'Invited further00 of 6 (0%)', 'Offer00 of 0']);
  });

  it('shows no percentage anywhere with four', () => {
    render(Patterns, { records: six.slice(0, 4), today, lessons: {} });
    expect(screen.getByRole('list', { name: 'What keeps happening' })).toHaveTextContent('4 of 4 went quiet after the interview.');
    expect(region()).not.toHaveTextContent('%');
    expect(region()).not.toHaveTextContent(/too few/i);
  });

  it('changes nothing for interviews still ahead', () => {
    const { container: before } = render(Patterns, { records: six, today, lessons: {} });
    const shown = before.textContent;
    before.remove();
    const ahead = [quick('Gum', '2027-01-12'), quick('Hazel', '2027-02-01')];
    const { container: after } = render(Patterns, { records: [...six, ...ahead], today, lessons: {} });
    expect(after.textContent).toBe(shown);
  });
});

describe('before anything recurs', () => {
  it('says what the section will show, with no interview held (one still ahead is not)', () => {
    render(Patterns, { records: [quick('Gum', '2027-01-12')], today, lessons: {} });
    expect(region()).toHaveTextContent('Once you have held an interview, this shows what keeps happening');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('says nothing can recur yet with two held', () => {
    render(Patterns, { records: six.slice(0, 2), today, lessons: {} });
    expect(region()).toHaveTextContent('With 2 interviews held, nothing can recur yet: what keeps happening shows here from 3.');
    expect(screen.queryByRole('list', { name: 'What keeps happening' })).not.toBeInTheDocument();
  });
});
