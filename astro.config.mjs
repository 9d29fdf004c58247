// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import { satteri } from '@astrojs/markdown-satteri';
import { fileURLToPath } from 'node:url';
import { buildServiceWorker } from './scripts/service-worker.ts';

/**
 * Modules loaded on first use by their built address, each built as a chunk of its own: `virtual:search-dialog`
 * is the module that mounts the search dialog (src/islands/open-search.ts), which the header's trigger imports
 * on first use; `virtual:keep-offline` saves every guide for offline (src/islands/keep-offline.ts), imported by
 * the guides page's button when pressed. A plain `import()` of such a module would come wrapped in Vite's
 * preload helper, one more chunk on every page that has the trigger.
 * @type {Record<string, [path: string, name: string]>}
 */
const CHUNK_URLS = {
  'virtual:search-dialog': ['./src/islands/open-search.ts', 'open-search'],
  'virtual:keep-offline': ['./src/islands/keep-offline.ts', 'keep-offline'],
};
/** @type {import('vite').Plugin} */
const chunkUrls = {
  name: 'chunk-urls',
  resolveId: (id) => (id in CHUNK_URLS ? `\0${id}` : undefined),
  load(id) {
    const entry = id.startsWith('\0') ? CHUNK_URLS[id.slice(1)] : undefined;
    if (!entry) return;
    const [path, name] = entry;
    const module = fileURLToPath(new URL(path, import.meta.url));
    // The dev server serves the source as a module; only a build has chunks to emit.
    if (this.environment.mode === 'dev') return `export default ${JSON.stringify('/@fs' + module)};`;
    const ref = this.emitFile({ type: 'chunk', id: module, name });
    return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
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
  // The benches build scaled copies of the site beside the real one (scripts/lib/scaled-site.ts).
  outDir: process.env.CALLBACK_OUT ?? './dist',
  integrations: [mdx(), svelte(), offline],
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
  vite: {
    plugins: [chunkUrls],
    environments: {
      client: {
        build: {
          rolldownOptions: {
            output: {
              codeSplitting: {
                // The small-page reader and the declarations and codec under it, as one chunk: split by who
                // imports them, they would be three chained requests on every lesson.
                groups: [
                  {
                    name: 'quick-storage',
                    test: /\/src\/(state\/quick-storage|lib\/(stored-value|storage-codec|storage-keys|progress))\.ts$/,
                  },
                ],
              },
            },
          },
        },
      },
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
