import { staleJsonSchemas } from '@img-groningen/cli-kit';
import { describe, expect, it } from 'vitest';
import { JSON_SCHEMA_FILES } from './json-schemas.js';

describe('the published JSON Schema files', () => {
  it('are current with the zod schemas (pnpm run schema writes them)', () => {
    expect(staleJsonSchemas(new URL('../schema/', import.meta.url), JSON_SCHEMA_FILES)).toEqual([]);
  });
});
