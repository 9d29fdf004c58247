// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import { satteri } from '@astrojs/markdown-satteri';
import { fileURLToPath } from 'node:url';
import { buildServiceWorker } from './scripts/service-worker.ts';

/** `client:request`: islands that hydrate only when the page asks (see src/directives/request.ts). */
/** @type {import('astro').AstroIntegration} */
const requestDirective = {
  name: 'client-request-directive',
  hooks: {
    'astro:config:setup': ({ addClientDirective }) =>
      addClientDirective({ name: 'request', entrypoint: fileURLToPath(new URL('./src/directives/request.ts', import.meta.url)) }),
  },
};

/**
 * Offline support: after the build, Workbox writes the service worker (scripts/service-worker.ts).
 * @type {import('astro').AstroIntegration}
 */
const offline = {
  name: 'offline-service-worker',
  hooks: {
    'astro:build:done': async ({ dir, logger }) => {
      const { count, size, warnings } = await buildServiceWorker(fileURLToPath(dir));
      for (const warning of warnings) logger.warn(warning);
      logger.info(`service worker precaches ${count} files (${Math.round(size / 1024)} kB)`);
    },
  },
};

export default defineConfig({
  site: 'https://callback.example',
  integrations: [mdx(), svelte(), requestDirective, offline],
  // A strict Content Security Policy as a <meta> tag on every page: Astro hashes each script and style it
  // emits into script-src and style-src; nothing else may load. Headers a meta tag cannot carry (framing,
  // HSTS, …) are in public/_headers.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "img-src 'self' data:",
        "worker-src 'self' blob:",
      ],
    },
  },
  markdown: {
    // No code blocks in the guides, and Shiki's inline styles would need 'unsafe-inline' under the CSP.
    syntaxHighlight: false,
    // `## Heading {#stable-id}` lets a lesson keep an anchor fixed (reason ids from the content brief)
    // even when its heading text is reworded.
    processor: satteri({ features: { headingAttributes: true } }),
  },
});
