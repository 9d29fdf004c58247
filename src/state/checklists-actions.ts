/**
 * What a person marks on the checklists, and one action per thing they do there: tick, reset, name the
 * interview a printed sheet is for, and pick the interview the planner dates (per tab, so two tabs can plan
 * two interviews). Adding one is in planner-actions.ts, and the plan's own dates and details in plan-actions.ts,
 * both loaded with the planner.
 */
import { CHECKLISTS, resetSheet as withoutSheet, setMark, type ChecklistsState, type Mark } from '../lib/checklists/checklists';
import { persisted } from './persisted';
import { syncFields } from './tab-sync';
import { tabValue } from './tab-value';

/** Ticks on every checklist, the pre-interview sheet's heading and the interview open in the planner. */
export const checklists = persisted(CHECKLISTS);

// Ticks made in two tabs at once both stay: a sheet is a record, an item's mark its field.
const ticks = syncFields(checklists, CHECKLISTS, {
  fields: (state, sheet) => state.marks[sheet] ?? {},
  patch: (state, sheet, item, mark) => setMark(state, sheet, item, mark as Mark | undefined),
});

/** Marks one item on a sheet (see `sheetKey`), or clears its mark when `mark` is undefined. */
export function markItem(sheet: string, itemId: string, mark: Mark | undefined) {
  ticks.write(sheet, itemId, setMark(checklists.get(), sheet, itemId, mark));
}

/** Clears every mark on a sheet. */
export function resetSheet(sheet: string) {
  checklists.set(withoutSheet(checklists.get(), sheet));
}

/** The interview the printed pre-interview sheet is for: its name, its date, or both. */
export function setUpcoming(patch: Partial<ChecklistsState['upcoming']>) {
  const state = checklists.get();
  checklists.set({ ...state, upcoming: { ...state.upcoming, ...patch } });
}

const planner = tabValue('callback:planner-interview');

/** The interview open in the planner in this tab. */
export const plannerId = planner.value;

/** On page load: the interview this tab's planner had open, or for a new tab the last one chosen in any tab. */
export function resumePlanner() {
  planner.resume(checklists.get().plannerId);
}

/** Opens a saved interview in this tab's planner, and keeps it as the one a new tab starts from. */
export function choosePlannerInterview(id: string) {
  planner.set(id);
  checklists.set({ ...checklists.get(), plannerId: id });
}
