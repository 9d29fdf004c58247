/**
 * The question bank's lines (id, text, round, competencies) as JSON, for the day sheet's prep part: fetched only
 * when prep or an interview is saved, so the pre-interview page does not carry the whole bank in its HTML (a
 * quarter of the page, paid by every first visit in parse time and first paint).
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { bankLine, inBankOrder } from '../../lib/prep/question-bank';

export const GET: APIRoute = async () => new Response(JSON.stringify(inBankOrder(await getCollection('interviewQuestions')).map(bankLine)));
