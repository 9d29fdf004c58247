/**
 * Sharing without a server (issue 19, "Ask a mentor"): what a person chooses to share is packed into a link's
 * fragment (after #, which browsers never send to a server), compressed with the browser's CompressionStream
 * and encrypted with a passphrase: PBKDF2-SHA-256 derives the key, AES-GCM seals the text. Only someone with
 * both the link and the passphrase can read it.
 *
 * The packed form, base64url in the fragment:
 *   version (1 byte) · iterations (4 bytes, big-endian) · salt (16) · iv (12) · check (8) · digest (8) · sealed text
 * - `check` comes from the same derivation as the key, so a wrong passphrase is told apart from a changed link
 *   (AES-GCM alone fails the same way for both).
 * - `digest` is the first 8 bytes of SHA-256 over everything before and after it: a link cut short or mangled by
 *   a mail app is reported as damaged before any passphrase is tried.
 * - a change that keeps the digest right (made on purpose) is still caught by AES-GCM's tag: "changed".
 *
 * Pure apart from the platform's Web Crypto and CompressionStream, which browsers and Node 24 both have.
 * Bounded by LIMITS.shareLink / shareFile (core/limits.ts): what a link may hold, and what it may unpack to.
 */
import { LIMITS, limitMessage, parseJsonWithin, readAtMost } from '../core/limits.ts';

/**
 * The version this code writes; a link from a newer one is refused with its own message.
 * @internal The tests state the rule by this name rather than copying its value.
 */
export const SHARE_VERSION = 1;
/**
 * PBKDF2 iterations: OWASP's 2023 figure for PBKDF2-HMAC-SHA256 is 600,000. The count travels in the link,
 * so a later version can raise it and still open older links.
 * @internal The tests state the rule by this name rather than copying its value.
 */
export const SHARE_ITERATIONS = 600_000;
/**
 * Longer links than this are cut or refused by some mail apps and chat tools (2,000 characters is the common
 * safe length for a URL): the page warns and offers a file instead.
 * @internal The tests state the rule by this name rather than copying its value.
 */
export const MAIL_SAFE_CHARS = 2000;

const SALT = 16;
const IV = 12;
const CHECK = 8;
const DIGEST = 8;
const HEADER = 1 + 4 + SALT + IV + CHECK;
/**
 * Where the digest sits in the packed bytes (for tests that forge a link).
 * @internal The tests state the rule by this name rather than copying its value.
 */
export const SHARE_LAYOUT = { header: HEADER, digest: DIGEST } as const;

export type ShareProblem =
  /** Not a share at all, or cut short / mangled (the digest does not match). */
  | 'damaged'
  /** The passphrase does not open it. */
  | 'wrong-passphrase'
  /** Well-formed and the passphrase is right, but the sealed text was changed. */
  | 'changed'
  /** Made by a newer version of the site. */
  | 'newer-version'
  /** Longer than any link or file the site makes (LIMITS.shareFile.input). */
  | 'too-long'
  /** Opens to more than the site ever packs (LIMITS.shareLink.output or depth): a decompression bomb. */
  | 'too-large';

/** Words for each problem, for every page that opens a share. */
export const SHARE_PROBLEMS: Record<ShareProblem, string> = {
  damaged: 'This link is incomplete or was changed on the way: some mail apps cut long links. Ask for it again, or for the file instead.',
  'wrong-passphrase': 'That passphrase does not open this link. Check it with the person who sent it (capitals count).',
  changed: 'This link was changed after it was made, so it cannot be trusted. Nothing was opened. Ask for it again.',
  'newer-version': 'This link was made by a newer version of Callback. Reload the page to get the latest version, then open it again.',
  'too-long': limitMessage('shareFile', 'input'),
  'too-large': limitMessage('shareLink', 'output'),
};

export type Opened<T> = { ok: true; value: T } | { ok: false; problem: ShareProblem };

const encoder = new TextEncoder();
const DOOR = LIMITS.shareLink;

async function pipe(bytes: Uint8Array, stream: CompressionStream): Promise<Uint8Array> {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

/** The AES key and the passphrase check, from one PBKDF2 derivation. */
async function derive(passphrase: string, salt: Uint8Array, iterations: number) {
  const base = await crypto.subtle.importKey('raw', encoder.encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveBits']);
  const bits = new Uint8Array(
    await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations }, base, (32 + CHECK) * 8),
  );
  const key = await crypto.subtle.importKey('raw', bits.slice(0, 32), 'AES-GCM', false, ['encrypt', 'decrypt']);
  return { key, check: bits.slice(32) };
}

async function digestOf(header: Uint8Array, sealed: Uint8Array): Promise<Uint8Array> {
  const all = new Uint8Array(header.length + sealed.length);
  all.set(header);
  all.set(sealed, header.length);
  return new Uint8Array(await crypto.subtle.digest('SHA-256', all)).slice(0, DIGEST);
}

const equal = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);

/** @internal Exported for its own tests, which pin its cases directly. */
export function toBase64Url(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** @internal Exported for its own tests, which pin its cases directly. */
export function fromBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined;
  try {
    const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return undefined;
  }
}

/** Seals `value` (anything JSON can write) with `passphrase`: the text for a link's fragment. */
export async function sealShare(value: unknown, passphrase: string, iterations = SHARE_ITERATIONS): Promise<string> {
  return sealPacked(await pipe(encoder.encode(JSON.stringify(value)), new CompressionStream('deflate-raw')), passphrase, iterations);
}

