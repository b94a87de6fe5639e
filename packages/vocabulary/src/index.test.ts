import { describe, expect, it } from 'vitest';
import { SCHEME_CODES, SCHEME_NAMES } from './index.js';

describe('vocabulary', () => {
  it('names every scheme, in Dutch and English', () => {
    expect(Object.keys(SCHEME_NAMES).sort()).toEqual([...SCHEME_CODES].sort());
    for (const code of SCHEME_CODES) {
      expect(SCHEME_NAMES[code].nl).not.toBe('');
      expect(SCHEME_NAMES[code].en).not.toBe('');
    }
  });
});
