/**
 * The search vocabulary (content/search/vocabulary.yaml): the words and phrases people type, mapped to the
 * site's own words for the same idea, and to the tools that answer it. "Should I ring them" then reaches the
 * follow-up advice rather than a section that happens to say "call", and "did I get the job" offers the
 * diagnostic first. Content, not code, so it is reviewed like any lesson; the schema fails the build naming
 * the entry and field.
 */
import { z } from 'zod';

const phrase = z
  .string()
  .min(2)
  .regex(/^[a-z0-9' -]+$/, 'lower case words only, as people type them (no punctuation but apostrophes)');

export const conceptSchema = z.strictObject({
  /** A short name for the idea, for reviewers and test messages. */
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  /** What people type for it: a word or a phrase, matched as whole words in order. */
  phrases: z.array(phrase).min(1),
  /** The site's words for it: the query is searched with these as well. */
  means: z.array(phrase).min(1),
  /** Pages that answer it outright (a tool or a checklist), offered first when a phrase matches. */
  tools: z.array(z.string().regex(/^\/[a-z0-9/-]*\/$/, 'a site path such as /diagnose/')).optional(),
});

export type Concept = z.infer<typeof conceptSchema>;
