/**
 * The dates the follow-up plan puts on the post-interview list. Apart from checklists.ts so that the lists,
 * which load that module at once, load no date code until a plan is shown.
 */
import { checklistItems } from './checklists.ts';
import type { Checklist } from './checklist-model.ts';
import { addDays, formatDate, type IsoDate } from './dates.ts';
import type { Timeline } from './timeline.ts';

/** The date each timed item falls on, from the interview date and the follow-up plan. */
export function dueDates(checklist: Checklist, interviewDate: IsoDate | undefined, dates: Timeline['dates']): Record<string, IsoDate> {
  const due: Record<string, IsoDate> = {};
  for (const item of checklistItems(checklist)) {
    if (item.due === undefined) continue;
    const date = typeof item.due === 'number' ? interviewDate && addDays(interviewDate, item.due) : dates[item.due];
    if (date) due[item.id] = date;
  }
  return due;
}

/** How a due date reads next to an item. */
export function dueLabel(date: IsoDate, today: IsoDate): string {
  if (date === today) return 'Due today';
  return `${date < today ? 'Was due' : 'Due'} ${formatDate(date, today)}`;
}
