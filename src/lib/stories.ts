/**
 * The story bank (issue 19): stories in STAR form (situation, task, action, result), a result in numbers
 * where there is one, and for a story about failure the "what I learned" line that makes it CARL (context,
 * action, result, learning). Each is tagged by competency; the bank warns when it grows past what a person
 * can keep fresh, when a competency the role needs has no story, and when a failure story lacks its lesson.
 */

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
        text: `The role calls for ${COMPETENCY_LABELS[competency].toLowerCase()}, and no story shows it yet.`,
      });
    }
  }
  for (const story of stories) {
    if (story.competencies.includes('failure') && !story.learned?.trim()) {
      warnings.push({
        kind: 'no-lesson',
        storyId: story.id,
        text: `“${story.title}” is about a failure: add what you learned, the part interviewers listen for.`,
      });
    }
  }
  return warnings;
}
