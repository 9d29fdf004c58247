/**
 * The service worker's build (scripts/service-worker.ts) in a worker thread, for astro.config.mjs. Workbox takes
 * most of a second to load (it brings rollup, babel and terser), so the build starts this thread as Vite starts
 * and the loading happens on another core; once the pages are written, the build posts the output folder and
 * gets back what buildServiceWorker resolved to, or its error.
 */
import module from 'node:module';
import { parentPort } from 'node:worker_threads';

// Astro's CLI keeps V8's compiled code of what it loads between builds (outside CI), but only on its own thread:
// without the same here, Workbox would be compiled from scratch on every build. Enabled before Workbox loads.
if (!process.env.CI) module.enableCompileCache?.();
const { buildServiceWorker } = await import('../service-worker.ts');

parentPort?.once('message', async (root: string) => {
  try {
    const { count, size, warnings } = await buildServiceWorker(root);
    parentPort?.postMessage({ ok: true, count, size, warnings });
  } catch (error) {
    parentPort?.postMessage({ ok: false, error });
  } finally {
    module.flushCompileCache?.();
  }
});
