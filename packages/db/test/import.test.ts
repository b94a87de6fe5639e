/**
 * Importing source exports: a generated data set written as CSV files and imported into a
 * database that holds only the reference tables gives the same content as loading it; a second
 * import changes nothing; an updated row updates; corrupt input is reported precisely and
 * nothing of it is stored; a dry run stores nothing. On PGlite and PostgreSQL.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ENTITIES,
  createDataset,
  generateAndLoad,
  importDirectory,
  tableChecksums,
  writeCsvFiles,
} from '../src/index';
import { DRIVERS, createTestDatabase, serverUrl, type TestDatabase } from '../src/testing';

const ENTITY_TABLES = ENTITIES.map((e) => e.table);
const DATASET = { applications: 1_500, seed: 9 };

/** A database with the data set's reference tables only (schemes, municipalities, quakes, info). */
async function referenceOnly(driver: (typeof DRIVERS)[number]): Promise<TestDatabase> {
  const db = await createTestDatabase(driver);
  await generateAndLoad(db.handle, DATASET);
  await db.handle.query(
    `truncate ${[...ENTITY_TABLES, 'aos_reports', 'samenloop_cases'].join(', ')} cascade`,
  );
  return db;
}

describe.each(DRIVERS)('import on %s', (driver) => {
  const skip = driver === 'postgres' && !serverUrl();
  let loaded: TestDatabase;
  let target: TestDatabase;
  let dir: string;
  beforeAll(async () => {
    if (skip) return;
    dir = await mkdtemp(join(tmpdir(), 'img-import-'));
    const dataset = createDataset(DATASET);
    await writeCsvFiles(
      dir,
      dataset.tables.filter((t) => ENTITY_TABLES.includes(t.table)),
    );
    loaded = await createTestDatabase(driver);
    await generateAndLoad(loaded.handle, DATASET);
    target = await referenceOnly(driver);
  });
  afterAll(async () => {
    await loaded?.drop();
    await target?.drop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it.skipIf(skip)('imports everything, equal to a load of the same data', async () => {
    const summary = await importDirectory(target.handle, dir, { who: 'test' });
    expect(summary.rejections).toEqual([]);
    const applications = summary.files.find((f) => f.file === 'applications.csv')!;
    expect(applications).toMatchObject({ lines: 1_500, inserted: 1_500, updated: 0, rejected: 0 });
    expect(await tableChecksums(target.handle, ENTITY_TABLES)).toEqual(
      await tableChecksums(loaded.handle, ENTITY_TABLES),
    );
    const [log] = await target.handle.query<{ who: string; inserted: number; files: unknown[] }>(
      `select who, inserted, files from import_log order by id desc limit 1`,
    );
    expect(log!.who).toBe('test');
    expect(log!.inserted).toBe(summary.totals.inserted);
    expect(log!.files).toHaveLength(ENTITY_TABLES.length);
  });

  it.skipIf(skip)('changes nothing when the same files come again', async () => {
    const before = await tableChecksums(target.handle, ENTITY_TABLES);
    const summary = await importDirectory(target.handle, dir);
    expect(summary.totals.inserted + summary.totals.updated).toBe(0);
    expect(summary.totals.unchanged).toBeGreaterThan(1_500);
    expect(await tableChecksums(target.handle, ENTITY_TABLES)).toEqual(before);
  });

  it.skipIf(skip)(
    'updates a changed row and reports corrupt rows precisely, storing none of them',
    async () => {
      const bad = await mkdtemp(join(tmpdir(), 'img-import-bad-'));
      try {
        const lines = (await readFile(join(dir, 'applications.csv'), 'utf8')).trimEnd().split('\n');
        const header = lines[0]!.split(',');
        const col = (name: string) => header.indexOf(name);
        const edit = (line: string, name: string, value: string) => {
          const cells = line.split(',');
          cells[col(name)] = value;
          return cells.join(',');
        };
        const [first, second, third] = [lines[1]!, lines[2]!, lines[3]!];
        const changedStatus =
          first.split(',')[col('status')] === 'ingetrokken' ? 'ontvangen' : 'ingetrokken';
        await writeFile(
          join(bad, 'applications.csv'),
          [
            lines[0],
            edit(first, 'status', changedStatus), // line 2: an update
            edit(second, 'received_on', '2025-02-30'), // line 3: no such day
            edit(third, 'scheme_code', 'XYZ'), // line 4: unknown scheme
            edit(lines[4]!, 'id', '900001'), // line 5 and 6: one id twice
            edit(lines[5]!, 'id', '900001'),
            edit(lines[6]!, 'id', '900002'), // line 7: new and good
          ].join('\n') + '\n',
        );
        const events = (await readFile(join(dir, 'status_events.csv'), 'utf8')).split('\n');
        await writeFile(
          join(bad, 'status_events.csv'),
          [
            events[0],
            '9000001,900002,2025-03-01,2025-03-01,,ontvangen', // line 2: good (new application)
            '9000002,999999,2025-03-01,2025-03-01,,ontvangen', // line 3: no such application
            '9000003,900001,2025-03-01,2025-03-01,,ontvangen', // line 4: its application was rejected
            '9000004,900002,2025-03-02,2025-03-01,ontvangen,besluit', // line 5: registered before it happened
            '9000005,900002,2025-03-0', // line 6: cut off
          ].join('\n'),
        );
        // An objections file in Latin-1: é as one byte.
        await writeFile(
          join(bad, 'objections.csv'),
          Buffer.concat([
            Buffer.from(
              (await readFile(join(dir, 'objections.csv'), 'utf8')).split('\n')[0] + '\n',
            ),
            Buffer.from('1,1,2025-01-01,2025-01-02,f,0,0,,,,{causaliteit}\n'),
            Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a]),
          ]),
        );
        const before = await tableChecksums(target.handle, ['objections']);
        const summary = await importDirectory(target.handle, bad);
        const find = (file: string, line: number | null) =>
          summary.rejections.filter((r) => r.file === file && r.line === line);
        expect(find('applications.csv', 3)[0]).toMatchObject({ column: 'received_on' });
        expect(find('applications.csv', 3)[0]!.reason).toMatch(/YYYY-MM-DD/);
        expect(find('applications.csv', 4)[0]).toMatchObject({ column: 'scheme_code' });
        expect(find('applications.csv', 4)[0]!.reason).toMatch(/unknown scheme 'XYZ'/);
        expect(find('applications.csv', 5)[0]!.reason).toMatch(/duplicate id 900001/);
        expect(find('applications.csv', 6)[0]!.reason).toMatch(/duplicate id 900001/);
        expect(find('status_events.csv', 3)[0]).toMatchObject({ column: 'application_id' });
        expect(find('status_events.csv', 3)[0]!.reason).toMatch(/application 999999/);
        expect(find('status_events.csv', 4)[0]!.reason).toMatch(/application 900001/);
        expect(find('status_events.csv', 5)[0]).toMatchObject({ column: 'registered_on' });
        expect(find('status_events.csv', 6)[0]!.reason).toMatch(/last line is cut off/);
        expect(find('objections.csv', 3)[0]!.reason).toMatch(/not UTF-8.*0xE9/);

        const applications = summary.files.find((f) => f.file === 'applications.csv')!;
        expect(applications).toMatchObject({ inserted: 1, updated: 1, rejected: 4 });
        const events2 = summary.files.find((f) => f.file === 'status_events.csv')!;
        expect(events2).toMatchObject({ inserted: 1, rejected: 4 });
        // Nothing of the rejected rows is stored; the Latin-1 file not at all.
        const stored = await target.handle.query<{ id: number }>(
          `select id from applications where id in (900001, 900002) order by id`,
        );
        expect(stored.map((r) => r.id)).toEqual([900002]);
        const [{ n }] = (await target.handle.query<{ n: number }>(
          `select count(*)::int as n from status_events where id between 9000001 and 9000005`,
        )) as [{ n: number }];
        expect(n).toBe(1);
        expect(await tableChecksums(target.handle, ['objections'])).toEqual(before);
        const [updated] = await target.handle.query<{ status: string }>(
          `select status from applications where id = $1`,
          [Number(first.split(',')[0])],
        );
        expect(updated!.status).toBe(changedStatus);
      } finally {
        await rm(bad, { recursive: true, force: true });
      }
    },
  );

  it.skipIf(skip)('stores nothing on a dry run, but says what it would do', async () => {
    const extra = await mkdtemp(join(tmpdir(), 'img-import-dry-'));
    try {
      const header = (await readFile(join(dir, 'applications.csv'), 'utf8')).split('\n')[0]!;
      const sample = (await readFile(join(dir, 'applications.csv'), 'utf8')).split('\n')[1]!;
      const cells = sample.split(',');
      cells[0] = '950000';
      await writeFile(join(extra, 'applications.csv'), `${header}\n${cells.join(',')}\n`);
      const before = await tableChecksums(target.handle, [...ENTITY_TABLES, 'import_log']);
      const summary = await importDirectory(target.handle, extra, { dryRun: true });
      expect(summary.dryRun).toBe(true);
      expect(summary.totals.inserted).toBe(1);
      expect(await tableChecksums(target.handle, [...ENTITY_TABLES, 'import_log'])).toEqual(before);
    } finally {
      await rm(extra, { recursive: true, force: true });
    }
  });
});
