import { staleJsonSchemas } from '@img-groningen/cli-kit';
import { describe, expect, it } from 'vitest';
import { JSON_SCHEMA_FILES } from './json-schemas.js';

describe('the published JSON Schema files', () => {
  it('are current with the zod schemas (pnpm run schema writes them)', () => {
    expect(staleJsonSchemas(new URL('../schema/', import.meta.url), JSON_SCHEMA_FILES)).toEqual([]);
  });

  it('have an $id where the package publishes them, a title and a description', async () => {
    const { readFile } = await import('node:fs/promises');
    for (const name of ['facts.schema.json']) {
      const schema = JSON.parse(
        await readFile(new URL(`../schema/${name}`, import.meta.url), 'utf8'),
      );
      expect(schema.$id).toBe(
        `https://unpkg.com/@img-groningen/contractor-conditions/schema/${name}`,
      );
      expect(schema.title).toMatch(/^IMG /);
      expect(schema.description.length).toBeGreaterThan(40);
    }
  });

  it('say of every date what the library checks: an ISO calendar date', async () => {
    const { readFile } = await import('node:fs/promises');
    const schema = JSON.parse(
      await readFile(new URL('../schema/facts.schema.json', import.meta.url), 'utf8'),
    ) as unknown;
    const patterns: string[] = [];
    const walk = (node: unknown): void => {
      if (!node || typeof node !== 'object') return;
      const o = node as Record<string, unknown>;
      if (o.format === 'date') patterns.push(o.pattern as string);
      for (const v of Object.values(o)) walk(v);
    };
    walk(schema);
    // agreement.acceptedOn, KVK dates, insolvency, committees, diplomas, exemptions.
    expect(patterns.length).toBeGreaterThanOrEqual(9);
    for (const pattern of patterns) {
      const date = new RegExp(pattern);
      expect(date.test('2026-11-23')).toBe(true);
      for (const wrong of ['yesterday', '2026-02-30', '23-11-2026'])
        expect(date.test(wrong)).toBe(false);
    }
  });
});
