/**
 * The published weeks over HTTP: once a week is published, anonymous callers of the public
 * procedures and of the open data get that week's frozen figures (the latest version, or the week
 * and version they name), the answer cache follows a new publication, and bad selections get a
 * clear error. On PGlite and PostgreSQL.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateAndLoad } from '@img-groningen/db';
import {
  DRIVERS,
  createTestDatabase,
  serverUrl,
  type TestDatabase,
} from '@img-groningen/db/testing';
import { publishWeek } from '@img-groningen/reporting';
import { createApiServer } from '../src/server';

const input = (value: unknown) => encodeURIComponent(JSON.stringify(value));

/** The parts of a tRPC answer these tests read. */
interface Answer {
  result: {
    data: {
      asOf: string;
      series: { weeks: { week: string }[] }[];
      current: Record<string, unknown> | null;
    };
  };
  error: { message: string };
}

describe.each(DRIVERS)('published weeks over HTTP on %s', (driver) => {
  const skip = driver === 'postgres' && !serverUrl();
  let database: TestDatabase;
  let server: Server;
  let base: string;
  beforeAll(async () => {
    if (skip) return;
    database = await createTestDatabase(driver);
    await generateAndLoad(database.handle, { applications: 3_000, seed: 8 });
    // The answer cache on, as in production: it must follow a new publication.
    server = createApiServer({ db: database.handle });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }, 120_000);
  afterAll(async () => {
    if (skip) return;
    await new Promise((resolve) => server.close(resolve));
    await database.drop();
  });

  const get = async (path: string) => {
    const response = await fetch(`${base}${path}`);
    return { status: response.status, body: (await response.json()) as Answer };
  };
  const progressPath = `/trpc/progress.weekly?input=${input({ year: 2026 })}`;

  it.skipIf(skip)(
    'serves the live figures, then the published week once there is one',
    async () => {
      expect((await get(progressPath)).body.result.data.asOf).toBe('2026-11-22');
      await publishWeek(database.handle, '2026-W46', { who: 'test' });
      // The cache trusts the data's fingerprint for a second.
      await new Promise((resolve) => setTimeout(resolve, 1_100));
      const published = await get(progressPath);
      expect(published.status).toBe(200);
      expect(published.body.result.data.asOf).toBe('2026-11-15');
      expect(published.body.result.data.series[0]!.weeks.at(-1)!.week).toBe('2026-W46');
      const named = await get(`${progressPath}&week=2026-W46&version=1`);
      expect(named.body.result.data).toEqual(published.body.result.data);

      const list = await get('/trpc/publications.list');
      expect(list.body.result.data.current).toMatchObject({
        week: '2026-W46',
        version: 1,
        asOf: '2026-11-15',
      });

      // Open data come from the same publication.
      const csv = await (await fetch(`${base}/open-data/progress-weekly.csv?year=2026`)).text();
      const rows = csv.trimEnd().split('\n');
      expect(rows.at(-1)).toMatch(/^2026-W46,/);
      const namedCsv = await fetch(
        `${base}/open-data/progress-weekly.csv?year=2026&week=2026-W46&version=1`,
      );
      expect(await namedCsv.text()).toBe(csv);
    },
    120_000,
  );

  it.skipIf(skip)('says precisely what is wrong with a selection or an input', async () => {
    const badWeek = await get(`${progressPath}&week=2026-W99`);
    expect(badWeek.status).toBe(400);
    expect(badWeek.body.error.message).toMatch(/week: must be an ISO week such as 2026-W47/);
    const unpublished = await get(`${progressPath}&week=2026-W40`);
    expect(unpublished.status).toBe(404);
    expect(unpublished.body.error.message).toMatch(/week 2026-W40 has not been published/);
    const withDate = await get(
      `/trpc/progress.weekly?input=${input({ year: 2026, asOf: '2026-10-01' })}`,
    );
    expect(withDate.status).toBe(400);
    expect(withDate.body.error.message).toMatch(/asOf: public figures are the published weeks/);
    const openData = await fetch(`${base}/open-data/progress-weekly.csv?year=2026&version=0`);
    expect(openData.status).toBe(400);
    expect(JSON.stringify(await openData.json())).toMatch(/version/);
    for (const r of [badWeek, unpublished, withDate])
      expect(JSON.stringify(r.body)).not.toMatch(/stack|at .*\.ts:/);
  });
});
