/**
 * Where the site's guidance comes from: every work a lesson cites, kept once in content/sources.yaml and
 * named by id in each lesson's `sources`, so a lesson's list and the page "How this advice was made" never
 * disagree. Build-time only: nothing in the browser imports it.
 */
import { z } from 'zod';

/** Ids are short kebab-case names: what lessons write in their `sources`. */
export const SOURCE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const SOURCE_KINDS = ['article', 'survey', 'rights', 'calendar', 'practice'] as const;

export const sourceSchema = z.strictObject({
  id: z.string().regex(SOURCE_ID, 'a kebab-case id, like "great-interview-no-callback"'),
  /**
   * `article`: one of the five articles the guidance was rewritten from; `survey`: a survey or study that
   * gives a figure; `rights`: a public body's or a charity's page on rights and deadlines; `calendar`: a law, a
   * public body's page or a report on the working year (fiscal years, public holidays, seasonal closures);
   * `practice`: a career service's, vendor's or reporter's account of how a hiring practice works (how a
   * recorded video interview runs, what its software scores).
   */
  kind: z.enum(SOURCE_KINDS),
  /** The title as published. */
  title: z.string().min(3),
  /** The site, publisher or body, as precisely as the work names it. */
  publisher: z.string().min(2),
  /** The author or byline, only where the work gives one: never guessed. */
  author: z.string().min(2).optional(),
  /** The year of publication, where known. */
  year: z.number().int().min(1990).max(2100).optional(),
  /** What a reader should know about it (an excerpt of a book, a site that names no author). */
  note: z.string().min(10).optional(),
});
export type Source = z.infer<typeof sourceSchema>;

/**
 * The sources a lesson names, in its order. An id that names no source throws, naming the lesson's file and
 * the ids there are, so a typo stops the build.
 */
export function sourcesFor(ids: readonly string[], sources: readonly Source[], file: string): Source[] {
  return ids.map((id) => {
    const source = sources.find((s) => s.id === id);
    if (!source)
      throw new Error(
        `${file}: sources: there is no source "${id}" in content/sources.yaml; use one of ${sources.map((s) => s.id).join(', ')}`,
      );
    return source;
  });
}

/** "Title", Publisher (Author), Year: how a source is cited in a list. */
export function citation(source: Source): { title: string; by: string } {
  const who = source.author ? `${source.publisher}; by ${source.author}` : source.publisher;
  return { title: source.title, by: source.year ? `${who}, ${source.year}` : who };
}
