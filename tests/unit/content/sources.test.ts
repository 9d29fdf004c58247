/**
 * The works the guides cite (content/sources.yaml): each is well formed, each lesson's `sources` names only
 * works that exist, and a wrong id stops the build naming the lesson's file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { lessonSchema } from '../../../src/lib/content/lesson-schema';
import { citation, sourceSchema, sourcesFor, type Source } from '../../../src/lib/content/sources';

const root = join(import.meta.dirname, '../../..');
const sources = (yaml.load(readFileSync(join(root, 'content/sources.yaml'), 'utf8')) as unknown[]).map((s) => sourceSchema.parse(s));
const lessons = readdirSync(join(root, 'content/lessons'))
  .filter((f) => f.endsWith('.mdx'))
  .map((file) => {
    const frontmatter = readFileSync(join(root, 'content/lessons', file), 'utf8').split('---')[1];
    return { file, data: lessonSchema.parse(yaml.load(frontmatter)) };
  });

describe('content/sources.yaml', () => {
  it('gives each work one id', () => {
    const ids = sources.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('holds every work a lesson cites, and each work is cited somewhere or is one of the articles', () => {
    const cited = new Set(lessons.flatMap((l) => sourcesFor(l.data.sources, sources, l.file).map((s) => s.id)));
    for (const source of sources) expect(cited.has(source.id) || source.kind === 'article', source.id).toBe(true);
  });
});

describe('sourcesFor', () => {
  const one: Source = { id: 'an-article', kind: 'article', title: 'An article', publisher: 'A site' };
  it('keeps the lesson’s order', () => {
    const two: Source = { ...one, id: 'a-survey', kind: 'survey' };
    expect(sourcesFor(['a-survey', 'an-article'], [one, two], 'x.mdx').map((s) => s.id)).toEqual(['a-survey', 'an-article']);
  });
  it('names the lesson’s file, the field, the unknown id and the ids there are', () => {
    expect(() => sourcesFor(['an-artcle'], [one], 'content/lessons/x.mdx')).toThrow(
      'content/lessons/x.mdx: sources: there is no source "an-artcle" in content/sources.yaml; use one of an-article',
    );
  });
});

describe('citation', () => {
  const base: Source = { id: 'a', kind: 'survey', title: 'T', publisher: 'CareerBuilder' };
  it.each([
    [base, 'CareerBuilder'],
    [{ ...base, year: 2011 }, 'CareerBuilder, 2011'],
    [{ ...base, author: 'A. Writer', year: 2011 }, 'CareerBuilder; by A. Writer, 2011'],
  ])('%o reads "%s"', (source, by) => {
    expect(citation(source)).toEqual({ title: 'T', by });
  });
});
