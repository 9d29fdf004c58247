/**
 * The journal's use of the diagnostic's engine: each diagnosed interview's leading reasons, by title, for
 * the reasons that recur across diagnoses (recurringReasons in patterns.ts). Apart, as it brings
 * the engine: the journal loads it, with the model, only when there are diagnoses to compare.
 */
import { diagnose } from '../diagnostic/diagnose.ts';
import { weekendsOnly } from '../follow-up/work-calendar.ts';
import type { IsoDate } from '../core/dates.ts';
import type { InterviewRecord } from '../interviews/interviews.ts';
import type { QuizModel } from '../diagnostic/quiz-schema.ts';

/** How many of an interview's leading reasons count: the ones its result puts first. */
const LEADING = 3;

/**
 * The titles of the reasons `record`'s result leads with today: its first three rated likely or possible
 * (not "less likely"). Throws for answers the engine cannot use.
 */
export const leadingReasons = (model: QuizModel, today: IsoDate) => (record: InterviewRecord) =>
  // Only the reasons are read, and they weigh the plan only through "before their date", "early" and "a long
  // silence", which a public holiday moves by a day at most: not worth loading a holiday list for a pattern.
  diagnose(record.answers, { today, model, calendar: weekendsOnly() })
    .reasons.filter((r) => r.likelihood !== 'Less likely')
    .slice(0, LEADING)
    .map((r) => r.title);
