/**
 * PDF pages as PNG images, drawn by pdf.js inside Chromium: the browser the scripts already have, so CI
 * needs no PDF tool from the system (poppler) for this.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext } from '@playwright/test';

// pdfjs-dist has no "exports" map, so its files are found next to its entry point.
const PDFJS = fileURLToPath(new URL('.', import.meta.resolve('pdfjs-dist/build/pdf.min.mjs')));
// A made-up origin that Playwright answers itself: nothing leaves the machine, and nothing needs serving.
const ORIGIN = 'http://pdf-render.invalid';

/**
 * Each page of `pdf` as PNG bytes, at `scale` times the PDF's 72 dpi (2 gives 144 dpi: a Letter page is
 * 1224 × 1584 px, enough to read small print and see how the ink sits).
 */
export async function pdfToPngs(context: BrowserContext, pdf: Buffer, scale = 2): Promise<Buffer[]> {
  const page = await context.newPage();
  try {
    await page.route(`${ORIGIN}/**`, async (route) => {
      const { pathname } = new URL(route.request().url());
      if (pathname === '/') return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>PDF</title>' });
      if (pathname === '/print.pdf') return route.fulfill({ contentType: 'application/pdf', body: pdf });
      if (extname(pathname) === '.mjs') {
        return route.fulfill({ contentType: 'text/javascript', body: await readFile(PDFJS + pathname.slice(1)) });
      }
      return route.fulfill({ status: 404 });
    });
    await page.goto(`${ORIGIN}/`);
    const urls = await page.evaluate(async (scale) => {
      const pdfjs = await import('/pdf.min.mjs' as string);
      pdfjs.GlobalWorkerOptions.workerSrc = '/pdf.worker.min.mjs';
      const doc = await pdfjs.getDocument({ url: '/print.pdf' }).promise;
      const pngs: string[] = [];
      for (let n = 1; n <= doc.numPages; n++) {
        const pdfPage = await doc.getPage(n);
        const viewport = pdfPage.getViewport({ scale });
        const canvas = document.createElement('canvas');
        canvas.width = Math.ceil(viewport.width);
        canvas.height = Math.ceil(viewport.height);
        // Paper is white; without this the unprinted parts of the page would be transparent.
        await pdfPage.render({ canvas, viewport, background: 'white' }).promise;
        pngs.push(canvas.toDataURL('image/png'));
      }
      return pngs;
    }, scale);
    return urls.map((url) => Buffer.from(url.slice(url.indexOf(',') + 1), 'base64'));
  } finally {
    await page.close();
  }
}
