/**
 * The bridge between the checklist island and the static list (src/components/ChecklistView.astro): the list
 * is plain HTML for everyone, and the island reads changes from it and writes saved state back into it.
 */
import type { Mark } from '../../lib/checklists/checklists';

/** The item and its new mark, for a change event from the list's inputs. */
export function readChange(event: Event): { item: string; mark: Mark | undefined } | undefined {
  const input = event.target;
  if (!(input instanceof HTMLInputElement)) return undefined;
  const item = input.closest<HTMLElement>('[data-item]')?.dataset.item;
  if (!item) return undefined;
  if (input.type === 'checkbox') return { item, mark: input.checked ? 'done' : undefined };
  return { item, mark: input.value as Mark };
}

/** The static list with this id, once the page has it. */
export function findList(id: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[data-checklist="${id}"]`);
}

/** Shows `marks` on the list (after a reload, a reset, or a change in another tab). */
export function showMarks(list: HTMLElement, marks: Record<string, Mark>) {
  for (const item of list.querySelectorAll<HTMLElement>('[data-item]')) {
    const id = item.dataset.item!;
    for (const input of item.querySelectorAll('input')) {
      input.checked = input.type === 'checkbox' ? marks[id] === 'done' : input.value === marks[id];
    }
  }
}
