/** The data page's words about the room the site's data takes. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatSize, spaceReport } from '../../../src/lib/data/storage-space';
import { STORAGE_LIMIT_CHARS } from '../../../src/lib/storage/storage-keys';

describe('formatSize', () => {
  it.each([
    [1, '1 kB'],
    [12_000, '12 kB'],
    [1024 * 1024 - 600, '1,023 kB'],
    [1.2 * 1024 * 1024, '1.2 MB'],
    [STORAGE_LIMIT_CHARS, '5 MB'],
  ])('%i characters read as %s', (chars, text) => {
    expect(formatSize(chars)).toBe(text);
  });
});

describe('spaceReport', () => {
  it('says how much is used of about 5 MB, and that 500 interviews fit', () => {
    expect(spaceReport(1.2 * 1024 * 1024)).toEqual({
      used: 'Your data uses 1.2 MB of about 5 MB this browser keeps for the site (24%).',
      fits: 'That room holds the 500 interviews the site keeps at most, even with every field filled in.',
    });
    expect(spaceReport(3000).used).toBe('Your data uses 3 kB of about 5 MB this browser keeps for the site (under 1%).');
  });

  it('warns from four fifths full, and never says more than 100%', () => {
    fc.assert(
      fc.property(fc.nat(2 * STORAGE_LIMIT_CHARS), (used) => {
        const report = spaceReport(used);
        expect(report.warning !== undefined).toBe(used / STORAGE_LIMIT_CHARS >= 0.8);
        const percent = /\((\d+)%\)/.exec(report.used)?.[1];
        if (percent) expect(Number(percent)).toBeLessThanOrEqual(100);
      }),
    );
  });
});
