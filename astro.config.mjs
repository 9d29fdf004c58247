// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import { satteri } from '@astrojs/markdown-satteri';

export default defineConfig({
  site: 'https://callback.example',
  integrations: [mdx(), svelte()],
  markdown: {
    // `## Heading {#stable-id}` lets a lesson keep an anchor fixed (reason ids from the content brief)
    // even when its heading text is reworded.
    processor: satteri({ features: { headingAttributes: true } }),
  },
});
