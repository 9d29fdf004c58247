/**
 * Content collections. Every schema is strict: an unknown or misspelled field fails the build, and Astro's
 * error names the file and the field, so authors never ship a silently ignored typo.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { MOMENTS, TOOLS } from './lib/lessons';
import yaml from 'js-yaml';
import { checklistSchema } from './lib/checklist-model';
import { questionSchema, reasonSchema, statusSchema, timingSchema } from './lib/quiz-model';

const lessons = defineCollection({
  loader: glob({ base: './content/lessons', pattern: '**/*.mdx' }),
  schema: z.strictObject({
    /** Page title and h1: short and plain, what the reader will learn. */
    title: z.string().min(3).max(80),
    /** One line under the title and on the guides index card. */
    summary: z.string().min(20).max(180),
    /** The moment this lesson serves: before an interview, just after, while waiting, or once called back. */
    moment: z.enum(MOMENTS),
    /** Reading order across the whole guide (1 comes first); prev/next links follow it. */
    order: z.number().int().positive(),
    /** Two to five one-sentence key takeaways, shown in a box at the top of the lesson. */
    takeaways: z.array(z.string().min(10)).min(2).max(5),
    /** Where the guidance comes from: listed at the end of the lesson. */
    sources: z
      .array(
        z.strictObject({
          title: z.string(),
          publisher: z.string(),
          year: z.number().int().min(1990).max(2100).optional(),
        }),
      )
      .min(1),
    /** Tools to suggest at the end of the lesson. */
    related: z.array(z.enum(TOOLS)).default([]),
  }),
});

// The diagnostic's model: one collection per file of content/quiz, each entry checked by the schema that
// `npm run diagnose` also uses (src/lib/quiz-model.ts). Order matters (questions are asked in file order,
// ties between reasons keep it), and collections come back sorted by id, so each entry keeps its position.
const inFileOrder = (name: string) =>
  file(`content/quiz/${name}.yaml`, {
    parser: (text) => (yaml.load(text) as Record<string, unknown>[]).map((entry, position) => ({ ...entry, position })),
  });
const position = { position: z.number().int() };
const questions = defineCollection({ loader: inFileOrder('questions'), schema: questionSchema.extend(position) });
const reasons = defineCollection({ loader: inFileOrder('reasons'), schema: reasonSchema.extend(position) });
const statuses = defineCollection({ loader: inFileOrder('statuses'), schema: statusSchema.extend(position) });
const timing = defineCollection({ loader: inFileOrder('timing'), schema: timingSchema.extend(position) });

// The three checklists, one YAML file each (the file name is the id and the URL).
const checklists = defineCollection({
  loader: glob({ base: './content/checklists', pattern: '*.yaml' }),
  schema: checklistSchema,
});

export const collections = { lessons, questions, reasons, statuses, timing, checklists };
