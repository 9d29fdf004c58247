/**
 * The diagnostic's model as JSON, for the journal's patterns: which reasons its diagnoses keep ranking
 * likely. Fetched only when there are diagnosed interviews to compare, so the journal page does not carry
 * the model in its HTML as the diagnostic's does.
 */
import type { APIRoute } from 'astro';
import { getQuizModel } from '../quiz-collection';

export const GET: APIRoute = async () => new Response(JSON.stringify(await getQuizModel()));
