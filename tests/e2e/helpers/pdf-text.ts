/**
 * The text on each page of a PDF that Chromium printed (page.pdf()), so print tests can check what is on
 * paper and on which page, not just what the print stylesheet shows. Chromium's PDFs are simple: one
 * Pages node, Flate-compressed content streams, and Type0 fonts whose ToUnicode maps turn the glyph codes of
 * `Tj`/`TJ` strings back into text. That is all this reads; it is not a general PDF parser.
 */
import { inflateSync } from 'node:zlib';

type Obj = { dict: string; stream?: Buffer };

function objects(pdf: Buffer): Map<number, Obj> {
  const text = pdf.toString('latin1');
  const found = new Map<number, Obj>();
  for (const m of text.matchAll(/(\d+) 0 obj\b/g)) {
    const start = m.index + m[0].length;
    const end = text.indexOf('endobj', start);
    const streamAt = text.indexOf('stream', start);
    if (streamAt === -1 || streamAt > end) {
      found.set(Number(m[1]), { dict: text.slice(start, end) });
      continue;
    }
    const dict = text.slice(start, streamAt);
    const dataAt = streamAt + (text.startsWith('stream\r\n', streamAt) ? 8 : 7);
    const raw = pdf.subarray(dataAt, dataAt + Number(/\/Length (\d+)/.exec(dict)?.[1]));
    found.set(Number(m[1]), { dict, stream: dict.includes('/FlateDecode') ? inflateSync(raw) : raw });
  }
  return found;
}

const ref = (dict: string, key: string) => Number(new RegExp(`/${key} (\\d+) 0 R`).exec(dict)?.[1]);
const utf16 = (hex: string) => String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));

/** A font's glyph codes (hex) to text, from its ToUnicode CMap (bfchar and bfrange entries). */
function toUnicode(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, text] of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(code.toUpperCase(), utf16(text));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, lo, hi, text] of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      const first = parseInt(text, 16);
      for (let code = parseInt(lo, 16); code <= parseInt(hi, 16); code++) {
        map.set(code.toString(16).toUpperCase().padStart(lo.length, '0'), String.fromCharCode(first + code - parseInt(lo, 16)));
      }
    }
  }
  return map;
}

/** The text of each page, in page order and, within a page, in the order it was painted. */
export function pdfPages(pdf: Buffer): string[] {
  const objs = objects(pdf);
  const pages = [...objs.values()].find((o) => /\/Type \/Pages\b/.test(o.dict) && !/\/Parent /.test(o.dict))!;
  const kids = (dict: string): number[] =>
    [...(/\/Kids \[([^\]]*)\]/.exec(dict)?.[1] ?? '').matchAll(/(\d+) 0 R/g)].flatMap(([, id]) => {
      const kid = objs.get(Number(id))!;
      return /\/Type \/Pages\b/.test(kid.dict) ? kids(kid.dict) : [Number(id)];
    });
  return kids(pages.dict).map((id) => {
    const page = objs.get(id)!.dict;
    const fonts = new Map<string, Map<string, string>>();
    for (const [, name, fontId] of (/\/Font <<([^>]*)>>/.exec(page)?.[1] ?? '').matchAll(/\/(\S+) (\d+) 0 R/g)) {
      const cmap = objs.get(ref(objs.get(Number(fontId))!.dict, 'ToUnicode'))?.stream?.toString('latin1') ?? '';
      fonts.set(name, toUnicode(cmap));
    }
    const contents = /\/Contents \[([^\]]*)\]/.exec(page)?.[1] ?? `${ref(page, 'Contents')} 0 R`;
    let text = '';
    for (const [, streamId] of contents.matchAll(/(\d+) 0 R/g)) {
      const ops = objs.get(Number(streamId))!.stream!.toString('latin1');
      let font = new Map<string, string>();
      for (const [, name, strings] of ops.matchAll(/\/(\S+) [\d.]+ Tf|(<[0-9A-Fa-f]*>|\[[^\]]*\])\s*T[jJ]/g)) {
        if (name) font = fonts.get(name) ?? new Map();
        else
          for (const [, hex] of strings.matchAll(/<([0-9A-Fa-f]*)>/g))
            text += (hex.match(/.{4}/g) ?? []).map((c) => font.get(c.toUpperCase()) ?? '').join('');
      }
    }
    return text;
  });
}
