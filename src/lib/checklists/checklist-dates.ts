/**
 * The dates the follow-up plan puts on the post-interview list, and how the list groups its steps by them.
 * Apart from checklists.ts so that the lists, which load that module at once, load no date code until a
 * plan is shown.
 */
import { checklistItems } from './checklists.ts';
import type { Checklist, ChecklistItem } from './checklist-schema.ts';
import { addDays, formatDate, type IsoDate } from '../core/dates.ts';
import type { Timeline } from '../follow-up/timeline.ts';
import { nextPlanDay, type WorkCalendar } from '../follow-up/work-calendar.ts';

/**
 * The date each timed item falls on, from the interview date and the follow-up plan. An item days after the
 * interview moves past weekends, holidays and the quiet days as the plan's own dates do; one on the interview's
 * day stays on it (notes written the evening after, whatever day that is).
 */
export function dueDates(
  checklist: Checklist,
  interviewDate: IsoDate | undefined,
  dates: Timeline['dates'],
  calendar: WorkCalendar,
): Record<string, IsoDate> {
  const due: Record<string, IsoDate> = {};
  for (const item of checklistItems(checklist)) {
    if (item.due === undefined) continue;
    const offset = (days: number, from: IsoDate) => (days === 0 ? from : nextPlanDay(addDays(from, days), calendar));
    const date = typeof item.due === 'number' ? interviewDate && offset(item.due, interviewDate) : dates[item.due];
    if (date) due[item.id] = date;
  }
  return due;
}

/** A plan's items as the list shows them on one day, each group in list order. */
export interface PlanGroups {
  /** Steps dated today or later, habits, notes and steps with no date: the list itself. */
  current: ChecklistItem[];
  /** Steps whose date has gone by, folded together with what to do instead (`missed`). */
  past: ChecklistItem[];
}

/**
 * Splits a plan into the steps still ahead and those already past, so that days after an interview the list
 * is not a wall of dates gone by. A step is past when its date is before `today`, ticked or not: ticking one
 * in the fold leaves it where it is, rather than moving it from under the pointer, and counts it as done.
 * A habit (`ongoing`) and a note have no date, so they are never past.
 */
export function groupByDate(checklist: Checklist, due: Record<string, IsoDate>, today: IsoDate): PlanGroups {
  const groups: PlanGroups = { current: [], past: [] };
  for (const item of checklistItems(checklist)) {
    const date = item.ongoing || item.note ? undefined : due[item.id];
    groups[date !== undefined && date < today ? 'past' : 'current'].push(item);
  }
  return groups;
}

/**
 * How a step's date reads next to it. The list shows only dates from today on (see groupByDate); an earlier
 * one reads as the plan's date, never as a reproach.
 */
export function dueLabel(date: IsoDate, today: IsoDate): string {
  if (date === today) return 'Due today';
  return `${date < today ? 'Planned for' : 'Due'} ${formatDate(date, today)}`;
}
