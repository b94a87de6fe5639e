import { staleJsonSchemas } from '@img-groningen/cli-kit';
import { describe, expect, it } from 'vitest';
import { JSON_SCHEMA_FILES } from './json-schemas.js';

describe('the published JSON Schema files', () => {
  it('are current with the zod schemas (pnpm run schema writes them)', () => {
    expect(staleJsonSchemas(new URL('../schema/', import.meta.url), JSON_SCHEMA_FILES)).toEqual([]);
  });

  it('have an $id where the package publishes them, a title and a description', async () => {
    const { readFile } = await import('node:fs/promises');
    for (const name of ['invoice.schema.json', 'context.schema.json']) {
      const schema = JSON.parse(
        await readFile(new URL(`../schema/${name}`, import.meta.url), 'utf8'),
      );
      expect(schema.$id).toBe(`https://unpkg.com/@img-groningen/invoices/schema/${name}`);
      expect(schema.title).toMatch(/^IMG /);
      expect(schema.description.length).toBeGreaterThan(40);
    }
  });
});
