/**
 * outreach on generated data: the addresses that never applied, per municipality, checked
 * against a direct count, the verdicts against the package functions, and management-only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateAndLoad } from '@img-groningen/db';
import {
  DRIVERS,
  createTestDatabase,
  serverUrl,
  type TestDatabase,
} from '@img-groningen/db/testing';
import { createCaller } from '../src/index';

const MANAGER = { subject: 'test', roles: ['img-management'] };

describe.each(DRIVERS)('outreach on %s', (driver) => {
  const skip = driver === 'postgres' && !serverUrl();
  let database: TestDatabase;
  beforeAll(async () => {
    if (skip) return;
    database = await createTestDatabase(driver);
    await generateAndLoad(database.handle, { applications: 5_000, seed: 11 });
  });
  afterAll(async () => {
    await database?.drop();
  });

  it.skipIf(skip)('counts per municipality the addresses that never applied', async () => {
    const api = createCaller({ db: database.handle, user: MANAGER });
    const result = await api.outreach.perMunicipality();
    const direct = await database.handle.query<{ code: string; n: number }>(
      `select o.municipality_code as code, count(*)::int as n from objects o
        where not exists (select 1 from applications a where a.object_id = o.id) group by 1 order by 1`,
    );
    expect(result.municipalities.map((m) => [m.municipalityCode, m.neverApplied])).toEqual(
      direct.map((d) => [d.code, d.n]),
    );
    for (const m of result.municipalities) {
      expect(m.effectArea + m.sixKmZone + m.outside).toBe(m.neverApplied);
    }
    expect(result.totals.effectArea).toBeGreaterThan(0);
    // One municipality only: the same row.
    const one = await api.outreach.perMunicipality({ municipality: direct[0]!.code });
    expect(one.municipalities).toEqual([result.municipalities[0]]);
  });

  it.skipIf(skip)('lists a page of addresses that may qualify, none of which applied', async () => {
    const api = createCaller({ db: database.handle, user: MANAGER });
    const { municipalities } = await api.outreach.perMunicipality();
    const busiest = [...municipalities].sort((a, b) => b.effectArea - a.effectArea)[0]!;
    const page = await api.outreach.addresses({
      municipality: busiest.municipalityCode,
      verdict: 'VES-5a',
      limit: 20,
    });
    expect(page.total).toBe(busiest.effectArea);
    expect(page.addresses.length).toBe(Math.min(20, busiest.effectArea));
    expect(page.addresses.every((a) => a.verdict === 'VES-5a')).toBe(true);
    const [applied] = await database.handle.query<{ n: number }>(
      `select count(*)::int as n from applications where object_id = any($1::int[])`,
      [page.addresses.map((a) => a.objectId)],
    );
    expect(applied!.n).toBe(0);
    const next = await api.outreach.addresses({
      municipality: busiest.municipalityCode,
      verdict: 'VES-5a',
      limit: 20,
      offset: 20,
    });
    expect(next.addresses[0]?.objectId).not.toBe(page.addresses[0]?.objectId);
  });

  it.skipIf(skip)('is for management only', async () => {
    await expect(createCaller({ db: database.handle }).outreach.perMunicipality()).rejects.toThrow(
      /UNAUTHORIZED|token|log/i,
    );
  });
});
