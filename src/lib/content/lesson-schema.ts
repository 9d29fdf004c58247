/**
 * The frontmatter of a lesson (content/lessons/*.mdx). Checked at build time through the content collection
 * (a bad field fails the build naming the file and the field) and here in plain Node by the unit tests.
 * Build-time only, like checklists/checklist-schema.ts: nothing in the browser imports it.
 */
import { z } from 'zod';
import { MOMENTS } from './lessons.ts';
import { SOURCE_ID } from './sources.ts';

export const lessonSchema = z.strictObject({
  /** Page title and h1: short and plain, what the reader will learn. */
  title: z.string().min(3).max(80),
  /** One line under the title and on the guides index card. */
  summary: z.string().min(20).max(180),
  /** The moment this lesson serves: before an interview, just after, while waiting, once called back, or after an offer. */
  moment: z.enum(MOMENTS),
  /**
   * Reading order across the whole guide (1 comes first); prev/next links follow it. Two lessons with the
   * same order stop the build, naming both files.
   */
  order: z.number().int().positive(),
  /** Two to five one-sentence key takeaways, shown in a box at the top of the lesson. */
  takeaways: z.array(z.string().min(10)).min(2).max(5),
  /**
   * Where the guidance comes from, listed at the end of the lesson: ids of content/sources.yaml, in the
   * order to list them. An id that names no source stops the build (see sourcesFor in sources.ts).
   */
  sources: z.array(z.string().regex(SOURCE_ID, 'a source id from content/sources.yaml')).min(1),
  /**
   * Tools to suggest at the end of the lesson, as cards: `diagnose`, or a checklist by its file name
   * (`post-interview`). A name that is neither stops the build (see relatedTools in site.ts).
   */
  related: z.array(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use a tool id: diagnose, or a checklist file name')).default([]),
});

