/**
 * The story bank read beside the question loop (src/lib/prep/practice.ts): where each story was told and
 * whether it landed, and what the interview prepared next calls for. Apart from stories.ts, which the loop
 * itself reads (a story's competencies), so neither of the two imports the other back.
 */
import type { IsoDate } from '../core/dates.ts';
import { interviewLabel, type InterviewRecord } from '../interviews/interviews.ts';
import { LANDED_LABELS, sheetInterview, storyUses, type Landed, type PracticeState } from './practice.ts';
import { COMPETENCIES, type Competency } from './stories.ts';

/** One interview a story was told in, as the bank lists it: "Acme · Designer · November 10 — It landed". */
export interface StoryUseLine {
  interviewId: string;
  text: string;
  landed?: Landed;
}

/** Where the story was told (the journal's debriefs), newest interview first, each with whether it landed. */
export function storyUseLines(
  storyId: string,
  practice: PracticeState,
  records: readonly InterviewRecord[],
  today?: IsoDate,
): StoryUseLine[] {
  return storyUses(storyId, practice, records).map(({ record, landed }) => ({
    interviewId: record.id,
    text: `${interviewLabel(record, today)} — ${landed ? LANDED_LABELS[landed] : 'not said'}`,
    ...(landed ? { landed } : {}),
  }));
}

/** A question of the bank as coverage needs it: its id and the competencies a good answer draws on. */
export type QuestionTags = { id: string; competencies: readonly Competency[] };

/**
 * The competencies the questions with these ids call for, each once, in the bank's order of competencies.
 * @internal Exported for its own tests, which pin its cases directly.
 */
export function neededCompetencies(expected: readonly string[], bank: readonly QuestionTags[]): Competency[] {
  const ids = new Set(expected);
  const needed = new Set(bank.filter((q) => ids.has(q.id)).flatMap((q) => q.competencies));
  return COMPETENCIES.filter((c) => needed.has(c));
}

/** The interview the coverage warnings are about, and what the questions expected for it call for. */
export interface StoryCoverage {
  interviewId: string;
  /** Which interview, in words: "your next interview, Acme · Designer · November 10". */
  heading: string;
  needed: Competency[];
}

/**
 * What the prepared interview the day-of sheet is for (the soonest still to come, else the one prepared
 * last) calls for, from the competencies of the bank questions expected for it. Undefined when nothing is
 * prepared. The person's own questions carry no competencies, so they add nothing here.
 */
export function storyCoverage(
  practice: PracticeState,
  records: readonly InterviewRecord[],
  bank: readonly QuestionTags[],
  today: IsoDate,
): StoryCoverage | undefined {
  const sheet = sheetInterview(practice, records, today);
  // Coverage is of the questions expected: an interview with none prepared has nothing to cover yet.
  if (!sheet || !practice.expectations.some((e) => e.interviewId === sheet.record.id)) return undefined;
  const label = interviewLabel(sheet.record, today);
  return {
    interviewId: sheet.record.id,
    heading: 'day' in sheet ? `Your next interview, ${label}` : `${label}, the interview you prepared for last`,
    needed: neededCompetencies(sheet.expectation.expected, bank),
  };
}
