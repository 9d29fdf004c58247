/**
 * The text on each page of a PDF that Chromium printed (page.pdf()), so print tests can check what is on
 * paper and on which page, not just what the print stylesheet shows. Read with pdf.js (the library the
 * screenshots script renders print previews with), since the site's own font is embedded in ways a
 * hand-written reader would have to follow font by font.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The text of each page, in page order and, within a page, in the order it was painted. */
export async function pdfPages(pdf: Buffer): Promise<string[]> {
  const loading = getDocument({ data: new Uint8Array(pdf), useSystemFonts: false });
  const document = await loading.promise;
  const pages: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''));
  }
  await loading.destroy();
  return pages;
}
