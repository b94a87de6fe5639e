import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DATA_TABLES,
  createDataset,
  generateAndLoad,
  loadTables,
  tableChecksums,
  type TableSource,
} from '../src/index';
import {
  DRIVERS,
  createTestDatabase,
  serverUrl,
  type TestDatabase,
} from '../src/testing/databases';

const structureQuery = `select conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) as d
  from pg_constraint where connamespace = 'public'::regnamespace
  union all select indexrelid::regclass::text from pg_index i join pg_class c on c.oid = i.indrelid
  where c.relnamespace = 'public'::regnamespace order by 1`;

describe.each(DRIVERS)('loading a data set into %s', (driver) => {
  const skip = driver === 'postgres' && !serverUrl();
  let database: TestDatabase;

  beforeAll(async () => {
    if (!skip) database = await createTestDatabase(driver);
  });
  afterAll(async () => {
    await database?.drop();
  });

  it.skipIf(skip)(
    'loads every table, keeps keys and indexes, and gives the same content twice',
    async () => {
      const { handle } = database;
      const structure = await handle.query<{ d: string }>(structureQuery);
      const first = await generateAndLoad(handle, { applications: 3_000, seed: 11 });
      expect(first.rows.applications).toBe(3_000);
      expect(first.rows.status_events).toBeGreaterThan(3_000 * 3);
      const checksums = await tableChecksums(handle, DATA_TABLES);
      for (const table of DATA_TABLES) expect(checksums[table]!.rows).toBe(first.rows[table]);
      // The keys, foreign keys and indexes were dropped for the copy and are all back.
      expect(await handle.query<{ d: string }>(structureQuery)).toEqual(structure);

      await generateAndLoad(handle, { applications: 3_000, seed: 11 });
      expect(await tableChecksums(handle, DATA_TABLES)).toEqual(checksums);

      await generateAndLoad(handle, { applications: 3_000, seed: 12 });
      expect((await tableChecksums(handle, DATA_TABLES)).applications).not.toEqual(
        checksums.applications,
      );
    },
  );

  it.skipIf(skip)('holds referential integrity in the generated data', async () => {
    const { handle } = database;
    await generateAndLoad(handle, { applications: 3_000, seed: 5 });
    const [orphans] = await handle.query<{ n: number }>(
      `select count(*)::int as n from status_events e left join applications a on a.id = e.application_id where a.id is null`,
    );
    expect(orphans!.n).toBe(0);
    // The decision date of an application is the date of its last registered decision.
    const [mismatch] = await handle.query<{ n: number }>(
      `select count(*)::int as n from applications a
        where a.decided_on is distinct from (
          select case when last.to_status = 'besluit' then last.event_date
                      when last.to_status = 'uitbetaald' then (select max(event_date) from status_events b where b.application_id = a.id and b.to_status = 'besluit')
                 end
            from status_events last where last.application_id = a.id order by last.id desc limit 1)`,
    );
    expect(mismatch!.n).toBe(0);
    const [status] = await handle.query<{ n: number }>(
      `select count(*)::int as n from applications a
        where a.status <> (select to_status from status_events e where e.application_id = a.id order by e.id desc limit 1)`,
    );
    expect(status!.n).toBe(0);
  });

  it.skipIf(skip)('leaves the database as it was when a load fails halfway', async () => {
    const { handle } = database;
    await generateAndLoad(handle, { applications: 2_000, seed: 3 });
    const before = await tableChecksums(handle, DATA_TABLES);
    const tables = createDataset({ applications: 4_000, seed: 4 }).tables.map(
      (source): TableSource => {
        if (source.table !== 'objections') return source;
        return {
          ...source,
          *chunks() {
            yield* source.chunks();
            throw new Error('source export broke off');
          },
        };
      },
    );
    await expect(loadTables(handle, tables)).rejects.toThrow('source export broke off');
    expect(await tableChecksums(handle, DATA_TABLES)).toEqual(before);
    // And the database is usable: a new load succeeds.
    await expect(generateAndLoad(handle, { applications: 2_000, seed: 3 })).resolves.toBeDefined();
    expect(await tableChecksums(handle, DATA_TABLES)).toEqual(before);
  });

  it.skipIf(skip)('rejects a row that breaks a rule, and keeps what was stored', async () => {
    const { handle } = database;
    await generateAndLoad(handle, { applications: 1_000, seed: 9 });
    const before = await tableChecksums(handle, DATA_TABLES);
    const tables = createDataset({ applications: 1_000, seed: 10 }).tables.map(
      (source): TableSource =>
        source.table === 'objects'
          ? {
              ...source,
              chunks: () => [
                ...source.chunks(),
                '999999,Kerkstraat,1,9999SA,Nergens,1,1,1990,GM0014,kern\n',
              ],
            }
          : source,
    );
    await expect(loadTables(handle, tables)).rejects.toThrow(/objects_postcode_check/);
    expect(await tableChecksums(handle, DATA_TABLES)).toEqual(before);
  });
});

describe.skipIf(!serverUrl())('PGlite and PostgreSQL', () => {
  it('hold exactly the same content for the same seed', async () => {
    const lite = await createTestDatabase('pglite');
    const server = await createTestDatabase('postgres');
    try {
      await generateAndLoad(lite.handle, { applications: 2_500, seed: 21 });
      await generateAndLoad(server.handle, { applications: 2_500, seed: 21 });
      expect(await tableChecksums(lite.handle, DATA_TABLES)).toEqual(
        await tableChecksums(server.handle, DATA_TABLES),
      );
    } finally {
      await lite.drop();
      await server.drop();
    }
  });
});
