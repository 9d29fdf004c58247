// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import { satteri } from '@astrojs/markdown-satteri';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * `virtual:search-dialog`: the address of the module that mounts the search dialog (src/islands/open-search.ts),
 * built as a chunk of its own. The header's trigger imports it by that address on first use: a plain
 * `import()` of the module would come wrapped in Vite's preload helper, one more chunk on every page.
 * @type {import('vite').Plugin}
 */
const searchDialogUrl = {
  name: 'search-dialog-url',
  resolveId: (id) => (id === 'virtual:search-dialog' ? '\0virtual:search-dialog' : undefined),
  load(id) {
    if (id !== '\0virtual:search-dialog') return;
    const module = fileURLToPath(new URL('./src/islands/open-search.ts', import.meta.url));
    // The dev server serves the source as a module; only a build has chunks to emit.
    if (this.environment.mode === 'dev') return `export default ${JSON.stringify('/@fs' + module)};`;
    const ref = this.emitFile({ type: 'chunk', id: module, name: 'open-search' });
    return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
  },
};

/**
 * Offline support: after the build, Workbox writes the service worker (scripts/service-worker.ts). It runs in a
 * worker thread started with the build (scripts/lib/service-worker-thread.ts), so loading Workbox, most of a
 * second, overlaps Vite's work instead of adding to it; `astro dev` and `astro sync` never load it.
 * @type {import('astro').AstroIntegration}
 */
const offline = (() => {
  /** @type {Worker | undefined} */
  let thread;
  return {
    name: 'offline-service-worker',
    hooks: {
      'astro:build:start': () => {
        thread = new Worker(new URL('./scripts/lib/service-worker-thread.ts', import.meta.url));
        // A build that fails before its end must not wait on the thread to exit.
        thread.unref();
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!thread) throw new Error('the service-worker thread was not started');
        thread.ref();
        thread.postMessage(fileURLToPath(dir));
        const [result] = await once(thread, 'message');
        await thread.terminate();
        if (!result.ok) throw result.error;
        for (const warning of result.warnings) logger.warn(warning);
        logger.info(`service worker precaches ${result.count} files (${Math.round(result.size / 1024)} kB)`);
      },
    },
  };
})();

export default defineConfig({
  site: 'https://callback.example',
  // The benches build scaled copies of the site beside the real one (scripts/lib/scaled-site.ts).
  outDir: process.env.CALLBACK_OUT ?? './dist',
  cacheDir: process.env.CALLBACK_CACHE ?? './node_modules/.astro',
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
    plugins: [searchDialogUrl],
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
