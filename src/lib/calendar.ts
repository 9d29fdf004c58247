/**
 * Calendar entries for the follow-up plan, as plain data: the island turns them into an .ics file with the
 * `ics` library, loaded only when someone asks for the file.
 */
import { addDays, type IsoDate } from './dates.ts';
import type { Timeline } from './timeline.ts';

export interface CalendarEntry {
  /** Stable per interview and step, so importing an updated plan replaces entries instead of adding more. */
  uid: string;
  title: string;
  description: string;
  /** All-day: the day itself, and the (exclusive) day after. */
  start: IsoDate;
  end: IsoDate;
}

const STEPS: { key: keyof Timeline['dates']; title: string; description: string }[] = [
  { key: 'thankYouBy', title: 'Send thank-you notes', description: 'One short, specific note to each person who interviewed you.' },
  { key: 'firstFollowUp', title: 'Send your first follow-up', description: 'A short email to the recruiter or hiring manager: still interested, one detail from the interview, any news?' },
  { key: 'secondFollowUp', title: 'Send your last follow-up', description: 'If there has been no answer: one more brief, friendly note. More than two reads as pushy.' },
  { key: 'moveOn', title: 'Move on if there is no answer', description: 'Assume they have moved on and put your energy into other applications.' },
];

/** One all-day entry per dated step from `today` on; `label` names the interview ("Acme · Designer"). */
export function calendarEntries(dates: Timeline['dates'], label: string, interviewId: string, today: IsoDate): CalendarEntry[] {
  return STEPS.flatMap(({ key, title, description }) => {
    const start = dates[key];
    if (!start || start < today) return [];
    return [{ uid: `${interviewId}-${key}@callback`, title: `${title}: ${label}`, description, start, end: addDays(start, 1) }];
  });
}
