/**
 * Calendar entries for dated steps, as plain data: the island turns them into an .ics file with the `ics`
 * library (src/lib/follow-up/ics.ts), loaded only when someone asks for the file. Titles are short enough to read
 * in a phone's month view ("Last follow-up: Acme, Product designer"); the details go in the description.
 */
import { addDays, type IsoDate } from '../core/dates.ts';
import type { InterviewDetails } from '../interviews/interviews.ts';
import type { PlanKey } from './timeline.ts';

/** The follow-up plan's steps: a short name (the calendar title's first words) and what to do. */
export const PLAN_STEP_TEXTS: Record<PlanKey, { name: string; description: string }> = {
  thankYouBy: { name: 'Thank-you note', description: 'One short, specific note to each person who interviewed you.' },
  firstFollowUp: {
    name: 'First follow-up',
    description: 'A short email to whoever arranged the interview: still interested, one detail from the interview, any news?',
  },
  secondFollowUp: {
    name: 'Last follow-up',
    description: 'If there has been no answer: one more brief, friendly note. More than two reads as pressure.',
  },
  moveOn: {
    name: 'Move on',
    description: 'If there is still no answer, take it that they have moved on, and put your energy into other applications.',
  },
};

export interface DatedStep {
  /** Stable per kind of step; a step of the follow-up plan uses the plan's own name in every tool. */
  key: string;
  /** A few words: the kind of step ("First follow-up"). */
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

/** A reminder on the morning of each entry (minutes after the all-day event starts at midnight). */
export const REMINDER_MINUTES_AFTER_MIDNIGHT = 9 * 60;

/** How an interview is named in calendar titles: "Acme, Product designer", or "your interview". */
export function calendarLabel(details: Partial<InterviewDetails>): string {
  const parts = [details.company?.trim(), details.role?.trim()].filter(Boolean);
  return parts.length ? parts.join(', ') : 'your interview';
}

/** A calendar title's first words: short enough for a phone's month view. */
export function shortTitle(text: string, max = 40): string {
  return text.length <= max ? text : `${text.slice(0, max).replace(/[\s,;:]+\S*$/, '')}…`;
}

/**
 * Steps that share a key (several checklist items due on the same step of the plan) become one entry,
 * their descriptions listed: one UID per step, so a calendar app keeps all of them.
 */
export function mergeSteps(steps: DatedStep[]): DatedStep[] {
  const merged = new Map<string, DatedStep>();
  for (const step of steps) {
    const seen = merged.get(step.key);
    merged.set(step.key, seen ? { ...seen, description: `${seen.description}\n${step.description}` } : step);
  }
  return [...merged.values()];
}

/** One all-day entry per dated step from `today` on. */
export function calendarEntries(steps: DatedStep[], label: string, interviewId: string, today: IsoDate): CalendarEntry[] {
  return steps.flatMap(({ key, title, description, date }) =>
    date && date >= today
      ? [{ uid: `${interviewId}-${key}@callback`, title: `${title}: ${label}`, description, start: date, end: addDays(date, 1) }]
      : [],
  );
}
