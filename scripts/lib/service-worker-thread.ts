/**
 * The service worker's build (scripts/service-worker.ts) in a worker thread, for astro.config.mjs. Workbox takes
 * most of a second to load (it brings rollup, babel and terser), so the build starts this thread as Vite starts
 * and the loading happens on another core; once the pages are written, the build posts the output folder and
 * gets back what buildServiceWorker resolved to, or its error.
 */
import { parentPort } from 'node:worker_threads';
import { buildServiceWorker } from '../service-worker.ts';

parentPort?.once('message', async (root: string) => {
  try {
    const { count, size, warnings } = await buildServiceWorker(root);
    parentPort?.postMessage({ ok: true, count, size, warnings });
  } catch (error) {
    parentPort?.postMessage({ ok: false, error });
  }
});
