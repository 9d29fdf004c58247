/**
 * The practice page's island in jsdom: which interview and kind it opens on, the refusal past the limit of
 * expected questions (said, and the box left unticked), your own question's problems, and the deck loading
 * only once there is a card, with its "no story yet" link.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { addDays, localToday } from '../../../src/lib/core/dates';
import Practice from '../../../src/islands/prep/Practice.svelte';
import type { PageQuestion } from '../../../src/lib/prep/practice-view';
import { defaultRound, expectList, expectedLine, shortList, SHORT_LIST } from '../../../src/lib/prep/practice-view';
import fc from 'fast-check';
import { EMPTY_INTERVIEWS, newInterview, type InterviewRecord } from '../../../src/lib/interviews/interviews';
import { EMPTY_PRACTICE, PRACTICE_LIMITS, type Expectation } from '../../../src/lib/prep/practice';
import { EMPTY_STORIES } from '../../../src/lib/prep/stories';
import { interviews } from '../../../src/state/interviews';
import { practice } from '../../../src/state/practice-actions';
import { stories } from '../../../src/state/stories-actions';

const user = userEvent.setup();
const lesson = { title: 'In the room', href: '/guides/in-the-room/' };
// More screen questions than may be expected for one interview, and one for a panel.
const bank: PageQuestion[] = [
  ...Array.from({ length: PRACTICE_LIMITS.expected + 1 }, (_, i) => ({
    id: `screen-${i}`,
    text: `Screen question ${i}?`,
    why: 'What the interviewer is checking with it.',
    round: ['screen' as const],
    competencies: [],
    lesson,
  })),
  { id: 'panel-0', text: 'Panel question?', why: 'What a panel checks with it.', round: ['panel'], competencies: [], lesson },
];
const record = (id: string, fields: Partial<InterviewRecord> = {}): InterviewRecord => ({ ...newInterview(id, new Date()), ...fields });
const acme = record('acme', {
  company: 'Acme',
  role: 'Designer',
  rounds: [{ id: 'r', date: '2026-01-10', kind: 'panel', interviewers: [] }],
});

beforeEach(() => {
  localStorage.clear();
  interviews.set(EMPTY_INTERVIEWS);
  practice.set(EMPTY_PRACTICE);
  stories.set(EMPTY_STORIES);
});

describe('what to expect, worked out', () => {
  const expectation = (round: Expectation['round'], expected: string[] = []): Expectation => ({
    interviewId: 'acme',
    round,
    expected,
    asked: [],
    fumbled: [],
    stories: [],
  });

  it('prepares for the kind chosen before, else the latest round’s, else a screen', () => {
    expect(defaultRound(acme, expectation('final'))).toBe('final');
    expect(defaultRound(acme, undefined)).toBe('panel');
    expect(defaultRound(record('x'), undefined)).toBe('screen');
  });

  it('shows the first questions of a long list, and never hides one ticked or your own', () => {
    const item = fc.record({ expected: fc.boolean(), own: fc.boolean() });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 60 }), (items) => {
        const { shown, hidden } = shortList(items);
        expect(shown.length + hidden).toBe(items.length);
        expect(shown.slice(0, SHORT_LIST)).toEqual(items.slice(0, SHORT_LIST));
        for (const it of items) if (it.expected || it.own) expect(shown).toContain(it);
        if (items.length <= SHORT_LIST) expect(hidden).toBe(0);
      }),
    );
  });

  it('puts the questions most asked in a kind of round before those it shares with other kinds', () => {
    const shared = { ...bank[0], id: 'panel-first', round: ['panel' as const, 'screen' as const] };
    const items = expectList([shared, ...bank], [], undefined, 'screen');
    expect(items.at(-1)?.id).toBe('panel-first');
    expect(items[0].id).toBe('screen-0');
  });

  it('lists the kind’s questions, then your own for it, then any expected from another kind', () => {
    const own = [{ id: 'own-1', text: 'Mine?', round: ['screen' as const] }];
    const items = expectList(bank, own, expectation('screen', ['panel-0', 'screen-1']), 'screen');
    expect(items.map((i) => i.id)).toEqual([...bank.slice(0, -1).map((q) => q.id), 'own-1', 'panel-0']);
    expect(items.filter((i) => i.expected).map((i) => i.id)).toEqual(['screen-1', 'panel-0']);
    expect(expectedLine(1, 'Acme')).toBe('1 question expected for Acme');
    expect(expectedLine(0, 'Acme')).toBe('No questions expected for Acme');
  });
});

describe('the practice island', () => {
  it('opens on the interview’s latest kind of round, and refuses a question past the limit, saying why', async () => {
    interviews.set({ interviews: [acme], currentId: null });
    render(Practice, { bank });
    expect(await screen.findByRole('radio', { name: 'Panel' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Screen' }));
    expect(practice.get().expectations[0].round).toBe('screen');

    const group = screen.getByRole('group', { name: /Which of these do you expect/ });
    // The most asked first; the rest behind one button, which hands focus to the first it reveals.
    expect(within(group).getAllByRole('checkbox')).toHaveLength(SHORT_LIST);
    await user.click(within(group).getByRole('button', { name: `Show ${bank.length - 1 - SHORT_LIST} more screen questions` }));
    const boxes = within(group).getAllByRole('checkbox');
    expect(boxes).toHaveLength(bank.length - 1);
    expect(boxes[SHORT_LIST]).toHaveFocus();
    for (const box of boxes.slice(0, PRACTICE_LIMITS.expected)) await user.click(box);
    expect(screen.getByText('20 questions expected for Acme · Designer')).toBeInTheDocument();
    await user.click(boxes[PRACTICE_LIMITS.expected]);
    expect(screen.getByRole('alert')).toHaveTextContent(/At most 20 expected questions/);
    expect(boxes[PRACTICE_LIMITS.expected]).not.toBeChecked();
    expect(practice.get().expectations[0].expected).toHaveLength(PRACTICE_LIMITS.expected);
  });

  it('opens on the interview its address names (an interview page links here so)', async () => {
    const birch = { ...newInterview('birch', new Date()), company: 'Birch', answers: {} };
    interviews.set({ interviews: [acme, birch], currentId: null });
    history.replaceState(null, '', '/practice/?interview=birch');
    try {
      render(Practice, { bank });
      expect(await screen.findByRole('combobox', { name: 'Interview' })).toHaveDisplayValue('Birch');
    } finally {
      history.replaceState(null, '', '/');
    }
  });

  it('says what is wrong with your own question, and adds a good one', async () => {
    interviews.set({ interviews: [acme], currentId: null });
    render(Practice, { bank });
    const field = await screen.findByLabelText('Add your own question');
    await user.click(screen.getByRole('button', { name: 'Add question' }));
    expect(screen.getByText('Write the question first.')).toHaveClass('problem');
    await user.type(field, 'Why panel?{Enter}');
    expect(screen.getByText('Added, and ticked as expected.')).toBeInTheDocument();
    expect(practice.get().own.map((q) => [q.text, q.round])).toEqual([['Why panel?', ['panel']]]);
  });

  it('loads the deck once a debrief makes a card, and points to the story bank when it is empty', async () => {
    interviews.set({ interviews: [{ ...acme, debrief: { questions: ['Why now?'] } }], currentId: null });
    // Surprises count for interviews prepared here (expected questions picked): the loop's cards come from those.
    practice.set({
      ...EMPTY_PRACTICE,
      expectations: [{ interviewId: 'acme', round: 'panel', expected: [], asked: [], fumbled: [], stories: [] }],
    });
    render(Practice, { bank });
    // The deck is a dynamic import: the first one in a test run takes a while to transform.
    expect(await screen.findByText('1 due today', {}, { timeout: 4000 })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Why now?' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'write a few stories' })).toHaveAttribute('href', '/stories/');
    expect(screen.getAllByRole('button', { name: /back on/ }).map((b) => b.textContent?.split(' · ')[0].trim())).toEqual([
      'Again',
      'Good',
      'Easy',
    ]);
  });

  it('with no interviews, adds the one coming up right here, and opens on it', async () => {
    const user = userEvent.setup();
    render(Practice, { bank });
    const company = await screen.findByRole('textbox', { name: 'Company' });
    // Shown with the page, the form does not take the focus.
    expect(company).not.toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Cancel' })).not.toBeInTheDocument();
    expect(screen.getByText(/No cards to practice yet/)).toBeInTheDocument();
    await user.type(company, 'Brightwell');
    await user.type(screen.getByLabelText('Interview date'), addDays(localToday(), 10));
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(await screen.findByRole('combobox', { name: 'Interview' })).toHaveDisplayValue(/Brightwell/);
  });
});
