/**
 * Everything the site stores, by store name: one registry for the "Your data" page, its export and import.
 */
import type { StoreSpec } from './backup.ts';
import { CHECKLISTS_NAME, checklistsSchema, EMPTY_CHECKLISTS, type ChecklistsState } from './checklists.ts';
import { EMPTY_INTERVIEWS, INTERVIEWS_NAME, interviewsSchema, type InterviewsState } from './interviews.ts';
import { PROGRESS_NAME, progressSchema } from './progress.ts';
import { THEME_NAME, themeSchema, type ThemeChoice } from './theme.ts';

export interface SiteData {
  theme: ThemeChoice;
  'read-lessons': string[];
  interviews: InterviewsState;
  checklists: ChecklistsState;
}

export const STORES: { [K in keyof SiteData]: StoreSpec<SiteData[K]> } = {
  [THEME_NAME]: { schema: themeSchema, initial: 'system' },
  [PROGRESS_NAME]: { schema: progressSchema, initial: [] },
  [INTERVIEWS_NAME]: { schema: interviewsSchema, initial: EMPTY_INTERVIEWS },
  [CHECKLISTS_NAME]: { schema: checklistsSchema, initial: EMPTY_CHECKLISTS },
} as const;

/** Adds what an import holds to what is here; where both have the same thing, the import's version wins. */
export function mergeData(current: SiteData, incoming: Partial<SiteData>): SiteData {
  const byId = new Map(current.interviews.interviews.map((r) => [r.id, r]));
  for (const record of incoming.interviews?.interviews ?? []) byId.set(record.id, record);
  const interviews = [...byId.values()];
  const plannerId = current.checklists.plannerId ?? incoming.checklists?.plannerId ?? null;
  return {
    theme: incoming.theme ?? current.theme,
    'read-lessons': [...new Set([...current['read-lessons'], ...(incoming['read-lessons'] ?? [])])],
    interviews: {
      interviews,
      currentId: current.interviews.currentId ?? (interviews.some((r) => r.id === incoming.interviews?.currentId) ? incoming.interviews!.currentId : null),
    },
    checklists: {
      marks: { ...current.checklists.marks, ...incoming.checklists?.marks },
      upcoming: incoming.checklists?.upcoming.name || incoming.checklists?.upcoming.date ? incoming.checklists.upcoming : current.checklists.upcoming,
      plannerId: plannerId && interviews.some((r) => r.id === plannerId) ? plannerId : null,
    },
  };
}

/** The site's data after replacing everything with an import (what the file lacks starts empty). */
export function replaceData(incoming: Partial<SiteData>): SiteData {
  return {
    theme: incoming.theme ?? STORES.theme.initial,
    'read-lessons': incoming['read-lessons'] ?? STORES['read-lessons'].initial,
    interviews: incoming.interviews ?? STORES.interviews.initial,
    checklists: incoming.checklists ?? STORES.checklists.initial,
  };
}

/** What is stored, in plain words, one line per kind of data. */
export function describeData(data: SiteData, lessonCount?: number): string[] {
  const interviews = data.interviews.interviews.length;
  const sheets = Object.values(data.checklists.marks).filter((marks) => Object.keys(marks).length > 0).length;
  const read = data['read-lessons'].length;
  return [
    interviews ? `${interviews} saved interview${interviews === 1 ? '' : 's'} (details, quiz answers, dates)` : 'No saved interviews',
    read ? `${read}${lessonCount ? ` of ${lessonCount}` : ''} guide${read === 1 ? '' : 's'} marked read` : 'No guides marked read',
    sheets ? `Ticks on ${sheets} checklist${sheets === 1 ? '' : 's'}` : 'No checklist ticks',
    `Theme: ${data.theme === 'system' ? 'follows your device' : data.theme}`,
  ];
}

/** What an import would do, in plain words, before anyone confirms it. */
export function describeImport(current: SiteData, incoming: Partial<SiteData>): string[] {
  const lines: string[] = [];
  const here = new Set(current.interviews.interviews.map((r) => r.id));
  const records = incoming.interviews?.interviews ?? [];
  const replaced = records.filter((r) => here.has(r.id)).length;
  if (records.length) lines.push(`${records.length - replaced} interview${records.length - replaced === 1 ? '' : 's'} to add, ${replaced} to update`);
  const read = incoming['read-lessons'] ?? [];
  if (read.length) lines.push(`${read.filter((id) => !current['read-lessons'].includes(id)).length} more guides marked read`);
  const sheets = Object.keys(incoming.checklists?.marks ?? {}).length;
  if (sheets) lines.push(`Ticks on ${sheets} checklist${sheets === 1 ? '' : 's'}`);
  if (incoming.theme) lines.push(`Theme: ${incoming.theme === 'system' ? 'follows your device' : incoming.theme}`);
  return lines.length ? lines : ['Nothing: the file holds no data.'];
}
