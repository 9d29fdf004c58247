// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import { satteri } from '@astrojs/markdown-satteri';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `import url from './module.ts?chunk-url'`: the built address of a module, emitted as a chunk of its own, for
 * a page script to `import(url)` on first use. A plain `import()` would come wrapped in Vite's preload
 * helper, a chunk more on every page that uses it; the small page scripts load their second halves this way
 * (the search dialog, a lesson's marking and copying, the theme control's choice, saving the guides for offline).
 * @type {import('vite').Plugin}
 */
const chunkUrl = {
  name: 'chunk-url',
  enforce: 'pre',
  resolveId(id, importer) {
    if (!id.endsWith('?chunk-url') || !importer) return;
    // Relative to the importing file (an Astro component's script carries a query of its own).
    return `\0chunk-url:${resolve(dirname(importer.replace(/\?.*$/, '')), id.slice(0, -'?chunk-url'.length))}`;
  },
  load(id) {
    if (!id.startsWith('\0chunk-url:')) return;
    const module = id.slice('\0chunk-url:'.length);
    // The dev server serves the source as a module; only a build has chunks to emit.
    if (this.environment.mode === 'dev') return `export default ${JSON.stringify('/@fs' + module)};`;
    const ref = this.emitFile({ type: 'chunk', id: module, name: module.replace(/^.*\/|\.ts$/g, '') });
    return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
  },
};

/**
 * Astro inlines its island runtime and each client directive's code, before a page's first island, as classic
 * scripts. A classic script waits for the stylesheet above it, and the HTML parser waits for the script: the
 * tool the server rendered below them (the diagnostic's first question) was not in the page until the
 * stylesheet had arrived and both scripts had run. As module scripts (the same text, so the same CSP hashes)
 * they run once the page is parsed, the order kept, before DOMContentLoaded; the tool is there as soon as its
 * HTML is. Nothing is painted before the stylesheet, by which time the rest of the page (the footer after the
 * tool) has almost always arrived too; only then is a tool seen before its directive listens.
 * Fails the build if Astro's prescripts change shape, rather than quietly leaving them classic.
 * @type {import('vite').Plugin}
 */
const moduleIslandScripts = {
  name: 'module-island-scripts',
  transform: {
    filter: { id: /\/astro\/dist\/runtime\/server\/scripts\.js$/ },
    handler(code) {
      const classic = '<script>${';
      if (code.split(classic).length - 1 !== 3) this.error(`Astro's island prescripts changed: expected 3 of ${classic}`);
      return code.replaceAll(classic, '<script type="module">${');
    },
  },
};

/**
 * Offline support: after the build, scripts/service-worker.ts writes the service worker and its precache list
 * into the output. It takes a few tens of milliseconds, so it runs on the build's own thread, loaded only when
 * a build is done: `astro dev` and `astro sync` never load it.
 * @type {import('astro').AstroIntegration}
 */
const offline = {
  name: 'offline-service-worker',
  hooks: {
    'astro:build:done': async ({ dir, logger }) => {
      const { buildServiceWorker } = await import('./scripts/service-worker.ts');
      const { count, size, warnings } = buildServiceWorker(fileURLToPath(dir));
      for (const warning of warnings) logger.warn(warning);
      logger.info(`service worker precaches ${count} files (${Math.round(size / 1024)} kB)`);
    },
  },
};

/**
 * Public holidays (scripts/lib/holidays.ts): one small list per country and region, read from the
 * date-holidays library at build time and written as `/holidays/<code>.json`, so a browser fetches only the
 * list of the place a person chose. The dev server answers the same addresses from the library directly.
 * @type {import('astro').AstroIntegration}
 */
const holidays = {
  name: 'holiday-lists',
  hooks: {
    'astro:server:setup': ({ server }) => {
      server.middlewares.use(async (request, response, next) => {
        const match = /^\/holidays\/([A-Z0-9-]+)\.json$/.exec(request.url ?? '');
        if (!match) return next();
        const { holidayList, holidayPlaces, withRegions } = await import('./scripts/lib/holidays.ts');
        const code = match[1];
        const body = code === 'index' ? holidayPlaces() : code.includes('-') ? holidayList(code) : withRegions(code);
        if (!body) return next();
        response.setHeader('Content-Type', 'application/json');
        response.end(JSON.stringify(body));
      });
    },
    'astro:build:done': async ({ dir, logger }) => {
      const { writeHolidayLists } = await import('./scripts/lib/holidays.ts');
      const { count, bytes } = writeHolidayLists(fileURLToPath(dir));
      logger.info(`${count} holiday lists (${Math.round(bytes / 1024)} kB in all; a page fetches one)`);
    },
  },
};

/**
 * `client:intent` (src/islands/shared/intent-directive.ts): tools hydrate when a person starts using them, or at load
 * when there is saved state to show.
 * @type {import('astro').AstroIntegration}
 */
const intentDirective = {
  name: 'intent-directive',
  hooks: {
    'astro:config:setup': ({ addClientDirective }) =>
      addClientDirective({ name: 'intent', entrypoint: './src/islands/shared/intent-directive.ts' }),
  },
};

export default defineConfig({
  site: 'https://callback.example',
  // The benches build scaled copies of the site beside the real one (scripts/lib/scaled-site.ts).
  outDir: process.env.CALLBACK_OUT ?? './dist',
  // …with a cache of their own (CALLBACK_CACHE): the content store of a scaled build would otherwise stand in
  // for the real one.
  cacheDir: process.env.CALLBACK_CACHE ?? './node_modules/.astro',
  integrations: [mdx(), svelte(), intentDirective, holidays, offline],
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
    plugins: [chunkUrl, moduleIslandScripts],
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
                    test: /\/src\/(state\/quick-storage|lib\/(storage\/(stored-value|storage-codec|storage-keys)|content\/progress))\.ts$/,
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
