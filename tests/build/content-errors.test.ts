/**
 * A malformed lesson must stop the build with a message that names the file and the field, so an author
 * can fix it without reading code. Runs `astro sync` (the content check of `astro build`) on a copy of
 * the project's real config and schema with one broken lesson.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const fixture = mkdtempSync(join(tmpdir(), 'callback-content-'));
for (const path of ['astro.config.mjs', 'svelte.config.js', 'tsconfig.json', 'package.json', 'src/content.config.ts', 'src/lib', 'src/directives', 'scripts/service-worker.mjs']) {
  cpSync(join(root, path), join(fixture, path), { recursive: true });
}
symlinkSync(join(root, 'node_modules'), join(fixture, 'node_modules'), 'dir');
mkdirSync(join(fixture, 'content/lessons'), { recursive: true });
afterAll(() => rmSync(fixture, { recursive: true, force: true }));

const valid = {
  title: 'A valid lesson',
  summary: 'A summary long enough to pass the schema check.',
  moment: 'waiting',
  order: 1,
  takeaways: ['The first takeaway sentence.', 'The second takeaway sentence.'],
  sources: [{ title: 'An article', publisher: 'A publisher' }],
};

function syncWith(frontmatter: Record<string, unknown>) {
  writeFileSync(
    join(fixture, 'content/lessons/broken-lesson.mdx'),
    `---\n${JSON.stringify(frontmatter, null, 2)}\n---\n\nBody text.\n`,
  );
  const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'sync'], {
    cwd: fixture,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('lesson frontmatter errors', () => {
  it('accepts a valid lesson', () => {
    expect(syncWith(valid).status).toBe(0);
  });

  it.each([
    ['an unknown moment', { ...valid, moment: 'someday' }, 'moment'],
    ['a missing summary', { ...valid, summary: undefined }, 'summary'],
    ['a misspelt field', { ...valid, takeaway: ['x'] }, 'takeaway'],
    ['a source without a publisher', { ...valid, sources: [{ title: 'An article' }] }, 'publisher'],
  ])('fails on %s, naming the file and the field', (_, frontmatter, field) => {
    const { status, output } = syncWith(frontmatter);
    expect(status).not.toBe(0);
    expect(output).toContain('broken-lesson');
    expect(output).toContain(field);
  });
});
