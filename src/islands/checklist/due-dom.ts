/**
 * Writing the plan's dates onto the static post-interview list (see list-dom.ts for its marks). Loaded with
 * the plan, so lists without one carry no date code.
 */
import { dueLabel } from '../../lib/checklist-dates';

/** Shows each item's due date next to it, or hides the slot when it has none. */
export function showDueDates(list: HTMLElement, due: Record<string, string>, today: string) {
  for (const slot of list.querySelectorAll<HTMLElement>('[data-item] [data-due]')) {
    const date = due[slot.closest<HTMLElement>('[data-item]')!.dataset.item!];
    slot.hidden = !date;
    slot.textContent = date ? dueLabel(date, today) : '';
  }
}
