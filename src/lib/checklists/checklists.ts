/**
 * What a person has ticked on the checklists, kept as `callback:checklists`. The post-interview plan is kept
 * per interview (the interviews the diagnostic saves); the other two lists have one sheet each.
 */
import type { Checklist, ChecklistItem } from './checklist-schema.ts';
import type { ValueSchema } from '../storage/storage-codec.ts';
import type { StoredValue } from '../storage/stored-value.ts';

/** Every item, notes included, in order. */
export function checklistItems(checklist: Checklist): ChecklistItem[] {
  return checklist.sections.flatMap((s) => s.items);
}

/** The items to tick or mark, in order: every item but the notes. */
export function checklistTasks(checklist: Checklist): ChecklistItem[] {
  return checklistItems(checklist).filter((i) => !i.note);
}

/** @internal The tests state the rule by this name rather than copying its value. */
export const MARKS = ['done', 'needs-work', 'n-a'] as const;
export type Mark = (typeof MARKS)[number];

export interface ChecklistsState {
  /** Marks by sheet (see `sheetKey`), then by item id. */
  marks: Record<string, Record<string, Mark>>;
  /** The interview the printed pre-interview sheet is for. */
  upcoming: { name: string; date: string };
  /** The interview open in the post-interview planner. */
  plannerId: string | null;
}

/** @internal The tests start from it. */
export const EMPTY_CHECKLISTS: ChecklistsState = { marks: {}, upcoming: { name: '', date: '' }, plannerId: null };

// Limits far above what the lists hold (a sheet per saved interview, an item per line), so that only
// damage or a hand edit ever meets them.
const SHEETS_MAX = 1000;
const MARKS_MAX = 300;
const ID_MAX = 200;

const isMarks = (m: unknown): m is Record<string, Mark> =>
  typeof m === 'object' &&
  m !== null &&
  !Array.isArray(m) &&
  Object.keys(m).length <= MARKS_MAX &&
  Object.entries(m).every(([id, v]) => id.length <= ID_MAX && MARKS.includes(v as Mark));

/** The sheets, heading and planner choice that pass their checks, and the rest apart (see `salvage`). */
function splitChecklists(data: unknown): { value: ChecklistsState; rejected: Partial<ChecklistsState> } | undefined {
  const {
    marks,
    upcoming: u,
    plannerId,
  } = (data ?? {}) as { marks?: unknown; upcoming?: { name?: unknown; date?: unknown }; plannerId?: unknown };
  if (typeof marks !== 'object' || marks === null || Array.isArray(marks)) return undefined;
  // Sheets and items are keys of outside data: copied as own entries (fromEntries), never assigned, so one named
  // "__proto__" stays a key and never becomes the object's prototype.
  const kept: [string, Record<string, Mark>][] = [];
  const left: [string, unknown][] = [];
  for (const [sheet, m] of Object.entries(marks)) {
    if (sheet.length <= ID_MAX && kept.length < SHEETS_MAX && isMarks(m)) kept.push([sheet, Object.fromEntries(Object.entries(m))]);
    else left.push([sheet, m]);
  }
  const rejected: Partial<ChecklistsState> = left.length ? { marks: Object.fromEntries(left) as ChecklistsState['marks'] } : {};
  const upcomingOk = typeof u?.name === 'string' && typeof u.date === 'string' && u.name.length <= 200 && u.date.length <= 10;
  if (!upcomingOk) rejected.upcoming = u as ChecklistsState['upcoming'];
  const value = {
    marks: Object.fromEntries(kept),
    upcoming: upcomingOk ? { name: u.name as string, date: u.date as string } : EMPTY_CHECKLISTS.upcoming,
    plannerId: typeof plannerId === 'string' && plannerId.length <= 64 ? plannerId : null,
  };
  return { value, rejected };
}

/** @internal The tests read and write stored text with it directly. */
export const checklistsSchema: ValueSchema<ChecklistsState> = {
  version: 1,
  parse(data) {
    const split = splitChecklists(data);
    return split && !Object.keys(split.rejected).length ? split.value : undefined;
  },
  // One damaged sheet costs only its own ticks.
  salvage: (data) => splitChecklists(data),
};

/** The stored ticks, sheet heading and planner choice, `callback:checklists`. */
export const CHECKLISTS: StoredValue<ChecklistsState> = { name: 'checklists', schema: checklistsSchema, initial: EMPTY_CHECKLISTS };

/** The sheet a list's marks are kept under: one per interview for the planner, else one per list. */
export function sheetKey(checklistId: string, interviewId?: string | null): string {
  return interviewId ? `${checklistId}:${interviewId}` : checklistId;
}

/** `state` with one item's mark set, or cleared when `mark` is undefined. */
export function setMark(state: ChecklistsState, sheet: string, itemId: string, mark: Mark | undefined): ChecklistsState {
  const { [itemId]: _, ...rest } = state.marks[sheet] ?? {};
  return { ...state, marks: { ...state.marks, [sheet]: mark ? { ...rest, [itemId]: mark } : rest } };
}

/** `state` with a sheet's marks cleared. */
export function resetSheet(state: ChecklistsState, sheet: string): ChecklistsState {
  const { [sheet]: _, ...marks } = state.marks;
  return { ...state, marks };
}

export interface Summary {
  total: number;
  done: number;
  needsWork: number;
  notApplicable: number;
  /** For audits: done out of the items that apply, as a whole percentage. */
  score: number;
  /** Items still to do: needing work first, then unmarked, in list order. */
  left: ChecklistItem[];
}

/** Progress on a list for a set of marks (notes, and ids of items no longer on the list, are ignored). */
export function summarize(checklist: Checklist, marks: Record<string, Mark> = {}): Summary {
  const items = checklistTasks(checklist);
  const count = (mark: Mark) => items.filter((i) => marks[i.id] === mark).length;
  const done = count('done');
  const notApplicable = count('n-a');
  const applicable = items.length - notApplicable;
  return {
    total: items.length,
    done,
    needsWork: count('needs-work'),
    notApplicable,
    score: applicable ? Math.round((done / applicable) * 100) : 100,
    left: [...items.filter((i) => marks[i.id] === 'needs-work'), ...items.filter((i) => !marks[i.id])],
  };
}
