/**
 * The site's search over the real content, built the way src/pages/search-index/[...file].ts builds it: the
 * lessons (frontmatter and headings with the anchors the page gives them), the reasons, the checklists, the
 * tools, the question library and the vocabulary. For tests that check what a person's own words find.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import GithubSlugger from 'github-slugger';
import yaml from 'js-yaml';
import { checklistSchema } from '../../../src/lib/checklists/checklist-schema';
import { DIAGNOSTIC, tool, TOOLS } from '../../../src/lib/content/site';
import { buildIndex } from '../../../src/lib/search/build-index';
import { createSearch, rank } from '../../../src/lib/search/search';
import { conceptSchema } from '../../../src/lib/search/vocabulary-schema';
import { bankQuestionSchema } from '../../../src/lib/prep/question-bank-schema';
import { questionRecord } from '../../../src/lib/prep/question-library';
import { bankEntries } from '../../fixtures/bank';

const root = join(import.meta.dirname, '../../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const files = (dir: string) => readdirSync(join(root, dir)).map((name) => `${dir}/${name}`);

function lesson(file: string) {
  const [, front, body] = read(file).split(/^---$/m);
  const data = yaml.load(front) as { title: string; summary: string; takeaways: string[] };
  const slugger = new GithubSlugger();
  const headings = [...body.matchAll(/^(##|###) (.+?)(?: \{#([\w-]+)\})?\s*$/gm)].map(([, hashes, text, id]) => ({
    depth: hashes.length,
    slug: id ?? slugger.slug(text),
    text,
  }));
  return { id: file.replace(/^.*\/|\.mdx$/g, ''), ...data, body, headings };
}

export const vocabulary = (yaml.load(read('content/search/vocabulary.yaml')) as unknown[]).map((entry) => conceptSchema.parse(entry));
export const records = buildIndex({
  tools: TOOLS.map((tool) => ({ title: tool.name, text: tool.blurb, url: tool.href })),
  lessons: files('content/lessons').map(lesson),
  reasons: yaml.load(read('content/quiz/reasons.yaml')) as { id: string; title: string; explanation: string }[],
  reasonsUrl: '/guides/why-no-callback/',
  reasonsContext: DIAGNOSTIC.name,
  checklists: files('content/checklists').map((file) => ({
    id: file.replace(/^.*\/|\.yaml$/g, ''),
    ...checklistSchema.parse(yaml.load(read(file))),
  })),
  questions: bankEntries().map((entry) => questionRecord(bankQuestionSchema.parse(entry), tool('questions').name)),
});
export const index = createSearch(records, vocabulary);

/** The address of the first result for a query, as a person would see it at the top of the list. */
export const firstUrl = (query: string): string | undefined => records[rank(index, query)[0]?.id]?.url;

/** The addresses of the first `n` results, in the order a person sees them. */
export const topUrls = (query: string, n: number): string[] =>
  rank(index, query)
    .slice(0, n)
    .map((hit) => records[hit.id].url);
