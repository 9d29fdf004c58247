/**
 * The share door fuzzed (issue 30): links and files a mentor sends, and what a sealed link unpacks to. The
 * rules are those of doors-fuzz.test.ts (doors.ts): no throw, within LIMITS.shareLink/shareFile's time, and
 * nothing opened that should not be.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { readOpened } from '../../../src/lib/mentor/mentor';
import { openShare, sealShare, sealedFrom, unpack } from '../../../src/lib/mentor/share-codec';
import { bytes, RUNS, through } from './doors';

const FAST = 1000;
const deflate = async (data: Uint8Array) =>
  new Uint8Array(await new Response(new Blob([data as BlobPart]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer());

describe('share links and files', () => {
  let link = '';
  beforeAll(async () => {
    link = await sealShare(
      { kind: 'reply', recordId: 'r1', label: 'Acme', mentor: 'Sam', comments: [{ part: 'debrief', text: 'Good.' }] },
      'pass',
      FAST,
    );
  });

  const opened = (text: string) =>
    through(
      'shareLink',
      async () => readOpened(await openShare(text, 'pass')),
      (r) => !r.ok,
    );

  it('a link of any text, or a real link with characters changed, cut or added, opens nothing it should not', async () => {
    const edit = fc.record({ at: fc.nat(), cut: fc.nat({ max: 40 }), add: fc.string({ unit: 'binary', maxLength: 40 }) });
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 3000 }).map((t) => ({ text: t })),
          edit,
        ),
        async (input) => {
          if ('text' in input) return void (await opened(input.text));
          const at = input.at % link.length;
          const changed = link.slice(0, at) + input.add + link.slice(at + input.cut);
          const result = await opened(changed);
          if (changed !== link) expect(result.ok).toBe(false);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('a file of any text, or a message with the link inside, is read no further than its bound', async () => {
    const wrapped = fc
      .tuple(fc.string({ maxLength: 200 }), fc.string({ maxLength: 200 }))
      .map(([a, b]) => `${a} https://x/mentor/#${link}\n${b}`);
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ unit: 'binary', maxLength: 5000 }), wrapped), async (file) => {
        await through(
          'shareFile',
          async () => readOpened(await openShare(sealedFrom(file), 'pass')),
          (r) => !r.ok,
        );
      }),
      { numRuns: RUNS },
    );
  });

  it('what a sealed link unpacks to, of any bytes or any compressed text, is bounded and checked', async () => {
    const compressed = fc
      .oneof(
        fc.json({ maxDepth: 12 }),
        fc.string({ unit: 'binary' }),
        fc.nat({ max: 64 }).map((n) => '['.repeat(n) + ']'.repeat(n)),
      )
      .map((t) => ({ deflate: t }));
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 4000 }).map((b) => ({ raw: b })),
          compressed,
        ),
        async (input) => {
          const packed = 'raw' in input ? input.raw : await deflate(bytes(input.deflate));
          await through(
            'shareLink',
            async () => readOpened(await unpack(packed)),
            (r) => !r.ok,
          );
        },
      ),
      { numRuns: RUNS },
    );
  });
});
