/**
 * Lesson frontmatter, checked in plain Node with the schema the content collection uses: every lesson in
 * content/lessons passes, and each mistake an author can make reads as a message naming the field
 * (tests/build/content-errors.test.ts shows the same message from a real build, with the file name).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { orderClashes } from '../../../src/lib/core/content-order';
import { lessonSchema } from '../../../src/lib/content/lesson-schema';
import { relatedTools, toolPages } from '../../../src/lib/content/site';
import { VALID_LESSON } from '../../fixtures/lesson';

const root = join(import.meta.dirname, '../../..');
const frontmatter = (path: string) => yaml.load(readFileSync(join(root, path), 'utf8').split(/^---$/m)[1]) as Record<string, unknown>;
const lessons = readdirSync(join(root, 'content/lessons')).map((name) => {
  const file = `content/lessons/${name}`;
  return { file, data: lessonSchema.parse(frontmatter(file)) };
});

describe('the lessons in content/lessons', () => {
  it('each have their own place in the reading order', () => {
    expect(orderClashes(lessons.map(({ file, data }) => ({ file, order: data.order })))).toEqual([]);
  });

  it('suggest only tools that exist: the diagnostic or a checklist', () => {
    const checklists = readdirSync(join(root, 'content/checklists')).map((name) => ({
      id: name.replace(/\.yaml$/, ''),
      data: yaml.load(readFileSync(join(root, 'content/checklists', name), 'utf8')) as { title: string; blurb: string; order: number },
    }));
    const tools = toolPages(checklists);
    for (const { file, data } of lessons) expect(() => relatedTools(data.related, tools, file)).not.toThrow();
  });
});

describe('lesson frontmatter errors', () => {
  const valid = VALID_LESSON;
  const problems = (data: object) => {
    const result = lessonSchema.safeParse(data);
    return result.success ? 'valid' : z.prettifyError(result.error);
  };

  it('accepts a valid lesson, with no tools to suggest by default', () => {
    expect(lessonSchema.parse(valid).related).toEqual([]);
  });

  it('names an unknown moment and the moments there are', () => {
    expect(problems({ ...valid, moment: 'someday' })).toMatchInlineSnapshot(`
      "✖ Invalid option: expected one of "before"|"just-after"|"waiting"|"called-back"|"offer"
        → at moment"
    `);
  });

  it('names a missing summary', () => {
    expect(problems({ ...valid, summary: undefined })).toMatchInlineSnapshot(`
      "✖ Invalid input: expected string, received undefined
        → at summary"
    `);
  });

  it('names a misspelled field', () => {
    expect(problems({ ...valid, takeaway: ['x'] })).toMatchInlineSnapshot(`"✖ Unrecognized key: "takeaway""`);
  });

  it('names a source that is not an id of content/sources.yaml, by its place in the list', () => {
    expect(problems({ ...valid, sources: [{ title: 'An article' }] })).toMatchInlineSnapshot(`
      "✖ Invalid input: expected string, received object
        → at sources[0]"
    `);
  });

  it('names an order that is not a place in the reading order', () => {
    expect(problems({ ...valid, order: 0 })).toMatchInlineSnapshot(`
      "✖ Too small: expected number to be >0
        → at order"
    `);
  });

  it('names a related tool that is not an id', () => {
    expect(problems({ ...valid, related: ['Post-interview plan'] })).toMatchInlineSnapshot(`
      "✖ use a tool id: diagnose, or a checklist file name
        → at related[0]"
    `);
  });
});
