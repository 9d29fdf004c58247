/**
 * Everything the site stores, as one list: each value's declaration (name, schema, initial value, from its
 * own module) with what the "Your data" page needs to know about it (how an import merges into it, and how
 * it is described in plain words). Export, import, replace, delete and the page's summary are derived from
 * this list (site-data.ts, backup.ts, src/state/data-actions.ts), so a new stored value is its own module
 * plus one entry here.
 *
 * Only the data page imports this module: the merge and describe code of every store stays out of the
 * pages that just keep one store.
 */
import { CHECKLISTS, type ChecklistsState } from '../checklists/checklists.ts';
import { DATA_CARE, describeDataCare, mergeDataCare, type DataCare } from './data-care.ts';
import { formatDate, plural } from '../core/dates.ts';
import { checkInterviews, type CheckedValue } from './import-check.ts';
import { addProblem, INTERVIEWS, type InterviewsState } from '../interviews/interviews.ts';
import type { QuizModel } from '../diagnostic/quiz-schema.ts';
import { describePractice, mergePractice, PRACTICE, type PracticeState } from '../prep/practice.ts';
import { READ_LESSONS } from '../content/progress.ts';
import { describeReviews, mergeReviews, REVIEWS, type ReviewsState } from '../mentor/reviews.ts';
import type { StoredValue } from '../storage/stored-value.ts';
import { describeStories, mergeStories, STORIES, type StoriesState } from '../prep/stories.ts';
import { THEME, type ThemeChoice } from '../content/theme.ts';
import { PLACE } from '../follow-up/work-calendar.ts';

/** Every stored value by name, as read from the stores or from an export file (which may lack some). */
export type SiteData = Readonly<Record<string, unknown>>;

/** What the summary may mention about the site itself. */
export interface SiteFacts {
  /** How many guides there are, for "3 of 14 guides marked read". */
  lessonCount?: number;
}

/** What checking an import may use: the quiz the saved answers must fit, and the places with holiday lists. */
export interface ImportContext {
  model?: Pick<QuizModel, 'questions'>;
  now?: Date;
  /** Every country and region code the site has a holiday list for ("US", "GB-SCT"), when it could be loaded. */
  places?: ReadonlySet<string>;
}

export interface RegistryEntry<T> extends StoredValue<T> {
  /** What it is, in plain words, for a list: "Saved interviews". */
  title: string;
  /**
   * Makes an import's data (already migrated to the current version) fit to store, saying what it
   * changed; undefined when nothing in it is usable. Without it, the schema's own check decides, all or
   * nothing.
   */
  check?(data: unknown, context: ImportContext): CheckedValue<T> | undefined;
  /**
   * Why an import's value, well formed, still cannot be used (a country code the site does not know), in words
   * that name it: the whole import is refused with this message.
   */
  refuse?(value: T, context: ImportContext): string | undefined;
  /** Why `merged` (what is here plus an import) could not be stored, such as a count over its limit. */
  mergeProblem?(current: T, merged: T): string | undefined;
  /**
   * Adds `incoming` (from an import) to `current`: where both hold the same item the import's copy wins,
   * while a choice made here (the interview open in the diagnostic or the planner) stays. `merged` holds the entries listed before this one, already merged, for rules across stores (a
   * reference to an interview must name one that exists). Merging into `initial` must give `incoming`
   * back: that is how an import replaces everything.
   */
  merge(current: T, incoming: T, merged: SiteData): T;
  /** One line saying what is stored now, e.g. "2 saved interviews (details, quiz answers, dates)". */
  describe(value: T, site: SiteFacts): string;
  /** What importing `incoming` would do to `current`, or undefined when there is nothing to say. */
  describeImport(current: T, incoming: T): string | undefined;
}

export type Registry = readonly RegistryEntry<unknown>[];

/** The value of `stored` in `data`, or its initial value when `data` has none. */
export function valueOf<T>(data: SiteData, stored: StoredValue<T>): T {
  return (Object.hasOwn(data, stored.name) ? data[stored.name] : stored.initial) as T;
}

const interviews: RegistryEntry<InterviewsState> = {
  ...INTERVIEWS,
  title: 'Saved interviews',
  check: (data, context) => checkInterviews(data, context),
  mergeProblem: (current, merged) => addProblem(current, merged.interviews.length - current.interviews.length),
  merge(current, incoming) {
    const byId = new Map(current.interviews.map((r) => [r.id, r]));
    for (const record of incoming.interviews) byId.set(record.id, record);
    const all = [...byId.values()];
    // The interview open here stays open; the file's opens only when none is.
    const currentId = current.currentId ?? (all.some((r) => r.id === incoming.currentId) ? incoming.currentId : null);
    return { interviews: all, currentId };
  },
  describe: ({ interviews: all }) =>
    all.length ? `${plural(all.length, 'saved interview')} (details, quiz answers, dates)` : 'No saved interviews',
  describeImport(current, incoming) {
    if (!incoming.interviews.length) return undefined;
    const here = new Set(current.interviews.map((r) => r.id));
    const updated = incoming.interviews.filter((r) => here.has(r.id)).length;
    return `${plural(incoming.interviews.length - updated, 'interview')} to add, ${updated} to update`;
  },
};

