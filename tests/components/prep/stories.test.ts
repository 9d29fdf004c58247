/**
 * The story bank's island in jsdom: a story added by its title opens to be written, each part is saved as it
 * is typed, an emptied title is refused out loud, and a failure story asks for its lesson until it has one.
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import Stories from '../../../src/islands/prep/Stories.svelte';
import { COMPETENCY_LABELS, EMPTY_STORIES, STORY_PART_TEXTS } from '../../../src/lib/prep/stories';
import { stories } from '../../../src/state/stories-actions';

const user = userEvent.setup();

// jsdom lays nothing out, so it has no scrolling; opening a story scrolls it into view.
beforeAll(() => {
  Element.prototype.scrollIntoView = vi.fn();
});

beforeEach(() => {
  localStorage.clear();
  stories.set(EMPTY_STORIES);
});

async function addStory(title: string) {
  await user.click(screen.getByRole('button', { name: 'Add a story' }));
  await user.type(screen.getByLabelText('Title of the story'), `${title}{Enter}`);
  return (await screen.findByText(title, { selector: 'summary .name' })).closest('details')!;
}

describe('the story bank', () => {
  it('opens a new story on its summary and saves each part as it is typed', async () => {
    render(Stories, { bank: [] });
    expect(screen.getByText(/No stories yet/)).toBeInTheDocument();
    const story = await addStory('The launch we saved');
    expect(within(story).getByText('The launch we saved', { selector: 'summary .name' }).closest('summary')).toHaveFocus();
    await user.type(within(story).getByLabelText(STORY_PART_TEXTS.situation.label), 'Two weeks before launch');
    expect(within(story).getByRole('status')).toHaveTextContent('Saved.');
    expect(stories.get().stories).toEqual([
      expect.objectContaining({ title: 'The launch we saved', situation: 'Two weeks before launch' }),
    ]);
  });

  it('refuses an emptied title with a reason, keeping the one saved', async () => {
    render(Stories, { bank: [] });
    const story = await addStory('Kept');
    await user.clear(within(story).getByLabelText('Title'));
    expect(within(story).getByRole('alert')).toHaveTextContent('Give the story a short title');
    expect(stories.get().stories[0].title).toBe('Kept');
  });

  it('asks a failure story for what was learned, until it says', async () => {
    render(Stories, { bank: [] });
    const story = await addStory('The report I got wrong');
    await user.click(within(story).getByRole('checkbox', { name: COMPETENCY_LABELS.failure }));
    const warnings = await screen.findByRole('region', { name: 'What your bank needs' });
    expect(warnings).toHaveTextContent('“The report I got wrong” is about a failure: add what you learned');
    await user.type(within(story).getByLabelText(STORY_PART_TEXTS.learned.label), 'Check the totals first');
    expect(screen.queryByRole('region', { name: 'What your bank needs' })).toBeNull();
    expect(stories.get().stories[0]).toMatchObject({ competencies: ['failure'], learned: 'Check the totals first' });
  });
});

describe('when the browser does not keep a write', () => {
  it('never says "Saved." of a story the browser did not keep, and says why (cause 5)', async () => {
    render(Stories, { bank: [] });
    const story = await addStory('The launch we saved');
    const full = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key: string) {
      if (key === 'callback:stories') throw new DOMException('full', 'QuotaExceededError');
    });
    await user.type(within(story).getByLabelText(STORY_PART_TEXTS.situation.label), 'Two weeks');
    full.mockRestore();
    expect(within(story).getByRole('status')).not.toHaveTextContent('Saved.');
    expect(within(story).getByRole('alert')).toHaveTextContent(/^Not saved: this browser's storage for the site is full/);
  });
});
