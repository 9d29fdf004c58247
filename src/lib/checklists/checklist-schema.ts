/**
 * The shape of a checklist (content/checklists/*.yaml): sections of items with stable ids. Checked at build
 * time through the content collection; a bad field fails the build naming the file and the field.
 * Build-time only: browser code imports just the types from here (zod would cost every checklist page
 * ~25 kB), and the helpers from checklists.ts.
 */
import { z } from 'zod';
import { PLAN_KEYS } from '../follow-up/timeline.ts';

/** How a checklist's page presents it (see `layout` below). */
const LAYOUTS = ['list', 'day-sheet', 'planner'] as const;
export type Layout = (typeof LAYOUTS)[number];

const kebab = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lower-case words joined by hyphens');

const item = z.strictObject({
  /** Saved ticks are keyed by it: never rename or reuse an id. */
  id: kebab,
  /** One imperative sentence (for a note, one plain statement). */
  text: z.string().min(10).max(140),
  /** How to do it, or why it matters. */
  detail: z.string().min(10).max(260).optional(),
  /** A lesson, optionally at an anchor, that explains the item. */
  link: z
    .string()
    .regex(/^\/guides\/[a-z0-9-]+\/(#[^\s#]+)?$/, 'link to a lesson: /guides/<slug>/ or /guides/<slug>/#<anchor>')
    .optional(),
  /** When it is due: days after the interview, or a step of the follow-up plan (`PLAN_KEYS`). Only on the planner's list. */
  due: z.union([z.number().int().min(0).max(60), z.enum(PLAN_KEYS)]).optional(),
  /**
   * On a dated step (`due`): what to do instead once its date has gone by and it is not ticked ("Send it
   * today"). The planner folds such steps into one "Already past" group and shows this beside each, so a
   * person who missed a step reads the way to catch up rather than a date they did not keep. Leave it out
   * where nothing is worth doing late.
   */
  missed: z.string().min(10).max(200).optional(),
  /**
   * For a habit rather than a one-off task: how often, as a short phrase shown where a date would be
   * ("Every week until you accept an offer"). A habit has no `due`, so it is never due or past; it is still
   * ticked like any other item.
   */
  ongoing: z.string().min(10).max(80).optional(),
  /**
   * `true` for something to keep in mind rather than to do (a mindset): it is shown as a note, with nothing
   * to tick or mark, no date, and it is left out of progress and scores.
   */
  note: z.literal(true).optional(),
});

const section = z.strictObject({
  id: kebab,
  title: z.string().min(2).max(60),
  items: z.array(item).min(1),
});

/** A space to write in by hand on the printed day sheet. */
const blank = z.strictObject({
  /** What to write there, as a short label ("Company"). */
  label: z.string().min(2).max(60),
  /** How many ruled lines it gets. */
  lines: z.number().int().min(1).max(8).default(1),
  /** `half` sits beside the next half-width blank. */
  width: z.enum(['full', 'half']).default('full'),
});

export const checklistSchema = z
  .strictObject({
    /** The list's one name: the page's title and h1, its card's heading, and its name in search. */
    title: z.string().min(3).max(60),
    /** One or two sentences under the h1 (and the page's description for search engines). */
    summary: z.string().min(20).max(160),
    /**
     * One line on its card: on the checklists page and at the end of a lesson that suggests it (a lesson's
     * `related` names the list by its file name).
     */
    blurb: z.string().min(20).max(120),
    /** Its place among the checklists (1 comes first): on the checklists page and among a site's tools. */
    order: z.number().int().positive(),
    /** tick: done or not; audit: done, needs work, or not applicable, with a score. */
    kind: z.enum(['tick', 'audit']),
    /**
     * list: the list alone. day-sheet: a sheet to print for one interview, whose first printed page has the
     * `blanks` to fill in by hand, then the list. planner: the items are dated (`due`) from an interview
     * shared with the diagnostic, and exported to a calendar.
     */
    layout: z.enum(LAYOUTS).default('list'),
    /** On a day sheet only: the blanks on the first printed page, in order. */
    blanks: z.array(blank).min(1).optional(),
    sections: z.array(section).min(1),
  })
  .superRefine((checklist, ctx) => {
    if (checklist.layout === 'day-sheet' && !checklist.blanks)
      ctx.addIssue({ code: 'custom', path: ['blanks'], message: 'a day sheet needs blanks to print' });
    if (checklist.layout !== 'day-sheet' && checklist.blanks)
      ctx.addIssue({ code: 'custom', path: ['blanks'], message: 'blanks are printed on a day sheet only (layout: day-sheet)' });
    const seen = new Set<string>();
    checklist.sections.forEach((s, i) =>
      s.items.forEach((it, j) => {
        const at = (field: string) => ['sections', i, 'items', j, field];
        if (seen.has(it.id)) ctx.addIssue({ code: 'custom', path: at('id'), message: `item id "${it.id}" is used twice` });
        seen.add(it.id);
        if (it.due !== undefined && it.note)
          ctx.addIssue({ code: 'custom', path: at('due'), message: 'a note has no date: remove due, or note' });
        if (it.due !== undefined && checklist.layout !== 'planner')
          ctx.addIssue({ code: 'custom', path: at('due'), message: 'only a planner dates its items (layout: planner)' });
        if (it.ongoing !== undefined && it.due !== undefined)
          ctx.addIssue({ code: 'custom', path: at('ongoing'), message: 'a habit has no date: remove due, or ongoing' });
        if (it.ongoing !== undefined && it.note)
          ctx.addIssue({ code: 'custom', path: at('ongoing'), message: 'a note is not something to do: remove ongoing, or note' });
        if (it.missed !== undefined && it.due === undefined)
          ctx.addIssue({ code: 'custom', path: at('missed'), message: 'only a dated step can be missed: add due, or remove missed' });
      }),
    );
    if (checklist.sections.every((s) => s.items.every((it) => it.note)))
      ctx.addIssue({ code: 'custom', path: ['sections'], message: 'a checklist needs at least one item that is not a note' });
  });

export type Checklist = z.infer<typeof checklistSchema>;
export type ChecklistItem = Checklist['sections'][number]['items'][number];
