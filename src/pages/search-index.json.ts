/**
 * /search-index.json: every lesson section, reason and checklist item as plain-text records, with the search
 * vocabulary (content/search/vocabulary.yaml), fetched by the search dialog when someone first opens it.
 */
import type { APIRoute } from 'astro';
import { getCollection, render } from 'astro:content';
import { REASONS_LESSON } from '../lib/reasons';
import { DIAGNOSTIC } from '../lib/site';
import type { SearchFile } from '../lib/search';
import { localToday } from '../lib/dates';
import { buildIndex, withDraftedEmails } from '../lib/search-index';

export const GET: APIRoute = async () => {
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
  // The checklists are found through their own records; the diagnostic, a page with no content, through this one.
  const tools = [{ title: `${DIAGNOSTIC.title} (diagnostic)`, text: DIAGNOSTIC.blurb, url: DIAGNOSTIC.href }];
  const records = buildIndex({ lessons, reasons, reasonsUrl: REASONS_LESSON, checklists, tools });
  const vocabulary = (await getCollection('vocabulary')).map((entry) => entry.data);
  const file: SearchFile = { records, vocabulary };
  return new Response(JSON.stringify(file), { headers: { 'content-type': 'application/json' } });
};
