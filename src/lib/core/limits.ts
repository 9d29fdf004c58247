/**
 * The limits on everything the site reads from outside: share links and files a mentor sends, spreadsheets,
 * data files, calendar invites, and what sits in the browser's storage (which anything on the machine can
 * write). One home, so each door is bounded in the same way and the README's table is this object.
 *
 * Each reader has four bounds, enforced while it reads, never after:
 * - `input`: the most it reads at all (bytes of a file, characters of a link or a stored value);
 * - `output`: the most that decoding may produce (the inflated bytes of a share, the rows of a sheet);
 * - `depth`: how deeply JSON may nest (far deeper than any shape the site writes);
 * - `ms`: the time one read may take on a phone-class machine; the fuzz tests hold every reader to it.
 * A read past a bound stops there and says which bound, in words a person can act on (`limitMessage`).
 */

export interface DoorLimit {
  /** What the person chose or opened, in the words of a message ("A share link", "The spreadsheet"). */
  readonly what: string;
  /** The most read at all: bytes for files, characters for links and stored text. */
  readonly input: number;
  /** The most decoding may produce: bytes for an inflated share, rows for a sheet, events for an invite. */
  readonly output: number;
  /** The deepest nesting of JSON accepted (0 where the format has none). */
  readonly depth: number;
  /** The longest one read may take, in milliseconds. */
  readonly ms: number;
}

const KB = 1024;
const MB = 1024 * KB;

/**
 * - share: a request holds at most three parts of 20,000 characters (mentor.ts's MENTOR_LIMITS); as JSON with
 *   every character escaped that is under 400 KB, so 512 KB of inflated text is room to spare, and a
 *   decompression bomb stops there instead of filling memory.
 * - csv: 500 interviews are a few hundred kilobytes; 20,000 rows and 200 columns are far past any tracker.
 * - data: browsers keep about 5 million characters for a site, so no export of what one holds comes near 10 MB.
 * - invite: a calendar invite is a few kilobytes and a handful of parts (event, alarm, time zone) nested three
 *   deep; a file of 1 MB, 200 parts or 8 levels is something else.
 * - stored: a browser keeps about 5 million characters per site in all.
 */
export const LIMITS = {
  shareLink: { what: 'A review link', input: 1_000_000, output: 512 * KB, depth: 8, ms: 3000 },
  shareFile: { what: 'A review file', input: 2 * MB, output: 512 * KB, depth: 8, ms: 3000 },
  csv: { what: 'A spreadsheet', input: 5 * MB, output: 20_000, depth: 0, ms: 1000 },
  csvColumns: { what: 'A spreadsheet', input: 5 * MB, output: 200, depth: 0, ms: 1000 },
  data: { what: 'A data file', input: 10_000_000, output: 10_000_000, depth: 32, ms: 2000 },
  invite: { what: 'A calendar invite', input: 1 * MB, output: 200, depth: 8, ms: 1000 },
  stored: { what: 'A value saved in this browser', input: 6_000_000, output: 6_000_000, depth: 32, ms: 1000 },
  cliFile: { what: 'The file', input: 10 * MB, output: 10 * MB, depth: 32, ms: 5000 },
  cliLine: { what: 'A line of the file', input: 100 * KB, output: 100 * KB, depth: 32, ms: 1000 },
} as const satisfies Record<string, DoorLimit>;

export type Door = keyof typeof LIMITS;
export type Bound = 'input' | 'output' | 'depth';

/** "5 MB", "1,000,000 characters": a size in the words a message uses. */
export function sizeWords(n: number, unit: 'bytes' | 'characters' = 'bytes'): string {
  if (unit === 'characters') return `${n.toLocaleString('en-US')} characters`;
  if (n >= MB && n % MB === 0) return `${n / MB} MB`;
  if (n >= 1_000_000 && n % 1_000_000 === 0) return `${n / 1_000_000} MB`;
  if (n >= KB && n % KB === 0) return `${n / KB} KB`;
  return `${n.toLocaleString('en-US')} bytes`;
}

/** Why a read stopped at a bound, naming the bound, in a sentence that ends with what to do. */
export function limitMessage(door: Door, bound: Bound): string {
  const limit: DoorLimit = LIMITS[door];
  if (bound === 'depth')
    return `${limit.what} is nested more than ${limit.depth} levels deep, which no file Callback writes is. Nothing was read from it.`;
  if (bound === 'output')
    return `${limit.what} unpacks to more than ${sizeWords(limit.output)}, far more than Callback ever writes. Nothing was read from it.`;
  const unit = door === 'shareLink' || door === 'stored' ? 'characters' : 'bytes';
  return `${limit.what} is larger than ${sizeWords(limit.input, unit)}, far more than Callback ever writes. Check that you chose the right one.`;
}

/**
 * The deepest nesting of `{` and `[` in JSON text, counted outside strings, stopping as soon as it passes
 * `max` (so a hostile text costs one pass at most). A text that is not JSON is still counted: JSON.parse says
 * what is wrong with it afterwards.
 * @internal Also the CLI's (scripts/diagnose.ts), which the production check does not count.
 */
export function depthWithin(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return false;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return true;
}

export type Parsed = { ok: true; value: unknown } | { ok: false; problem: 'not-json' | Bound };

/** JSON.parse within a door's bounds on characters and depth. Never throws. */
export function parseJsonWithin(text: string, door: Door): Parsed {
  const limit: DoorLimit = LIMITS[door];
  if (text.length > limit.input) return { ok: false, problem: 'input' };
  if (!depthWithin(text, limit.depth)) return { ok: false, problem: 'depth' };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, problem: 'not-json' };
  }
}

/**
 * All of a stream's bytes, or undefined as soon as they pass `max`: the stream is canceled there, so a
 * decompression bomb costs `max` bytes of memory and the time to inflate them, not its full size.
 */
export async function readAtMost(stream: ReadableStream<Uint8Array>, max: number): Promise<Uint8Array | undefined> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  const all = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.byteLength;
  }
  return all;
}
