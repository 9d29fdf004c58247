import { join } from 'node:path';
import { samplePages } from '../../../scripts/pages.ts';

/** Every page of the production build, as URL paths, with the question library's question pages sampled. */
export const PAGES: string[] = samplePages(join(import.meta.dirname, '../../../dist'));
