/**
 * A content mistake must stop the build with a message that names the file and what to fix, so an author can
 * fix it without reading code. Runs `astro sync` (the content check of `astro build`) on a copy of the
 * project's real config and schemas with fixture lessons, checklists and question bank. Slow, so it keeps to
 * what only a real run shows: that Astro's message carries the file name (a lesson's, a checklist's, the
 * question bank's), and the checks across entries and files (two lessons with one `order`, a question whose
 * lesson is missing).
 * Each schema's own messages are tested in-process, in tests/unit/content/lesson-schema.test.ts,
 * tests/unit/checklists/checklist-schema.test.ts and tests/unit/prep/question-bank-schema.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { libraryParts } from '../fixtures/bank';
import { VALID_LESSON } from '../fixtures/lesson';

const root = resolve(import.meta.dirname, '../..');
const fixture = mkdtempSync(join(tmpdir(), 'callback-content-'));
for (const path of [
  'astro.config.mjs',
  'svelte.config.js',
  'tsconfig.json',
  'package.json',
  'src/content.config.ts',
  'src/lib',
  'src/islands/shared/intent-directive.ts',
]) {
  cpSync(join(root, path), join(fixture, path), { recursive: true });
}
symlinkSync(join(root, 'node_modules'), join(fixture, 'node_modules'), 'dir');
afterAll(() => rmSync(fixture, { recursive: true, force: true }));

const valid = VALID_LESSON;

/**
 * A question bank that passes: one question for every kind of round, seeded from `lesson` (by default the
 * first fixture lesson, so a test about lessons fails on its lessons, not on the bank).
 */
const validBank = (lesson = 'first') => [
  {
    id: 'why-this-role',
    round: ['screen', 'hiring-manager', 'panel', 'technical', 'final'],
    text: 'What made you apply for this role?',
    why: 'Whether your interest is specific to this job.',
    ...libraryParts,
    lesson,
  },
];

/**
 * `astro sync` on exactly these lessons (file name → frontmatter), checklists (file name → data) and question
 * bank (one list, in content/practice/questions/bank.yaml).
 */
function syncWith(
  lessons: Record<string, Record<string, unknown>>,
  {
    checklists = {},
    bank = validBank(Object.keys(lessons)[0]?.replace(/\.mdx$/, '')),
  }: { checklists?: Record<string, Record<string, unknown>>; bank?: Record<string, unknown>[] } = {},
) {
  const dir = join(fixture, 'content/lessons');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [name, frontmatter] of Object.entries(lessons)) {
    writeFileSync(join(dir, name), `---\n${JSON.stringify(frontmatter, null, 2)}\n---\n\nBody text.\n`);
  }
  const lists = join(fixture, 'content/checklists');
  rmSync(lists, { recursive: true, force: true });
  mkdirSync(lists, { recursive: true });
  // JSON is YAML too.
  for (const [name, data] of Object.entries(checklists)) writeFileSync(join(lists, name), JSON.stringify(data, null, 2));
  rmSync(join(fixture, 'content/practice'), { recursive: true, force: true });
  mkdirSync(join(fixture, 'content/practice/questions'), { recursive: true });
  writeFileSync(join(fixture, 'content/practice/questions/bank.yaml'), JSON.stringify(bank, null, 2));
  const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'sync'], {
    cwd: fixture,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('content errors in a real build', () => {
  it('accepts valid lessons', () => {
    const { status, output } = syncWith({ 'first.mdx': valid, 'second.mdx': { ...valid, order: 2 } });
    expect(status, output).toBe(0);
  });

  it('fails on a bad field, naming the file and the field', () => {
    const { status, output } = syncWith({ 'broken-lesson.mdx': { ...valid, moment: 'someday' } });
    expect(status).not.toBe(0);
    expect(output).toContain('broken-lesson');
    expect(output).toMatch(/moment.*Invalid option: expected one of "before"\|"just-after"\|"waiting"\|"called-back"\|"offer"/);
  });

  it('fails on a habit with a date in a checklist, naming the file and the field', () => {
    const plan = {
      title: 'A broken plan',
      summary: 'A plan whose habit also has a date, which the schema refuses.',
      blurb: 'A card line long enough to pass.',
      order: 1,
      kind: 'tick',
      layout: 'planner',
      sections: [
        {
          id: 'wait',
          title: 'Wait',
          items: [{ id: 'apply', text: 'Keep applying for other jobs.', ongoing: 'Every week, until an offer', due: 0 }],
        },
      ],
    };
    const { status, output } = syncWith({ 'first.mdx': valid }, { checklists: { 'broken-plan.yaml': plan } });
    expect(status).not.toBe(0);
    expect(output).toContain('checklists → broken-plan data does not match collection schema');
    expect(output).toContain('sections.0.items.0.ongoing: a habit has no date: remove due, or ongoing');
  });

  it('fails on a bad field in the question bank, naming the file, the question and the field', () => {
    const bank = [...validBank(), { ...validBank()[0], id: 'salary', round: ['recruiter'] }];
    const { status, output } = syncWith({ 'first.mdx': valid }, { bank });
    expect(status).not.toBe(0);
    expect(output).toContain('interviewQuestions → salary data does not match collection schema');
    expect(output).toMatch(/round\.0: Invalid option: expected one of "screen"\|"hiring-manager"\|"panel"\|"technical"\|"final"/);
    expect(output).toContain('content/practice/questions/bank.yaml');
  });

  it('fails on a question id used twice and a lesson that does not exist, naming the file and each', () => {
    const bank = [...validBank(), { ...validBank()[0], lesson: 'no-such-lesson' }];
    const { status, output } = syncWith({ 'first.mdx': valid }, { bank });
    expect(status).not.toBe(0);
    expect(output).toContain('content/practice/questions/: the question bank has problems:');
    expect(output).toContain(
      'id: "why-this-role" is used by more than one question (content/practice/questions/bank.yaml entry 1 and content/practice/questions/bank.yaml entry 2)',
    );
    expect(output).toContain('why-this-role → lesson: there is no lesson "no-such-lesson" in content/lessons; use one of first');
  });

  it('fails on two lessons with one place in the reading order, naming both files', () => {
    const { status, output } = syncWith({ 'first.mdx': valid, 'also-first.mdx': valid, 'second.mdx': { ...valid, order: 2 } });
    expect(status).not.toBe(0);
    expect(output).toContain('The lessons collection needs one place per file (`order`):');
    expect(output).toContain('order 1 is taken by content/lessons/also-first.mdx and content/lessons/first.mdx');
  });
});
