import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { flushSync } from 'svelte';
import Checklist from '../../../src/islands/checklists/Checklist.svelte';
import DaySheet from '../../../src/islands/checklists/DaySheet.svelte';
import PlannerChecklist from '../../../src/islands/checklists/PlannerChecklist.svelte';
import { checklistSchema, type Checklist as ChecklistData } from '../../../src/lib/checklists/checklist-schema';
import { checklistItems, checklistTasks, EMPTY_CHECKLISTS } from '../../../src/lib/checklists/checklists';
import { checklists } from '../../../src/state/checklists-actions';
import { addDays, localToday } from '../../../src/lib/core/dates';
import { newInterview } from '../../../src/lib/interviews/interviews';
import { EMPTY_PRACTICE } from '../../../src/lib/prep/practice';
import { EMPTY_STORIES } from '../../../src/lib/prep/stories';
import { interviews } from '../../../src/state/interviews';
import { practice } from '../../../src/state/practice-actions';
import { stories } from '../../../src/state/stories-actions';

const load = (id: string) =>
  checklistSchema.parse(yaml.load(readFileSync(join(import.meta.dirname, `../../../content/checklists/${id}.yaml`), 'utf8')));
const user = userEvent.setup();

/** The static list as ChecklistView.astro renders it: what the island finds and enhances. */
function staticList(id: string, list: ChecklistData) {
  const root = document.createElement('div');
  root.dataset.checklist = id;
  root.innerHTML = checklistItems(list)
    .map((item) =>
      item.note
        ? `<li data-item="${item.id}" id="item-${item.id}"><p>${item.text}</p></li>`
        : list.kind === 'tick'
          ? `<li data-item="${item.id}"><input type="checkbox" id="item-${item.id}"><label for="item-${item.id}">${item.text}</label><p data-due hidden></p></li>`
          : `<li data-item="${item.id}"><fieldset><legend>${item.text}</legend>${['done', 'needs-work', 'n-a']
              .map((v) => `<label><input type="radio" name="item-${item.id}" value="${v}">${v}</label>`)
              .join('')}</fieldset></li>`,
    )
    .join('');
  document.body.append(root);
  return root;
}

beforeEach(() => {
  document.body.innerHTML = '';
  localStorage.clear();
  checklists.set(EMPTY_CHECKLISTS);
});

