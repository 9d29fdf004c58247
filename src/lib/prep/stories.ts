/**
 * The story bank (issue 19): stories in STAR form (situation, task, action, result), a result in numbers
 * where there is one, and for a story about failure the "what I learned" line that makes it CARL (context,
 * action, result, learning). Each is tagged by competency; the bank warns when it grows past what a person
 * can keep fresh, when a competency the role needs has no story, and when a failure story lacks its lesson.
 */
import { shortId } from '../core/short-id.ts';
import type { ValueSchema } from '../storage/storage-codec.ts';
import type { StoredValue } from '../storage/stored-value.ts';
import { isText } from '../core/guards.ts';

/** The competencies interviewers ask about most, as the bank tags them. */
export const COMPETENCIES = ['leadership', 'conflict', 'failure', 'pressure', 'influence', 'proud-result', 'teamwork', 'learning'] as const;
export type Competency = (typeof COMPETENCIES)[number];
export const COMPETENCY_LABELS: Record<Competency, string> = {
  leadership: 'Leadership',
  conflict: 'Conflict',
  failure: 'Failure',
  pressure: 'Working under pressure',
  influence: 'Influence without authority',
  'proud-result': 'A result you are proud of',
  teamwork: 'Teamwork',
  learning: 'Learning something fast',
};

/**
 * About twelve stories cover the usual questions, most serving two or three competencies; past that, people
 * stop rehearsing them and reach for the wrong one in the room.
 * @internal The tests state the rule by this name rather than copying its value.
 */
export const BANK_SIZE = 12;

export interface Story {
  id: string;
  title: string;
  competencies: Competency[];
  situation?: string;
  task?: string;
  action?: string;
  result?: string;
  /** The result in numbers, where there is one ("cut review time from 5 days to 2"). */
  measure?: string;
  /** What I learned: expected of a story about failure. */
  learned?: string;
}

export type StoryWarning =
  | { kind: 'too-many'; count: number; text: string }
  | { kind: 'uncovered'; competency: Competency; text: string }
  | { kind: 'no-lesson'; storyId: string; text: string };

/**
 * What the bank should say about itself: too many stories, a competency the role needs with no story, a
 * failure story without what was learned. `needed` is the role's competencies (none: no coverage warning).
 */
export function storyWarnings(stories: readonly Story[], needed: readonly Competency[] = []): StoryWarning[] {
  const warnings: StoryWarning[] = [];
  if (stories.length > BANK_SIZE) {
    warnings.push({
      kind: 'too-many',
      count: stories.length,
      text: `${stories.length} stories is more than you can keep fresh. About ${BANK_SIZE} cover most questions: keep the ones that serve two or three competencies.`,
    });
  }
  for (const competency of new Set(needed)) {
    if (!stories.some((s) => s.competencies.includes(competency))) {
      warnings.push({
        kind: 'uncovered',
        competency,
        text: `No story shows “${COMPETENCY_LABELS[competency]}” yet, and the questions you expect call for it.`,
      });
    }
  }
  for (const story of stories) {
    if (needsLesson(story)) {
      warnings.push({
        kind: 'no-lesson',
        storyId: story.id,
        text: `“${story.title}” is about a failure: add what you learned, the part interviewers listen for.`,
      });
    }
  }
  return warnings;
}

/** Lengths that keep a story to what can be told in two minutes, and the bank within its share of storage. */
export const STORY_LIMITS = {
  /** Stories in all: far past the dozen the bank warns about, so nothing typed is refused early. */
  stories: 40,
  title: 80,
  /** Situation, task, action, result, what I learned: a few sentences each. */
  part: 600,
  /** The result in numbers: one line. */
  measure: 120,
} as const;

/** The story parts in the order they are told (STAR), with "what I learned" last (CARL's L). */
export const STORY_PARTS = ['situation', 'task', 'action', 'result', 'measure', 'learned'] as const satisfies readonly (keyof Story)[];
export type StoryPart = (typeof STORY_PARTS)[number];

/** Each part's name and what goes in it, for the form and the printed bank alike. */
export const STORY_PART_TEXTS: Record<StoryPart, { label: string; hint: string }> = {
  situation: { label: 'Situation', hint: 'Where you were and what was going on, in a sentence or two.' },
  task: { label: 'Task', hint: 'What was yours to do, or the problem you had to solve.' },
  action: { label: 'Action', hint: 'What you did yourself: say “I”, not “we”. This is most of the story.' },
  result: { label: 'Result', hint: 'How it ended, and what changed because of it.' },
  measure: { label: 'Result in numbers', hint: 'One line, if there is a number: “cut review time from 5 days to 2”.' },
  learned: {
    label: 'What I learned',
    hint: 'What you do differently since. Expected for a story about failure: it is the part interviewers listen for.',
  },
};

/** The longest a part may be: the result in numbers is one line, the others a few sentences. */
export const partLimit = (part: StoryPart) => (part === 'measure' ? STORY_LIMITS.measure : STORY_LIMITS.part);

/** What a story shows, in words: "Leadership, Conflict" (empty when it is not tagged yet). */
export const competencyList = (story: Story) => story.competencies.map((c) => COMPETENCY_LABELS[c]).join(', ');

/** Whether the story is about failure and says nothing yet of what was learned (the bank warns of it). */
export const needsLesson = (story: Story) => story.competencies.includes('failure') && !story.learned?.trim();

export interface StoriesState {
  stories: Story[];
}
/** @internal The tests start from it. */
export const EMPTY_STORIES: StoriesState = { stories: [] };

