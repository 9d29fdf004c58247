import { CHECKLISTS_NAME, checklistsSchema, EMPTY_CHECKLISTS, type ChecklistsState } from '../lib/checklists';
import { persisted } from './persisted';

/** Ticks on every checklist, the pre-interview sheet's heading and the interview open in the planner. */
export const checklists = persisted<ChecklistsState>(CHECKLISTS_NAME, checklistsSchema, EMPTY_CHECKLISTS);
