/** The components lesson authors can use in MDX without importing them. */
import Callout from './Callout.astro';
import EmailTemplate from './EmailTemplate.astro';
import Fold from './Fold.astro';
import Stat from './Stat.astro';

export const mdxComponents = { Callout, EmailTemplate, Fold, Stat };
