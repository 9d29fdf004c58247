/**
 * The shape of a checklist (content/checklists/*.yaml): sections of items with stable ids. Checked at build
 * time through the content collection; a bad field fails the build naming the file and the field.
 * Build-time only: browser code imports just the types from here (zod would cost every checklist page
 * ~25 kB), and the helpers from checklists.ts.
 */
import { z } from 'zod';

/** Steps of the follow-up plan (src/lib/timeline.ts) an item can be due on. */
export const PLAN_STEPS = ['thankYouBy', 'firstFollowUp', 'secondFollowUp', 'moveOn'] as const;
export type PlanStep = (typeof PLAN_STEPS)[number];

const kebab = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lower-case words joined by hyphens');

const item = z.strictObject({
  /** Saved ticks are keyed by it: never rename or reuse an id. */
  id: kebab,
  /** One imperative sentence. */
  text: z.string().min(10).max(140),
  /** How to do it, or why it matters. */
  detail: z.string().min(10).max(260).optional(),
  /** A lesson, optionally at an anchor, that explains the item. */
  link: z.string().regex(/^\/guides\/[a-z0-9-]+\/(#[^\s#]+)?$/, 'link to a lesson: /guides/<slug>/ or /guides/<slug>/#<anchor>').optional(),
  /** When it is due: days after the interview, or a step of the follow-up plan. */
  due: z.union([z.number().int().min(0).max(60), z.enum(PLAN_STEPS)]).optional(),
});

const section = z.strictObject({
  id: kebab,
  title: z.string().min(2).max(60),
  items: z.array(item).min(1),
});

export const checklistSchema = z
  .strictObject({
    title: z.string().min(3).max(60),
    summary: z.string().min(20).max(160),
    /** tick: done or not; audit: done, needs work, or not applicable, with a score. */
    kind: z.enum(['tick', 'audit']),
    sections: z.array(section).min(1),
  })
  .superRefine((checklist, ctx) => {
    const seen = new Set<string>();
    checklist.sections.forEach((s, i) =>
      s.items.forEach((it, j) => {
        if (seen.has(it.id)) ctx.addIssue({ code: 'custom', path: ['sections', i, 'items', j, 'id'], message: `item id "${it.id}" is used twice` });
        seen.add(it.id);
      }),
    );
  });

export type Checklist = z.infer<typeof checklistSchema>;
export type ChecklistItem = Checklist['sections'][number]['items'][number];
