import { join } from 'node:path';
import { builtPages } from '../../../scripts/pages.ts';

/** Every page of the production build, as URL paths. */
export const PAGES: string[] = builtPages(join(import.meta.dirname, '../../../dist'));
