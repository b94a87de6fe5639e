import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DATASET_FINGERPRINT_SQL,
  createDatabase,
  dataFingerprint,
  generateAndLoad,
  openSession,
} from '../src/index';
import {
  DRIVERS,
  createTestDatabase,
  serverUrl,
  type TestDatabase,
} from '../src/testing/databases';

/** Tables whose writes do not change the data (migration 0009). */
const UNCOUNTED = ['data_version', 'publications', 'publication_answers'];

describe.each(DRIVERS)('the data version on %s', (driver) => {
  const skip = driver === 'postgres' && !serverUrl();
  let database: TestDatabase;
  const version = async () =>
    (await database.handle.query<{ v: number }>('select version::int as v from data_version'))[0]!
      .v;
  const fingerprint = async () =>
    (await database.handle.query<{ fingerprint: string }>(DATASET_FINGERPRINT_SQL))[0]!.fingerprint;

  beforeAll(async () => {
    if (!skip) database = await createTestDatabase(driver);
  });
  afterAll(async () => {
    await database?.drop();
  });

  it.skipIf(skip)('every data and rollup table raises it when written', async () => {
    const rows = await database.handle.query<{ table: string; counted: boolean }>(
      `select c.relname as table,
              exists (select 1 from pg_trigger t where t.tgrelid = c.oid and t.tgname = c.relname || '_data_version') as counted
         from pg_class c where c.relkind = 'r' and c.relnamespace = current_schema()::regnamespace
        order by 1`,
    );
    expect(rows.length).toBeGreaterThan(20);
    for (const r of rows)
      expect(r).toEqual({ table: r.table, counted: !UNCOUNTED.includes(r.table) });
  });

  it.skipIf(skip)(
    'moves with a load and with a change by hand, not with reads or rolled-back writes',
    async () => {
      const start = await version();
      const before = await fingerprint();
      await generateAndLoad(database.handle, { applications: 300, seed: 3 });
      const loaded = await version();
      expect(loaded).toBeGreaterThan(start);
      const afterLoad = await fingerprint();
      expect(afterLoad).not.toBe(before);

      await database.handle.query('select count(*) from applications');
      expect(await fingerprint()).toBe(afterLoad);

      // A correction typed into the database by hand, outside any import.
      await database.handle.query(
        `update applications set received_on = received_on where id = (select min(id) from applications)`,
      );
      expect(await version()).toBe(loaded + 1);
      expect(await fingerprint()).not.toBe(afterLoad);

      const handEdited = await version();
      const session = await openSession(database.handle);
      try {
        await session.query('begin');
        await session.query('delete from aos_reports');
        await session.query('rollback');
      } finally {
        await session.release();
      }
      expect(await version()).toBe(handEdited);
    },
  );

  it.skipIf(skip)(
    'a trusted read of the fingerprint ends with a write through the same handle',
    async () => {
      const { handle } = database;
      const MINUTE = 60_000;
      const trusted = await dataFingerprint(handle, MINUTE);
      // Another connection writes: within the trusted time this handle does not ask again …
      const other =
        driver === 'postgres'
          ? await createDatabase({ url: database.url!, maxConnections: 1 })
          : null;
      if (other) {
        await other.query(`update aos_reports set id = id where false`);
        await other.close();
        expect(await dataFingerprint(handle, MINUTE)).toBe(trusted);
        expect(await dataFingerprint(handle, 0)).not.toBe(trusted);
      }
      // … but a write through the handle itself is seen at once.
      const before = await dataFingerprint(handle, MINUTE);
      await handle.query(`update aos_reports set id = id where false`);
      expect(await dataFingerprint(handle, MINUTE)).not.toBe(before);
      // Reads keep the trust.
      const now = await dataFingerprint(handle, MINUTE);
      await handle.query('select count(*) from aos_reports');
      expect(await dataFingerprint(handle, MINUTE)).toBe(now);
    },
  );
});
