/**
 * Calendar entries for dated steps, as plain data: the island turns them into an .ics file with the `ics`
 * library, loaded only when someone asks for the file.
 */
import { addDays, type IsoDate } from './dates.ts';
import type { Timeline } from './timeline.ts';

export interface DatedStep {
  /** Stable per kind of step; a step of the follow-up plan uses the plan's own name in every tool. */
  key: string;
  title: string;
  description: string;
  date?: IsoDate;
}

export interface CalendarEntry {
  /** Stable per interview and step, so importing an updated plan replaces entries instead of adding more. */
  uid: string;
  title: string;
  description: string;
  /** All-day: the day itself, and the (exclusive) day after. */
  start: IsoDate;
  end: IsoDate;
}

/** The follow-up plan's steps, for the diagnostic. */
export function planSteps(dates: Timeline['dates']): DatedStep[] {
  return [
    { key: 'thankYouBy', title: 'Send thank-you notes', description: 'One short, specific note to each person who interviewed you.', date: dates.thankYouBy },
    { key: 'firstFollowUp', title: 'Send your first follow-up', description: 'A short email to the recruiter or hiring manager: still interested, one detail from the interview, any news?', date: dates.firstFollowUp },
    { key: 'secondFollowUp', title: 'Send your last follow-up', description: 'If there has been no answer: one more brief, friendly note. More than two reads as pushy.', date: dates.secondFollowUp },
    { key: 'moveOn', title: 'Move on if there is no answer', description: 'Assume they have moved on and put your energy into other applications.', date: dates.moveOn },
  ];
}

/** One all-day entry per dated step from `today` on; `label` names the interview ("Acme · Designer"). */
export function calendarEntries(steps: DatedStep[], label: string, interviewId: string, today: IsoDate): CalendarEntry[] {
  return steps.flatMap(({ key, title, description, date }) =>
    date && date >= today
      ? [{ uid: `${interviewId}-${key}@callback`, title: `${title}: ${label}`, description, start: date, end: addDays(date, 1) }]
      : [],
  );
}
