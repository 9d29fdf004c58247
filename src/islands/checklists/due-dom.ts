/**
 * Writing the plan onto the static post-interview list (see list-dom.ts for its marks): each step's date
 * beside it, and the steps already past moved into the list's fold (ChecklistView.astro) and back. Loaded
 * with the plan, so lists without one carry no date code.
 */
import { dueLabel } from '../../lib/checklists/checklist-dates';

/** Each list's items in their first order, and the list each came from, so a step can go home in place. */
const layouts = new WeakMap<HTMLElement, { items: HTMLElement[]; homes: Map<HTMLElement, HTMLElement> }>();

/**
 * Shows the due date next to each step still ahead, and moves the items in `past` into the fold, every
 * other one back to its section, in list order. Items already in place are not touched, so a box being
 * ticked keeps focus. A section left with nothing in it is hidden, and so is the fold when nothing is past.
 */
export function showPlan(list: HTMLElement, due: Record<string, string>, past: ReadonlySet<string>, today: string) {
  for (const slot of list.querySelectorAll<HTMLElement>('[data-item] [data-due]')) {
    const id = slot.closest<HTMLElement>('[data-item]')!.dataset.item!;
    // A step already past shows what to do instead (its `missed` text) rather than the date it had.
    const date = past.has(id) ? undefined : due[id];
    slot.hidden = !date;
    slot.textContent = date ? dueLabel(date, today) : '';
  }
  const fold = list.querySelector<HTMLDetailsElement>('[data-past]');
  const foldList = fold?.querySelector<HTMLElement>('[data-past-items]');
  if (!fold || !foldList) return;

  let layout = layouts.get(list);
  const first = !layout;
  if (!layout) {
    const items = [...list.querySelectorAll<HTMLElement>('[data-item]')];
    layout = { items, homes: new Map(items.map((item) => [item, item.parentElement!])) };
    layouts.set(list, layout);
  }
  // From the last item up: each goes just before the next one already placed in the same list.
  const next = new Map<HTMLElement, HTMLElement | null>();
  for (const item of [...layout.items].reverse()) {
    const target = past.has(item.dataset.item!) ? foldList : layout.homes.get(item)!;
    const before = next.get(target) ?? null;
    if (item.parentElement !== target || item.nextElementSibling !== before) target.insertBefore(item, before);
    next.set(target, item);
  }
  for (const section of list.querySelectorAll<HTMLElement>('[data-section]')) section.hidden = !section.querySelector('[data-item]');
  fold.hidden = past.size === 0;
  fold.querySelector('[data-past-count]')!.textContent = String(past.size);
  // A link to one item (search links to them) that has just been folded away: open the fold and show it.
  const target = first && location.hash ? document.getElementById(location.hash.slice(1)) : null;
  if (target && foldList.contains(target)) {
    fold.open = true;
    target.scrollIntoView();
  }
}
