import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateAndLoad } from '@img-groningen/db';
import { createTestDatabase, type TestDatabase } from '@img-groningen/db/testing';
import { appRouter, createCaller } from '../src/index';
import { METHODOLOGY } from '../src/methodology';

describe('meta.info', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase('pglite');
    await generateAndLoad(database.handle, { applications: 1_000, seed: 1 });
  });
  afterAll(async () => {
    await database.drop();
  });

  it('lists the schemes, the municipalities with the Eemsdelta merger, and the data date', async () => {
    const info = await createCaller({ db: database.handle }).meta.info();
    expect(info.dataAsOf).toBe('2026-11-22');
    expect(info.schemes.map((s) => s.code)).toContain('VES');
    expect(info.municipalities.find((m) => m.code === 'GM0024')).toMatchObject({
      name: 'Loppersum',
      validTo: '2020-12-31',
      mergedInto: 'GM1979',
    });
  });

  it('has a methodology text in Dutch and English for every public procedure', () => {
    const procedures = Object.keys(appRouter._def.procedures).filter((p) => !p.startsWith('meta.'));
    for (const procedure of procedures) {
      const text = METHODOLOGY.find((m) => m.metric === procedure);
      expect(text, procedure).toBeDefined();
      expect(text!.nl.length).toBeGreaterThan(40);
      expect(text!.en.length).toBeGreaterThan(40);
    }
  });
});