/** @internal Exported for its own tests, which pin its cases directly. */
export function isStory(v: unknown): v is Story {
  if (typeof v !== 'object' || v === null) return false;
  const s = v as Record<string, unknown>;
  return (
    isText(s.id, 16) &&
    (s.id as string).length > 0 &&
    isText(s.title, STORY_LIMITS.title) &&
    Array.isArray(s.competencies) &&
    s.competencies.every((c) => COMPETENCIES.includes(c as Competency)) &&
    new Set(s.competencies).size === s.competencies.length &&
    STORY_PARTS.every((part) => s[part] === undefined || isText(s[part], partLimit(part)))
  );
}

/** Only the fields a story has, in one order: what is stored is what was checked, nothing more. */
const cleanStory = (s: Story): Story => ({
  id: s.id,
  title: s.title,
  competencies: [...s.competencies],
  ...Object.fromEntries(STORY_PARTS.flatMap((part) => (s[part] === undefined ? [] : [[part, s[part]]]))),
});

const storyList = (data: unknown) => (data as StoriesState | null)?.stories;

/** @internal The tests read and write stored text with it directly. */
export const storiesSchema: ValueSchema<StoriesState> = {
  version: 1,
  parse(data) {
    const list = storyList(data);
    if (!Array.isArray(list) || list.length > STORY_LIMITS.stories || !list.every(isStory)) return undefined;
    if (new Set(list.map((s) => s.id)).size !== list.length) return undefined;
    return { stories: list.map(cleanStory) };
  },
  // One damaged story is set aside alone; the others stay.
  salvage(data) {
    const list = storyList(data);
    if (!Array.isArray(list)) return undefined;
    const ids = new Set<string>();
    const kept: Story[] = [];
    const rejected: unknown[] = [];
    for (const item of list) {
      if (isStory(item) && !ids.has(item.id) && kept.length < STORY_LIMITS.stories) {
        ids.add(item.id);
        kept.push(cleanStory(item));
      } else rejected.push(item);
    }
    return { value: { stories: kept }, rejected: { stories: rejected } };
  },
};

export const STORIES: StoredValue<StoriesState> = { name: 'stories', schema: storiesSchema, initial: EMPTY_STORIES };

/** An import's stories added to these: the import's copy wins for a story both hold (same id). */
export function mergeStories(current: StoriesState, incoming: StoriesState): StoriesState {
  const ids = new Set(incoming.stories.map((s) => s.id));
  return { stories: [...current.stories.filter((s) => !ids.has(s.id)), ...incoming.stories].slice(0, STORY_LIMITS.stories) };
}

export const describeStories = ({ stories }: StoriesState) =>
  stories.length ? `${stories.length} ${stories.length === 1 ? 'story' : 'stories'}` : 'No stories';

/** A story in one line, for the day-of sheet and pickers: its title and, where there is one, the result in numbers. */
export const storyLine = (story: Story) => (story.measure?.trim() ? `${story.title}: ${story.measure.trim()}` : story.title);

/**
 * The `count` stories that best fit these questions: the most of the questions' competencies covered, then
 * a story with a result in numbers, then the bank's own order. Stories that fit none come last, so a bank
 * with no tags still gives its first stories.
 */
export function bestStories(stories: readonly Story[], questions: readonly { competencies: readonly Competency[] }[], count = 3): Story[] {
  const wanted = new Map<Competency, number>();
  for (const q of questions) for (const c of q.competencies) wanted.set(c, (wanted.get(c) ?? 0) + 1);
  const score = (s: Story) => s.competencies.reduce((sum, c) => sum + (wanted.get(c) ?? 0), 0);
  return stories
    .map((story, index) => ({ story, index, score: score(story), measured: story.measure?.trim() ? 1 : 0 }))
    .sort((a, b) => b.score - a.score || b.measured - a.measured || a.index - b.index)
    .slice(0, count)
    .map((s) => s.story);
}

export type StoryWrite = { state: StoriesState } | { problem: string };

/** A new story's id. */
export const newStoryId = () => shortId();

/** `state` with `story` added (or replacing its earlier self), or why not. */
export function saveStory(state: StoriesState, story: Story): StoryWrite {
  if (!story.title.trim()) return { problem: 'Give the story a short title, so you can find it in the room.' };
  if (!isStory(story))
    return { problem: `Keep the title under ${STORY_LIMITS.title} characters, and each part under ${STORY_LIMITS.part}.` };
  const exists = state.stories.some((s) => s.id === story.id);
  if (!exists && state.stories.length >= STORY_LIMITS.stories)
    return {
      problem: `This browser keeps at most ${STORY_LIMITS.stories} stories. About ${BANK_SIZE} cover most questions: merge or delete some.`,
    };
  const clean = cleanStory(story);
  return { state: { stories: exists ? state.stories.map((s) => (s.id === story.id ? clean : s)) : [...state.stories, clean] } };
}

/** `story` with one part changed: an empty part is left out, so what is stored holds only what was written. */
export function withPart(story: Story, part: StoryPart, text: string): Story {
  const { [part]: _old, ...rest } = story;
  return text.trim() ? { ...rest, [part]: text } : rest;
}

/** `story` tagged (or no longer tagged) with `competency`, its tags kept in the bank's order. */
export const withCompetency = (story: Story, competency: Competency, on: boolean): Story => ({
  ...story,
  competencies: COMPETENCIES.filter((c) => (c === competency ? on : story.competencies.includes(c))),
});
