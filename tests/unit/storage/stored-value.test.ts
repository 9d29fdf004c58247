import { describe, expect, it } from 'vitest';
import { storageKey } from '../../../src/lib/storage/stored-value';

describe('storageKey', () => {
  it('puts every value under the site prefix, so the data page finds (and deletes) them all', () => {
    expect(storageKey({ name: 'theme' })).toBe('callback:theme');
  });
});
