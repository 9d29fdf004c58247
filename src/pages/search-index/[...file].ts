/**
 * The search index in parts (src/lib/search/shards.ts): /search-index/meta.json, which search fetches when it
 * opens, and under /search-index/<version>/ the shards (w/) and fragments (r/) its queries fetch. Every lesson
 * tool, lesson section, reason, checklist item and library question is a plain-text record; the vocabulary is content/search/vocabulary.yaml.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, render } from 'astro:content';
import { REASONS_LESSON } from '../../lib/diagnostic/reasons';
import { DIAGNOSTIC, tool, TOOLS } from '../../lib/content/site';
import { inBankOrder } from '../../lib/prep/question-bank';
import { questionRecord } from '../../lib/prep/question-library';
import { localToday } from '../../lib/core/dates';
import { buildIndex, withDraftedEmails } from '../../lib/search/build-index';
import { fragmentPath, META_PATH, shardPath, splitIndex } from '../../lib/search/shards';

export const getStaticPaths = (async () => {
  const lessons = await Promise.all(
    (await getCollection('lessons')).map(async (lesson) => ({
      id: lesson.id,
      ...lesson.data,
      body: withDraftedEmails(lesson.body ?? '', localToday()),
      headings: (await render(lesson)).headings,
    })),
  );
  const reasons = (await getCollection('reasons')).map((r) => r.data).sort((a, b) => a.position - b.position);
  const checklists = (await getCollection('checklists')).map((c) => ({ id: c.id, ...c.data }));
  // Each tool is found by its one name, the words of its page's h1; what people call it in their own words
  // ("quiz", "tracker") reaches it through the vocabulary. The reasons are what the diagnostic ranks.
  const tools = TOOLS.map((tool) => ({ title: tool.name, text: tool.blurb, url: tool.href }));
  const library = tool('questions').name;
  const questions = inBankOrder(await getCollection('interviewQuestions')).map((q) => questionRecord(q, library));
  const records = buildIndex({
    lessons,
    reasons,
    reasonsUrl: REASONS_LESSON,
    reasonsContext: DIAGNOSTIC.name,
    checklists,
    tools,
    questions,
  });
  const vocabulary = (await getCollection('vocabulary')).map((entry) => entry.data);
  // Throws, failing the build with its reason, when the parts would not give the whole index's results.
  const { meta, shards, fragments } = splitIndex(records, vocabulary);
  const file = (path: string, body: unknown) => ({ params: { file: path.replace(/^\/search-index\//, '') }, props: { body } });
  return [
    file(META_PATH, meta),
    ...shards.map((shard, n) => file(shardPath(meta.version, n), shard)),
    ...fragments.map((fragment, n) => file(fragmentPath(meta.version, n), fragment)),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props.body), { headers: { 'content-type': 'application/json' } });