/**
 * Seals bytes already compressed: what sealShare does after packing.
 * @internal Exported so the tests can seal what the site never would (a decompression bomb, text that is not JSON).
 */
export async function sealPacked(packed: Uint8Array, passphrase: string, iterations = SHARE_ITERATIONS): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT));
  const iv = crypto.getRandomValues(new Uint8Array(IV));
  const { key, check } = await derive(passphrase, salt, iterations);
  const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, packed as BufferSource));
  const header = new Uint8Array(HEADER);
  header[0] = SHARE_VERSION;
  new DataView(header.buffer).setUint32(1, iterations);
  header.set(salt, 5);
  header.set(iv, 5 + SALT);
  header.set(check, 5 + SALT + IV);
  const digest = await digestOf(header, sealed);
  const all = new Uint8Array(HEADER + DIGEST + sealed.length);
  all.set(header);
  all.set(digest, HEADER);
  all.set(sealed, HEADER + DIGEST);
  return toBase64Url(all);
}

/**
 * Opens a fragment made by sealShare with `passphrase`. Never throws: a damaged, changed or newer link, or a
 * wrong passphrase, comes back as its problem, and nothing is read from it.
 */
export async function openShare<T = unknown>(text: string, passphrase: string): Promise<Opened<T>> {
  // A file holds what a link would (a link too long for mail travels as one), so the file's bound is the one.
  if (text.length > LIMITS.shareFile.input) return { ok: false, problem: 'too-long' };
  const bytes = fromBase64Url(text.replace(/^#/, ''));
  if (!bytes || bytes.length < HEADER + DIGEST + 16) return { ok: false, problem: 'damaged' };
  if (bytes[0] > SHARE_VERSION) return { ok: false, problem: 'newer-version' };
  const header = bytes.slice(0, HEADER);
  const sealed = bytes.slice(HEADER + DIGEST);
  if (bytes[0] !== SHARE_VERSION || !equal(bytes.slice(HEADER, HEADER + DIGEST), await digestOf(header, sealed)))
    return { ok: false, problem: 'damaged' };
  const iterations = new DataView(header.buffer).getUint32(1);
  // A changed count could make opening take minutes: only the counts a version of the site writes are tried.
  if (iterations < 1 || iterations > SHARE_ITERATIONS) return { ok: false, problem: 'changed' };
  const { key, check } = await derive(passphrase, header.slice(5, 5 + SALT), iterations);
  if (!equal(check, header.slice(5 + SALT + IV))) return { ok: false, problem: 'wrong-passphrase' };
  let packed: Uint8Array;
  try {
    const iv = header.slice(5, 5 + SALT + IV).slice(SALT);
    packed = new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, key, sealed as BufferSource));
  } catch {
    return { ok: false, problem: 'changed' };
  }
  return unpack<T>(packed);
}

/**
 * Deflate expands at most about 1,032 to 1, and a decompression stream inflates each piece it is given at once:
 * fed a kilobyte at a time, no step makes more than about a megabyte, so stopping at the bound stops the work.
 */
const FEED = 1024;

/** `packed` inflated, or undefined as soon as the output passes `max` (the rest is never inflated). */
async function inflateAtMost(packed: Uint8Array, max: number): Promise<Uint8Array | undefined> {
  const stream = new DecompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  const feeding = (async () => {
    for (let at = 0; at < packed.length; at += FEED) await writer.write(packed.subarray(at, at + FEED) as BufferSource);
    await writer.close();
  })().catch(() => undefined);
  const out = await readAtMost(stream.readable as ReadableStream<Uint8Array>, max);
  if (!out) await writer.abort().catch(() => undefined);
  await feeding;
  return out;
}

/**
 * The value in a share's decrypted bytes, inflated no further than the site ever packs: a bomb stops at the
 * bound (the stream is canceled there), so it costs half a megabyte, not its gigabyte. Never throws.
 * @internal Exported so the fuzz tests reach it without sealing each case.
 */
export async function unpack<T>(packed: Uint8Array): Promise<Opened<T>> {
  let inflated: Uint8Array | undefined;
  try {
    inflated = await inflateAtMost(packed, DOOR.output);
  } catch {
    // Sealed by the passphrase's owner, yet not a deflate stream: nothing this site made.
    return { ok: false, problem: 'changed' };
  }
  if (!inflated) return { ok: false, problem: 'too-large' };
  let json: string;
  try {
    json = new TextDecoder('utf-8', { fatal: true }).decode(inflated);
  } catch {
    return { ok: false, problem: 'changed' };
  }
  const parsed = parseJsonWithin(json, 'shareLink');
  if (parsed.ok) return { ok: true, value: parsed.value as T };
  return { ok: false, problem: parsed.problem === 'not-json' ? 'changed' : 'too-large' };
}

/** How a link of `chars` characters may be sent: in any mail app, or better as a file. */
/**
 * The sealed text in what a person was sent: a whole link (what follows its last "#") or a file holding one
 * (a link too long for mail travels as an attachment), with the spaces and line breaks a mail app adds removed.
 */
export function sealedFrom(text: string): string {
  const hash = text.lastIndexOf('#');
  return (hash >= 0 ? text.slice(hash + 1) : text).replace(/\s+/g, '');
}

/** The name of the file a link too long for mail is saved as. */
export const SHARE_FILE_NAME = 'callback-review.txt';

export const linkFits = (chars: number) => ({ mailSafe: chars <= MAIL_SAFE_CHARS, chars });
