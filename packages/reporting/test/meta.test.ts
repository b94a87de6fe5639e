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

  it('names the moments to mark on time charts: felt quakes, scheme openings, the pause option', async () => {
    const { events, schemes } = await createCaller({ db: database.handle }).meta.info();
    const quakes = events.filter((e) => e.kind === 'quake');
    // Huizinge, 16 August 2012, ML 3.6: the strongest in the catalogue.
    expect(quakes).toContainEqual(
      expect.objectContaining({
        date: '2012-08-16',
        place: expect.stringMatching(/Huizinge/),
        magnitude: 3.6,
      }),
    );
    expect(quakes.every((q) => q.magnitude! >= 2.5)).toBe(true);
    const [count] = await database.handle.query<{ n: number }>(
      'select count(*)::int as n from quakes where magnitude_ml >= 2.5',
    );
    expect(quakes).toHaveLength(count!.n);
    expect(
      events
        .filter((e) => e.kind === 'scheme-opened')
        .map((e) => e.scheme)
        .sort(),
    ).toEqual(schemes.map((s) => s.code).sort());
    expect(events).toContainEqual(
      expect.objectContaining({ kind: 'pause-option', date: '2023-01-01' }),
    );
    expect(events.map((e) => e.date)).toEqual([...events.map((e) => e.date)].sort());
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
