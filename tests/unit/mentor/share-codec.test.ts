/**
 * The mentor link's codec: what is sealed opens with its passphrase and only with it, any change to the
 * link is caught and opens nothing, a newer link says so, and the size says when a link is too long to mail.
 * Tests derive with few PBKDF2 iterations (the count travels in the link) so hundreds of runs stay fast;
 * one test uses the real count.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fromBase64Url,
  MAIL_SAFE_CHARS,
  linkFits,
  openShare,
  sealPacked,
  sealShare,
  sealedFrom,
  SHARE_PROBLEMS,
  SHARE_ITERATIONS,
  SHARE_LAYOUT,
  SHARE_VERSION,
  toBase64Url,
} from '../../../src/lib/mentor/share-codec';
import { LIMITS, sizeWords } from '../../../src/lib/core/limits';
import { deflateBomb } from '../../fixtures/bomb';

const FAST = 1000;
const debrief = {
  kind: 'debrief',
  company: 'Acme',
  questions: ['Tell me about a project that failed', 'Why this team?'],
  concerns: ['Years of experience'],
  confidence: 7,
};

describe('sealing and opening', () => {
  it('opens what was sealed, with the real iteration count', async () => {
    const link = await sealShare(debrief, 'correct horse battery staple');
    expect(await openShare(link, 'correct horse battery staple')).toEqual({ ok: true, value: debrief });
    expect(fromBase64Url(link)![0]).toBe(SHARE_VERSION);
    expect(new DataView(fromBase64Url(link)!.buffer).getUint32(1)).toBe(SHARE_ITERATIONS);
  });

  it('round-trips any JSON and passphrase, and the text shared never shows in the link', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), fc.string({ minLength: 1, maxLength: 40 }), async (value, passphrase) => {
        const link = await sealShare(value, passphrase, FAST);
        expect(link).toMatch(/^[A-Za-z0-9_-]+$/);
        const opened = await openShare(link, passphrase);
        expect(opened).toEqual({ ok: true, value: JSON.parse(JSON.stringify(value)) });
      }),
      { numRuns: 60 },
    );
    const link = await sealShare(debrief, 'pass', FAST);
    for (const secret of ['Acme', 'project', 'experience']) {
      expect(link).not.toContain(secret);
      expect(new TextDecoder().decode(fromBase64Url(link))).not.toContain(secret);
    }
  });

  it('seals the same thing differently each time (a fresh salt and iv)', async () => {
    expect(await sealShare(debrief, 'pass', FAST)).not.toBe(await sealShare(debrief, 'pass', FAST));
  });
});

describe('what does not open', () => {
  it('a wrong passphrase, told apart from a damaged link', async () => {
    const link = await sealShare(debrief, 'right one', FAST);
    expect(await openShare(link, 'Right one')).toEqual({ ok: false, problem: 'wrong-passphrase' });
  });

  it('any byte changed or any cut: damaged or changed, never opened', async () => {
    const link = await sealShare(debrief, 'pass', FAST);
    const bytes = fromBase64Url(link)!;
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: bytes.length - 1 }), fc.integer({ min: 1, max: 255 }), async (at, flip) => {
        const changed = bytes.slice();
        changed[at] ^= flip;
        const opened = await openShare(toBase64Url(changed), 'pass');
        expect(opened.ok).toBe(false);
      }),
      { numRuns: 150 },
    );
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: link.length - 1 }), async (cut) => {
        expect(await openShare(link.slice(0, cut), 'pass')).toMatchObject({ ok: false });
      }),
      { numRuns: 60 },
    );
    expect(await openShare('not a link!', 'pass')).toEqual({ ok: false, problem: 'damaged' });
    expect(await openShare('', 'pass')).toEqual({ ok: false, problem: 'damaged' });
  });

  it('a change made on purpose, with the digest fixed up, is still caught by the seal', async () => {
    const bytes = fromBase64Url(await sealShare(debrief, 'pass', FAST))!;
    const { header: h, digest: d } = SHARE_LAYOUT;
    const header = bytes.slice(0, h);
    const sealed = bytes.slice(h + d);
    sealed[sealed.length - 1] ^= 1;
    const all = new Uint8Array(header.length + sealed.length);
    all.set(header);
    all.set(sealed, header.length);
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', all)).slice(0, d);
    const forged = new Uint8Array(bytes.length);
    forged.set(header);
    forged.set(digest, h);
    forged.set(sealed, h + d);
    expect(await openShare(toBase64Url(forged), 'pass')).toEqual({ ok: false, problem: 'changed' });
  });

  it('a link from a newer version says so', async () => {
    const bytes = fromBase64Url(await sealShare(debrief, 'pass', FAST))!;
    bytes[0] = SHARE_VERSION + 1;
    expect(await openShare(toBase64Url(bytes), 'pass')).toEqual({ ok: false, problem: 'newer-version' });
  });
});

describe('size', () => {
  it('a typical debrief fits in a mail-safe link; a long one is flagged for a file', async () => {
    const link = await sealShare(debrief, 'pass', FAST);
    expect(linkFits(link.length).mailSafe).toBe(true);
    // Text that compression cannot shrink much: letters drawn from a fixed pseudo-random sequence.
    let seed = 7;
    const letter = () => String.fromCharCode(97 + ((seed = (seed * 48271) % 2147483647) % 26));
    const long = { ...debrief, notes: Array.from({ length: 40 }, () => Array.from({ length: 60 }, letter).join('')) };
    const big = await sealShare(long, 'pass', FAST);
    expect(big.length).toBeGreaterThan(MAIL_SAFE_CHARS);
    expect(linkFits(big.length)).toEqual({ mailSafe: false, chars: big.length });
  });
});

describe('a link sent as a file', () => {
  it('opens the same from the link, from a file holding the link, and from a file a mail app wrapped', async () => {
    const sealed = await sealShare(debrief, 'correct horse', FAST);
    const link = `https://callback.example/mentor/#${sealed}`;
    const wrapped = `${link.slice(0, 70)}\r\n${link.slice(70, 150)}\n ${link.slice(150)}\n`;
    for (const sent of [link, `#${sealed}`, `${link}\n`, wrapped]) {
      expect(sealedFrom(sent)).toBe(sealed);
      expect(await openShare(sealedFrom(sent), 'correct horse')).toEqual({ ok: true, value: debrief });
    }
  });

  it('finds nothing in an empty fragment', () => {
    expect(sealedFrom('')).toBe('');
    expect(sealedFrom('#')).toBe('');
  });
});

describe('bounded opening (issue 30: a decompression bomb)', () => {
  it('refuses a share that inflates past the bound, naming it, without inflating the rest', async () => {
    const bomb = await sealPacked(deflateBomb(1024 * 1024 * 1024), 'pass', FAST);
    expect(bomb.length).toBeLessThanOrEqual(LIMITS.shareFile.input);
    const opened = await openShare(bomb, 'pass');
    expect(opened).toEqual({ ok: false, problem: 'too-large' });
    expect(SHARE_PROBLEMS['too-large']).toContain(sizeWords(LIMITS.shareLink.output));
  });

  it('still opens a share just under the bound', async () => {
    const text = 'x'.repeat(LIMITS.shareLink.output - 2);
    expect(await openShare(await sealShare(text, 'pass', FAST), 'pass')).toEqual({ ok: true, value: text });
  });

  it('refuses JSON nested deeper than the bound, and text longer than a file may be', async () => {
    const deep = '['.repeat(LIMITS.shareLink.depth + 1) + ']'.repeat(LIMITS.shareLink.depth + 1);
    const packed = new Uint8Array(
      await new Response(new Blob([deep]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer(),
    );
    expect(await openShare(await sealPacked(packed, 'pass', FAST), 'pass')).toEqual({ ok: false, problem: 'too-large' });
    expect(await openShare('A'.repeat(LIMITS.shareFile.input + 1), 'pass')).toEqual({ ok: false, problem: 'too-long' });
  });
});
