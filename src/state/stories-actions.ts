/**
 * The story bank's writes (src/lib/prep/stories.ts has the shape and the rules): add, change, delete a story.
 */
import { newStoryId, saveStory, STORIES, type Story, type StoryWrite } from '../lib/prep/stories';
import { keep, persisted } from './persisted';

export const stories = persisted(STORIES);

function write(result: StoryWrite): { problem: string } | undefined {
  if ('problem' in result) return result;
  // Read back, so the editor's "Saved." is never said of a story that lives in this tab's memory only.
  return keep(STORIES, result.state);
}

/** Adds `story` or replaces the story with its id; says why not (a limit, no title). */
export const putStory = (story: Story) => write(saveStory(stories.get(), story));

/** Adds an empty story with this title; returns its id, or why not. */
export function addStory(title: string): { id: string } | { problem: string } {
  const id = newStoryId();
  return write(saveStory(stories.get(), { id, title, competencies: [] })) ?? { id };
}

export function deleteStory(id: string) {
  stories.set({ stories: stories.get().stories.filter((s) => s.id !== id) });
}
