/**
 * The layers of src/ as `npm run lint` keeps them (eslint.config.js), and no import circles: files written the
 * wrong way fail the lint with a message that says which rule they broke, files written the right way pass,
 * and each domain's README says what the table says.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { DOMAINS } from '../../../eslint.config.js';

const root = resolve(import.meta.dirname, '../../..');
const eslint = new ESLint({ cwd: root });
const lib = join(root, 'src/lib');

/** The messages ESLint gives `code` as if it were the file at `path` (from the project's root). */
async function lint(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, path) });
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('npm run lint keeps the layers', () => {
  it('fails a src/lib file that imports a store', async () => {
    const messages = await lint(
      'src/lib/core/probe.ts',
      "import { interviews } from '../../state/interviews';\nexport const x = interviews;\n",
    );
    expect(messages).toEqual([expect.stringMatching(/no-restricted-paths.*src\/lib is plain logic/)]);
  });

  it('fails a src/lib file that imports an island, Svelte or Astro', async () => {
    const code = [
      "import Journal from '../../islands/journal/Journal.svelte';",
      "import { onMount } from 'svelte';",
      "import { getCollection } from 'astro:content';",
      'export const x = [Journal, onMount, getCollection];',
    ].join('\n');
    const messages = await lint('src/lib/journal/probe.ts', code);
    expect(messages).toHaveLength(3);
    expect(messages[0]).toMatch(/no-restricted-paths/);
    expect(messages.slice(1)).toEqual([expect.stringMatching(/no-restricted-imports/), expect.stringMatching(/no-restricted-imports/)]);
  });

  it('fails a store that imports an island', async () => {
    const messages = await lint(
      'src/state/probe.ts',
      "import Journal from '../islands/journal/Journal.svelte';\nexport const x = Journal;\n",
    );
    expect(messages).toEqual([expect.stringMatching(/no-restricted-paths.*src\/state holds stores/)]);
  });

  it('fails a domain that imports a domain it may not', async () => {
    // interviews sits below journal: the record may not depend on the journal's views.
    const messages = await lint(
      'src/lib/interviews/probe.ts',
      "import { standing } from '../journal/view.ts';\nexport const x = standing;\n",
    );
    expect(messages).toEqual([expect.stringMatching(/src\/lib\/interviews may import only 'core', 'storage'/)]);
  });

  it("fails a domain that reaches into another's internals", async () => {
    const messages = await lint('src/lib/journal/probe.ts', "import { icsFile } from '../follow-up/ics.ts';\nexport const x = icsFile;\n");
    expect(messages).toEqual([
      expect.stringMatching(/Only 'timeline.ts', 'email.ts', 'calendar.ts', 'work-calendar.ts', 'date-words.ts' of src\/lib\/follow-up/),
    ]);
  });

  it('fails two files that import each other', async () => {
    // stories-view.ts reads practice.ts: practice.ts reading the view back would close a circle.
    const code = "import { storyUseLines } from './stories-view.ts';\nexport const x = storyUseLines;\n";
    expect(await lint('src/lib/prep/practice.ts', code)).toEqual([expect.stringMatching(/no-cycle/)]);
  });

  it('passes the same kinds of import made the right way', async () => {
    const code = [
      "import { addDays } from '../core/dates.ts';",
      "import { planFollowUps } from '../follow-up/timeline.ts';",
      "import { interviewLabel } from '../interviews/interviews';",
      'export const x = [addDays, planFollowUps, interviewLabel];',
    ].join('\n');
    expect(await lint('src/lib/journal/probe.ts', code)).toEqual([]);
    expect(await lint('src/state/probe.ts', "import { interviews } from './interviews';\nexport const x = interviews;\n")).toEqual([]);
  });
});

describe('the domains of src/lib', () => {
  const folders = readdirSync(lib).filter((name) => statSync(join(lib, name)).isDirectory());

  it('are the folders of src/lib, and every file is in one', () => {
    expect(folders.sort()).toEqual(Object.keys(DOMAINS).sort());
    expect(readdirSync(lib).filter((name) => !folders.includes(name))).toEqual([]);
  });

  it('import in one direction: no domain uses one that uses it back, even through others', () => {
    const reaches = (from: string, seen = new Set<string>()): Set<string> => {
      for (const d of DOMAINS[from]!.uses) if (!seen.has(d)) reaches(d, seen.add(d));
      return seen;
    };
    for (const domain of folders) expect(reaches(domain).has(domain), domain).toBe(false);
  });

  it.each(folders)('%s: its README says what it may import and what others may import of it, as the table does', (domain) => {
    const { uses, face } = DOMAINS[domain]!;
    const readme = readFileSync(join(lib, domain, 'README.md'), 'utf8');
    const listed = (label: string) =>
      [...(readme.match(new RegExp(`^- ${label}: (.*)$`, 'm'))?.[1] ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1]);
    expect(listed('May import')).toEqual(uses);
    if (!uses.length) expect(readme).toMatch(/^- May import: nothing of the site\.$/m);
    if (face === '*') expect(readme).toMatch(/^- Other domains may import: any file\.$/m);
    else {
      expect(listed('Other domains may import')).toEqual(face);
      if (!face.length) expect(readme).toMatch(/^- Other domains may import: none of it\.$/m);
      for (const file of face) expect(statSync(join(lib, domain, file)).isFile(), `${domain}/${file}`).toBe(true);
    }
  });
});
