import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { loadQuizModel } from '../../scripts/lib/quiz-files';
import Diagnose from '../../src/islands/Diagnose.svelte';
import { EMPTY_INTERVIEWS, newInterview, type InterviewRecord } from '../../src/lib/interviews';
import { interviews } from '../../src/state/interviews';

const model = loadQuizModel();
const user = userEvent.setup();

beforeEach(() => {
  localStorage.clear();
  interviews.set(EMPTY_INTERVIEWS);
});

const heading = () => screen.getByRole('heading', { level: 2 });
const next = () => user.click(screen.getByRole('button', { name: 'Next' }));

async function startWithDetails() {
  const view = render(Diagnose, { model });
  await user.click(await screen.findByRole('button', { name: 'Start a new diagnosis' }));
  await user.type(screen.getByLabelText(/Company/), 'Acme');
  await user.type(screen.getByLabelText(/Role/), 'Designer');
  await user.click(screen.getByRole('button', { name: 'Start the questions' }));
  return view;
}

describe('Diagnose', () => {
  it('asks one question at a time, with progress, and focuses each new question', async () => {
    await startWithDetails();
    expect(heading()).toHaveTextContent(model.questions[0].prompt);
    expect(heading()).toHaveFocus();
    expect(screen.getByText(`Question 1 of ${model.questions.length - 1}`)).toBeInTheDocument(); // lastFollowUp is not asked yet
    await next();
    expect(heading()).toHaveTextContent(model.questions[1].prompt);
    expect(heading()).toHaveFocus();
  });

  it('goes back, keeps the answer, and lets it change', async () => {
    await startWithDetails();
    await next(); // interview date: not sure
    await next(); // rounds: not sure
    expect(heading()).toHaveTextContent('how many people interviewed you');
    await user.click(screen.getByLabelText('One person'));
    await next();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByLabelText('One person')).toBeChecked();
    await user.click(screen.getByLabelText(/Two or more/));
    expect(interviews.get().interviews[0].answers.panel).toBe('several');
  });

  it('shows the follow-up date question only after a follow-up, and drops it when the answer changes', async () => {
    await startWithDetails();
    while (!heading().textContent?.includes('How many times have you followed up')) await next();
    await user.click(screen.getByLabelText('Once'));
    await next();
    expect(heading()).toHaveTextContent('When did you send your last follow-up?');
    await user.type(screen.getByLabelText('Date'), '2026-11-01');
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await user.click(screen.getByLabelText('Not yet'));
    expect(interviews.get().interviews[0].answers).not.toHaveProperty('lastFollowUp');
  });

  it('will not move on from a date in the future, and says why', async () => {
    await startWithDetails();
    await user.type(screen.getByLabelText('Date'), '2999-01-01');
    await next();
    expect(screen.getByRole('alert')).toHaveTextContent('after today');
    expect(heading()).toHaveTextContent(model.questions[0].prompt);
  });

  it('resumes at the same question after a remount', async () => {
    const { unmount } = await startWithDetails();
    await next();
    await next();
    const prompt = heading().textContent;
    unmount();
    render(Diagnose, { model });
    expect(await screen.findByRole('heading', { level: 2, name: prompt! })).toBeInTheDocument();
  });

  it('renders the result of a saved interview, with its reasons and what raised them', async () => {
    const record: InterviewRecord = {
      ...newInterview('saved-1', new Date('2026-11-01T10:00:00Z')),
      company: 'Acme',
      role: 'Designer',
      finished: true,
      step: 20,
      answers: { interviewDate: '2026-10-01', thankYou: 'not-sent', followUps: 2, lastFollowUp: '2026-10-20' },
    };
    interviews.set({ interviews: [record], currentId: 'saved-1' });
    render(Diagnose, { model });
    expect(await screen.findByRole('heading', { name: /What probably happened: Acme · Designer/ })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Move on' })).toBeInTheDocument();
    const reason = screen.getByRole('article', { name: 'The thank-you note was missing or thin' });
    expect(within(reason).getByText(/Did you send a thank-you note after the interview\? No/)).toBeInTheDocument();
    expect(within(reason).getByRole('link', { name: 'More on this in the guide' })).toHaveAttribute(
      'href',
      '/guides/why-no-callback/#no-thank-you',
    );
    expect(screen.getByText(/not a verdict/)).toBeInTheDocument();
  });

  it('lists saved interviews, reopens one and deletes one only after confirming', async () => {
    const make = (id: string, company: string): InterviewRecord => ({
      ...newInterview(id, new Date('2026-11-01T10:00:00Z')),
      company,
      finished: true,
      answers: { interviewDate: '2026-11-02' },
    });
    interviews.set({ interviews: [make('a', 'Acme'), make('b', 'Globex')], currentId: null });
    render(Diagnose, { model });
    const list = await screen.findByRole('list');
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    await user.click(within(list).getAllByRole('button', { name: 'Delete' })[0]);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(interviews.get().interviews).toHaveLength(2);
    await user.click(within(list).getAllByRole('button', { name: 'Delete' })[0]);
    await user.click(screen.getByRole('button', { name: 'Yes, delete' }));
    expect(interviews.get().interviews).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: /See result/ }));
    expect(await screen.findByRole('heading', { name: /What probably happened/ })).toBeInTheDocument();
  });
});
