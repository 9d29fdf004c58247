// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import { satteri } from '@astrojs/markdown-satteri';
import { fileURLToPath } from 'node:url';

/** `client:request`: islands that hydrate only when the page asks (see src/directives/request.ts). */
/** @type {import('astro').AstroIntegration} */
const requestDirective = {
  name: 'client-request-directive',
  hooks: {
    'astro:config:setup': ({ addClientDirective }) =>
      addClientDirective({ name: 'request', entrypoint: fileURLToPath(new URL('./src/directives/request.ts', import.meta.url)) }),
  },
};

export default defineConfig({
  site: 'https://callback.example',
  integrations: [mdx(), svelte(), requestDirective],
  markdown: {
    // `## Heading {#stable-id}` lets a lesson keep an anchor fixed (reason ids from the content brief)
    // even when its heading text is reworded.
    processor: satteri({ features: { headingAttributes: true } }),
  },
});