const readLessons: RegistryEntry<string[]> = {
  ...READ_LESSONS,
  title: 'Guides marked read',
  merge: (current, incoming) => [...new Set([...current, ...incoming])],
  describe: (read, { lessonCount }) =>
    read.length
      ? `${read.length}${lessonCount ? ` of ${lessonCount}` : ''} guide${read.length === 1 ? '' : 's'} marked read`
      : 'No guides marked read',
  describeImport: (current, incoming) =>
    incoming.length ? `${incoming.filter((id) => !current.includes(id)).length} more guides marked read` : undefined,
};

const ticks = (sheets: number) => `Ticks on ${plural(sheets, 'checklist')}`;

const checklists: RegistryEntry<ChecklistsState> = {
  ...CHECKLISTS,
  title: 'Checklist ticks',
  merge(current, incoming, merged) {
    // Listed after the interviews, so the planner's interview is checked against the merged list.
    const plannerId = current.plannerId ?? incoming.plannerId;
    return {
      marks: { ...current.marks, ...incoming.marks },
      upcoming: incoming.upcoming.name || incoming.upcoming.date ? incoming.upcoming : current.upcoming,
      plannerId: plannerId && valueOf(merged, INTERVIEWS).interviews.some((r) => r.id === plannerId) ? plannerId : null,
    };
  },
  describe({ marks }) {
    const sheets = Object.values(marks).filter((m) => Object.keys(m).length > 0).length;
    return sheets ? ticks(sheets) : 'No checklist ticks';
  },
  describeImport(_, incoming) {
    const sheets = Object.keys(incoming.marks).length;
    return sheets ? ticks(sheets) : undefined;
  },
};

const themeLine = (choice: ThemeChoice) => `Theme: ${choice === 'system' ? 'follows your device' : choice}`;

const theme: RegistryEntry<ThemeChoice> = {
  ...THEME,
  title: 'Theme',
  merge: (_, incoming) => incoming,
  describe: themeLine,
  describeImport: (_, incoming) => themeLine(incoming),
};

const dataCare: RegistryEntry<DataCare> = {
  ...DATA_CARE,
  title: 'Export and keep-data answers',
  merge: mergeDataCare,
  describe: (care) => describeDataCare(care),
  describeImport: (_, incoming) => (incoming.lastExport ? `The date of your last export, ${formatDate(incoming.lastExport)}` : undefined),
};

const reviews: RegistryEntry<ReviewsState> = {
  ...REVIEWS,
  title: 'Mentor reviews',
  merge: mergeReviews,
  describe: describeReviews,
  describeImport: (_, incoming) => (incoming.reviews.length ? describeReviews(incoming) : undefined),
};

const stories: RegistryEntry<StoriesState> = {
  ...STORIES,
  title: 'Story bank',
  merge: mergeStories,
  describe: describeStories,
  describeImport: (_, incoming) => (incoming.stories.length ? describeStories(incoming) : undefined),
};

const practice: RegistryEntry<PracticeState> = {
  ...PRACTICE,
  title: 'Expected questions and practice cards',
  merge: mergePractice,
  describe: describePractice,
  describeImport: (_, incoming) =>
    incoming.expectations.length + incoming.own.length + incoming.cards.length ? describePractice(incoming) : undefined,
};

const placeLine = (code: string) => (code ? `Holidays: ${code}` : 'Holidays: from your browser’s language');

const place: RegistryEntry<string> = {
  ...PLACE,
  title: 'Country for holidays',
  refuse: (code, { places }) =>
    code && places && !places.has(code)
      ? `Its country for holidays, "${code}", is not one this site has holidays for (codes look like "US", "GB-SCT" or "CA-QC").`
      : undefined,
  merge: (current, incoming) => incoming || current,
  describe: placeLine,
  describeImport: (_, incoming) => (incoming ? placeLine(incoming) : undefined),
};

/** Every stored value, in the order the data page lists them (and merges them: interviews before checklists). */
export const REGISTRY: Registry = [interviews, readLessons, checklists, theme, place, dataCare, reviews, stories, practice];
