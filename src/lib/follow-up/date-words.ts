/**
 * Why each date of the plan is what it is, in words a person can check: what it counts from, how far (in
 * calendar days or working days, said as such), and what moved it (a public holiday, the year-end quiet
 * days, a weekend). Computed from the timeline's own causes, so the words and the dates cannot disagree;
 * tests/unit/follow-up/date-words.test.ts reads the counts back out of the words and checks them.
 */
import { daysBetween, formatDate, plural, type IsoDate } from '../core/dates.ts';
import type { DateCause, PlanKey, Timeline } from './timeline.ts';
import { movedBecause, workingDaysBetween } from './work-calendar.ts';

/** What a date counts from, with its own date, so a person can count for themselves. */
function anchorWords(cause: DateCause, today: IsoDate): string {
  const on = formatDate(cause.anchor, today);
  switch (cause.from) {
    case 'interview':
      return `your interview on ${on}`;
    case 'promise':
      return `${on}, the date they said they would decide by`;
    case 'thank-you':
      return `your thank-you note on ${on}`;
    case 'first-follow-up':
      return `your first follow-up on ${on}`;
    case 'last-follow-up':
      return `your last follow-up on ${on}`;
  }
}

/**
 * "7 calendar days after your interview on Friday, November 27", "the first working day after your interview on
 * …", or with what moved it: "10 calendar days after your interview on …, as Thursday, November 26 is Thanksgiving
 * Day, a public holiday in the United States". Undefined for a date the plan does not have.
 */
export function dateWhy(timeline: Pick<Timeline, 'dates' | 'causes' | 'calendar'>, key: PlanKey, today: IsoDate): string | undefined {
  const date = timeline.dates[key];
  const cause = timeline.causes[key];
  if (!date || !cause) return undefined;
  const anchor = anchorWords(cause, today);
  const moved = movedBecause(cause.aimed, date, timeline.calendar, today);
  // A day after, moved only past weekends and holidays, is simply the next working day.
  if (daysBetween(cause.anchor, cause.aimed) === 1 && workingDaysBetween(cause.anchor, date, timeline.calendar) === 1) {
    return `the first working day after ${anchor}`;
  }
  const count = `${plural(daysBetween(cause.anchor, date), 'calendar day')} after ${anchor}`;
  return moved ? `${count}, as ${moved}` : count;
}

/** Every date's words, by placeholder name: `{firstFollowUpWhy}` in statuses.yaml. */
export function dateWhyTexts(timeline: Pick<Timeline, 'dates' | 'causes' | 'calendar'>, today: IsoDate): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const key of Object.keys(timeline.dates) as PlanKey[]) {
    const why = dateWhy(timeline, key, today);
    if (why) texts[`${key}Why`] = why;
  }
  return texts;
}
