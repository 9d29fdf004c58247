/**
 * Content collections. Every schema is strict: an unknown or misspelled field fails the build, and Astro's
 * error names the file and the field, so authors never ship a silently ignored typo. The schemas live in
 * src/lib (the `*-schema.ts` files of content, checklists, diagnostic, prep and search), where plain unit tests
 * parse with them too.
 */
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { defineCollection } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import yaml from 'js-yaml';
import { checklistSchema } from './lib/checklists/checklist-schema';
import { orderClashes } from './lib/core/content-order';
import { lessonSchema } from './lib/content/lesson-schema';
import { askThemSchema, bankProblems, bankQuestionSchema, type BankQuestion } from './lib/prep/question-bank-schema';
import { questionSchema, reasonSchema, statusSchema, timingSchema } from './lib/diagnostic/quiz-schema';
import { conceptSchema } from './lib/search/vocabulary-schema';
import { sourceSchema } from './lib/content/sources';

/**
 * A loader whose entries each say their place (`order`): after loading, two files with the same place stop
 * the build, naming both. A schema sees one entry at a time, so this check sits in the loader. (In dev, an
 * edit reloads one file without it; the next start or build checks again.)
 */
function withOwnPlaces(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      await loader.load(context);
      const entries = [...context.store.values()].map((entry) => ({
        file: entry.filePath ?? entry.id,
        order: (entry.data as { order: number }).order,
      }));
      const clashes = orderClashes(entries);
      if (clashes.length)
        throw new Error(`The ${context.collection} collection needs one place per file (\`order\`):\n  ${clashes.join('\n  ')}`);
    },
  };
}

// Lessons: one MDX file each; the file name is the id and the URL. `CALLBACK_LESSONS` points the build at
// another folder of lessons: the benches build the site at 10× and 100× the lessons (scripts/lib/scaled-site.ts).
const LESSONS = process.env.CALLBACK_LESSONS ?? './content/lessons';
const lessons = defineCollection({
  loader: withOwnPlaces(glob({ base: LESSONS, pattern: '**/*.mdx' })),
  schema: lessonSchema,
});

// The diagnostic's model: one collection per file of content/quiz, each entry checked by the schema that
// `npm run diagnose` also uses (src/lib/diagnostic/quiz-schema.ts). Order matters (questions are asked in file order,
// ties between reasons keep it), and collections come back sorted by id, so each entry keeps its position.
const inFileOrder = (path: string) =>
  file(path, {
    parser: (text) => (yaml.load(text) as Record<string, unknown>[]).map((entry, position) => ({ ...entry, position })),
  });
const position = { position: z.number().int() };
const questions = defineCollection({ loader: inFileOrder('content/quiz/questions.yaml'), schema: questionSchema.extend(position) });
const reasons = defineCollection({ loader: inFileOrder('content/quiz/reasons.yaml'), schema: reasonSchema.extend(position) });
const statuses = defineCollection({ loader: inFileOrder('content/quiz/statuses.yaml'), schema: statusSchema.extend(position) });
const timing = defineCollection({ loader: inFileOrder('content/quiz/timing.yaml'), schema: timingSchema.extend(position) });

// The checklists, one YAML file each (the file name is the id and the URL). Each file carries all the site
// says about its list (name, card, order, layout), so adding a list is adding a file.
const checklists = defineCollection({
  loader: withOwnPlaces(glob({ base: './content/checklists', pattern: '*.yaml' })),
  schema: checklistSchema,
});

// The search vocabulary: how people ask, mapped to the site's words (src/lib/search/vocabulary-schema.ts).
const vocabulary = defineCollection({
  loader: file('content/search/vocabulary.yaml'),
  schema: conceptSchema,
});

// Every work the lessons cite, once (src/lib/content/sources.ts); lessons name them by id. The trust page lists
// them in file order.
const sources = defineCollection({ loader: inFileOrder('content/sources.yaml'), schema: sourceSchema.extend(position) });

/**
 * The interview question bank: a folder of YAML lists, read in the order of their file names, each entry
 * checked by its schema, then the bank as a whole (`bankProblems`: ids used once across every file, lessons
 * that exist, every kind of round covered). Not `file()`: it only logs a file it cannot find or parse and
 * keeps the later of two entries with one id, where a bank the practice page and saved picks depend on should
 * stop the build, naming the file. Lessons are known by their file names, read from the lessons' folder: a
 * loader sees only its own collection.
 */
function questionBank(folder: string): Loader {
  return {
    name: 'question-bank',
    load: async ({ config, store, parseData, watcher, logger }) => {
      const folderPath = fileURLToPath(new URL(folder, config.root));
      const lessonIds = () =>
        readdirSync(fileURLToPath(new URL(LESSONS, config.root)), { recursive: true, encoding: 'utf8' })
          .filter((name) => name.endsWith('.mdx'))
          .map((name) => name.replace(/\.mdx$/, ''));
      const sync = async () => {
        const files = readdirSync(folderPath)
          .filter((name) => name.endsWith('.yaml'))
          .sort();
        const entries: { id: string; data: BankQuestion & { position: number }; filePath: string; where: string }[] = [];
        for (const name of files) {
          const path = `${folder}${name}`;
          const filePath = `${folderPath}${name}`;
          const list: unknown = yaml.load(await readFile(filePath, 'utf8'), { filename: path });
          // A file of comments only (a group being written) is an empty list.
          if (list !== null && list !== undefined && !Array.isArray(list))
            throw new Error(`${path}: expected a list of questions, each starting "- id:"`);
          for (const [place, item] of ((list ?? []) as Record<string, unknown>[]).entries()) {
            const id = String(item?.id ?? `entry ${entries.length + 1}`);
            // A bad field throws here, and Astro's message names the entry, the field and the file.
            const data = await parseData({ id, data: { ...item, position: entries.length }, filePath });
            entries.push({
              id,
              data: data as unknown as BankQuestion & { position: number },
              filePath: path,
              where: `${path} entry ${place + 1}`,
            });
          }
        }
        const problems = bankProblems(
          entries.map((entry) => ({ ...entry.data, where: entry.where })),
          lessonIds(),
        );
        if (problems.length) throw new Error(`${folder}: the question bank has problems:\n  ${problems.join('\n  ')}`);
        store.clear();
        for (const { id, data, filePath } of entries) store.set({ id, data, filePath });
      };
      await sync();
      watcher?.add(folderPath);
      watcher?.on('change', (changed) => {
        if (changed.startsWith(folderPath)) sync().catch((error: Error) => logger.error(error.message));
      });
    },
  };
}

// The questions each kind of round tends to bring, for the practice page (src/lib/prep/question-bank-schema.ts).
// Collections come back sorted by id, so each entry keeps its place in the file (`inBankOrder`).
const interviewQuestions = defineCollection({
  loader: questionBank('content/practice/questions/'),
  schema: bankQuestionSchema.extend(position),
});

// The questions worth asking them, by kind of round, for the question library.
const askThem = defineCollection({ loader: inFileOrder('content/practice/ask-them.yaml'), schema: askThemSchema.extend(position) });

export const collections = { lessons, questions, reasons, statuses, timing, checklists, vocabulary, sources, interviewQuestions, askThem };
