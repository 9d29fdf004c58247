/** The components lesson authors can use in MDX without importing them. */
import Callout from './Callout.astro';
import EmailTemplate from './EmailTemplate.astro';
import Stat from './Stat.astro';

export const mdxComponents = { Callout, EmailTemplate, Stat };
