// @vitest-environment jsdom
/**
 * Every door outside input comes through, fuzzed (issue 30): share links and files a mentor sends, a data file,
 * a calendar invite, and what sits in the browser's storage. For each, at least 2,000 generated inputs (random
 * text and bytes, and inputs built to get past the first checks: real links with changed characters,
 * compressed text, calendar-shaped lines, envelopes of stored values): no throw escapes, nothing is written to
 * storage by a refusal, and no call takes longer than its door's stated time (LIMITS in core/limits.ts).
 * The share links run in share-fuzz.test.ts (Node's streams, which jsdom lacks), the spreadsheet door in
 * tests/unit/journal/csv-fuzz.test.ts.
 */
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseImport, readStore } from '../../../src/lib/data/backup';
import { REGISTRY } from '../../../src/lib/data/registry';
import { readInvite } from '../../../src/lib/journal/invite';
import { decodeValue, encodeValue } from '../../../src/lib/storage/storage-codec';
import { checkImport } from '../../../src/state/data-actions';
import { STORED_SAMPLES } from '../../fixtures/stored-samples';
import { bytes, RUNS, through } from './doors';

const TODAY = '2026-12-07';

beforeAll(() => {
  localStorage.clear();
  // Something to lose: a refusal must leave it exactly as it is.
  for (const entry of REGISTRY) localStorage.setItem(`callback:${entry.name}`, encodeValue(entry.schema, STORED_SAMPLES[entry.name]));
});

describe('a data file', () => {
  const exportText = () =>
    JSON.stringify({
      format: 'callback-data',
      version: 1,
      exportedAt: '2026-12-07T00:00:00.000Z',
      stores: Object.fromEntries(REGISTRY.map((e) => [e.name, JSON.parse(encodeValue(e.schema, STORED_SAMPLES[e.name]))])),
    });

  it('of any text, any JSON, or a real export with characters changed, is checked without a write', async () => {
    const real = exportText();
    const changed = fc.record({ at: fc.nat(), cut: fc.nat({ max: 30 }), add: fc.string({ maxLength: 30 }) }).map(({ at, cut, add }) => {
      const i = at % real.length;
      return real.slice(0, i) + add + real.slice(i + cut);
    });
    const nested = fc.nat({ max: 200 }).map((n) => `{"format":"callback-data","version":1,"stores":${'['.repeat(n)}${']'.repeat(n)}}`);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string({ unit: 'binary', maxLength: 3000 }), fc.json({ maxDepth: 40 }), changed, nested),
        async (text) => {
          const file = { size: bytes(text).length, text: async () => text };
          const places = new Set(['US', 'GB', 'GB-SCT']);
          // parseImport is the reader; checkImport is what the page runs (and it must not write either).
          await through(
            'data',
            () => parseImport(text, file.size, REGISTRY, { places }),
            (r) => !r.ok,
          );
          await through(
            'data',
            () => checkImport(file, { places }),
            () => true,
          );
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('a calendar invite', () => {
  const dir = join(import.meta.dirname, '../../fixtures/invites');
  const real = readdirSync(dir).map((name) => readFileSync(join(dir, name), 'utf8'));
  const line = fc.oneof(
    fc.constantFrom('BEGIN:VCALENDAR', 'END:VCALENDAR', 'BEGIN:VEVENT', 'END:VEVENT', 'BEGIN:VALARM', 'END:VALARM', 'BEGIN:VTIMEZONE'),
    fc
      .tuple(
        fc.constantFrom('DTSTART', 'DTSTART;TZID=Europe/Paris', 'DTEND', 'SUMMARY', 'UID', 'RRULE', 'ORGANIZER;CN=x', 'LOCATION', 'X-'),
        fc.string(),
      )
      .map(([k, v]) => `${k}:${v}`),
    fc.string({ unit: 'binary', maxLength: 80 }),
  );
  const shaped = fc.array(line, { maxLength: 60 }).map((lines) => ['BEGIN:VCALENDAR', ...lines].join('\r\n'));
  const edited = fc
    .record({ file: fc.constantFrom(...real), at: fc.nat(), cut: fc.nat({ max: 60 }), add: fc.string({ unit: 'binary', maxLength: 60 }) })
    .map(({ file, at, cut, add }) => file.slice(0, at % file.length) + add + file.slice((at % file.length) + cut));

  it('of any text, calendar-shaped lines, or a real invite with characters changed, is read or refused in words', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ unit: 'binary', maxLength: 2000 }), shaped, edited), async (text) => {
        const result = await through(
          'invite',
          () => readInvite(text, { today: TODAY, zone: 'America/New_York' }),
          (r) => !r.ok,
        );
        if (!result.ok) expect(result.problem.length).toBeGreaterThan(0);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('values in storage', () => {
  it('of any text, any JSON envelope, or a real value with characters changed, decode or are refused by reason', async () => {
    const entry = fc.constantFrom(...REGISTRY);
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 2000 }),
      fc.tuple(fc.integer({ min: -1, max: 5 }), fc.json({ maxDepth: 40 })).map(([v, data]) => `{"v":${v},"data":${data}}`),
      fc.nat({ max: 100 }).map((n) => `{"v":1,"data":${'['.repeat(n)}${']'.repeat(n)}}`),
    );
    const edited = fc.tuple(entry, fc.nat(), fc.nat({ max: 20 }), fc.string({ maxLength: 20 })).map(([e, at, cut, add]) => {
      const real = encodeValue(e.schema, STORED_SAMPLES[e.name]);
      const i = at % real.length;
      return [e, real.slice(0, i) + add + real.slice(i + cut)] as const;
    });
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.tuple(entry, text), edited), async ([e, raw]) => {
        const decoded = await through(
          'stored',
          () => decodeValue(e.schema, raw),
          (r) => !r.ok,
        );
        // What decodes is stored as it reads: encoding it and decoding again gives the same value.
        if (decoded.ok)
          expect(decodeValue(e.schema, encodeValue(e.schema, decoded.value))).toMatchObject({ ok: true, value: decoded.value });
        await through(
          'stored',
          () => readStore(e, raw, { places: new Set(['US', 'GB-SCT']) }),
          (r) => !r.ok,
        );
      }),
      { numRuns: RUNS },
    );
  });
});