describe('Checklist island', () => {
  const pre = load('pre-interview');
  const first = checklistTasks(pre)[0];
  const total = checklistTasks(pre).length;

  async function setup() {
    staticList('pre-interview', pre);
    render(DaySheet, { id: 'pre-interview', checklist: pre });
    await screen.findByText(`0 of ${total} done`);
  }

  it('saves a tick and an untick, and counts them', async () => {
    await setup();
    await user.click(screen.getByLabelText(first.text));
    expect(screen.getByText(`1 of ${total} done`)).toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem('callback:checklists')!).data.marks['pre-interview']).toEqual({ [first.id]: 'done' });
    await user.click(screen.getByLabelText(first.text));
    expect(checklists.get().marks['pre-interview']).toEqual({});
  });

  it('shows saved ticks when it mounts (after a reload)', async () => {
    checklists.set({ ...EMPTY_CHECKLISTS, marks: { 'pre-interview': { [first.id]: 'done' } } });
    staticList('pre-interview', pre);
    render(DaySheet, { id: 'pre-interview', checklist: pre });
    await screen.findByText(`1 of ${total} done`);
    expect(screen.getByLabelText(first.text)).toBeChecked();
  });

  it('keeps ticks saved before the list grew: old ids stay ticked, new items start unticked, a tick on a mindset that became a note is ignored', async () => {
    // As saved by the first published list, which had no notes and fewer items.
    const saved = { 'company-basics': 'done', 'map-examples': 'done', courtesy: 'done' } as const;
    checklists.set({ ...EMPTY_CHECKLISTS, marks: { 'pre-interview': saved } });
    staticList('pre-interview', pre);
    render(DaySheet, { id: 'pre-interview', checklist: pre });
    await screen.findByText(`2 of ${total} done`);
    const ticked = [...document.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].filter((i) => i.checked);
    expect(ticked.map((i) => i.closest<HTMLElement>('[data-item]')!.dataset.item).sort()).toEqual(['company-basics', 'map-examples']);
    expect(checklistItems(pre).find((i) => i.id === 'courtesy')?.note).toBe(true);
  });

  it('adds the prep for the interview coming next: expected questions, the best-matching stories, last time’s note', async () => {
    const today = localToday();
    const bank = [
      {
        id: 'conflict-q',
        text: 'Tell me about a disagreement with a colleague.',
        round: ['hiring-manager' as const],
        competencies: ['conflict' as const],
      },
      { id: 'why-role', text: 'Why this role?', round: ['screen' as const], competencies: [] },
    ];
    const past = {
      ...newInterview('past', new Date('2026-01-05T10:00:00Z')),
      company: 'Beta',
      debrief: { study: 'Open with the numbers' },
    };
    const next = {
      ...newInterview('next', new Date()),
      company: 'Acme',
      rounds: [{ id: 'r1', date: addDays(today, 2), kind: 'hiring-manager' as const, interviewers: [] }],
    };
    interviews.set({ interviews: [past, next], currentId: null });
    stories.set({
      stories: [
        { id: 'a', title: 'Shipped the redesign', competencies: ['proud-result'], measure: 'signups up 12%' },
        { id: 'b', title: 'The release dispute', competencies: ['conflict'] },
      ],
    });
    practice.set({
      ...EMPTY_PRACTICE,
      expectations: [{ interviewId: 'next', round: 'hiring-manager', expected: ['conflict-q'], asked: [], fumbled: [], stories: [] }],
    });
    staticList('pre-interview', pre);
    // The sheet fetches the bank with its prep part, as the built site serves it (/practice/bank.json).
    const realFetch = globalThis.fetch;
    const served = vi
      .spyOn(globalThis, 'fetch')
      .mockImplementation(async (input, init) =>
        String(input).endsWith('/practice/bank.json') ? new Response(JSON.stringify(bank)) : realFetch(input, init),
      );
    render(DaySheet, { id: 'pre-interview', checklist: pre });
    const prep = await screen.findByRole('region', { name: /Your prep for Acme/ });
    expect(prep).toHaveTextContent('Tell me about a disagreement with a colleague.');
    expect(prep).not.toHaveTextContent('Why this role?');
    // The conflict story matches the expected question, so it comes first.
    expect([...prep.querySelectorAll('ul li')].map((li) => li.textContent)).toEqual([
      'The release dispute',
      'Shipped the redesign: signups up 12%',
    ]);
    expect(prep).toHaveTextContent('Last time you said next time you would: Open with the numbers');
    expect(served).toHaveBeenCalledWith('/practice/bank.json');
    served.mockRestore();
    interviews.set({ interviews: [], currentId: null });
    stories.set(EMPTY_STORIES);
    practice.set(EMPTY_PRACTICE);
  });

  it('resets only after confirming', async () => {
    await setup();
    await user.click(screen.getByLabelText(first.text));
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByLabelText(first.text)).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    await user.click(screen.getByRole('button', { name: 'Yes, clear' }));
    expect(screen.getByLabelText(first.text)).not.toBeChecked();
    expect(checklists.get().marks).toEqual({});
  });

  it('follows a change made in another tab', async () => {
    await setup();
    const value = JSON.stringify({ v: 1, data: { ...EMPTY_CHECKLISTS, marks: { 'pre-interview': { [first.id]: 'done' } } } });
    localStorage.setItem('callback:checklists', value);
    window.dispatchEvent(new StorageEvent('storage', { key: 'callback:checklists', newValue: value, storageArea: localStorage }));
    flushSync();
    expect(screen.getByLabelText(first.text)).toBeChecked();
  });

  it('counts only what there is to do: a note has nothing to tick and is not in the total', async () => {
    const post = load('post-interview');
    const note = checklistItems(post).find((i) => i.note)!;
    staticList('post-interview', post);
    render(PlannerChecklist, { id: 'post-interview', checklist: post });
    await screen.findByText(`0 of ${checklistTasks(post).length} done`);
    expect(document.querySelector(`[data-item="${note.id}"] input`)).toBeNull();
    // The planner's island brings the picker; a plain list's has none.
    expect(screen.getByLabelText('Interview')).toBeInTheDocument();
    document.body.innerHTML = '';
    staticList('post-interview', post);
    render(Checklist, { id: 'post-interview', checklist: post });
    await screen.findAllByText(`0 of ${checklistTasks(post).length} done`);
    expect(screen.queryByLabelText('Interview')).toBeNull();
  });

  it('puts the interview it is for on the sheet', async () => {
    await setup();
    await user.type(screen.getByRole('textbox', { name: /Interview/ }), 'Acme');
    expect(screen.getByText(/For: Acme/)).toBeInTheDocument();
  });

  it('scores an audit and lists what is left', async () => {
    const audit = load('online-audit');
    const [a, b] = checklistTasks(audit);
    staticList('online-audit', audit);
    render(Checklist, { id: 'online-audit', checklist: audit });
    await screen.findByText(/Score: 0%/);
    await user.click(document.querySelector<HTMLInputElement>(`[data-item="${a.id}"] input[value="done"]`)!);
    await user.click(document.querySelector<HTMLInputElement>(`[data-item="${b.id}"] input[value="n-a"]`)!);
    const applicable = checklistTasks(audit).length - 1;
    expect(screen.getByText(`Score: ${Math.round(100 / applicable)}%`)).toBeInTheDocument();
    expect(screen.getByText(`What is left (${applicable - 1})`)).toBeInTheDocument();
  });
});
