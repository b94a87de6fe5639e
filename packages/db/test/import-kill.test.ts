/**
 * An import killed halfway (SIGKILL while it applies the status events, its transaction open)
 * leaves the database as it was, and a new run imports everything. Runs the real CLI.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runAndKill } from './kill-child';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ENTITIES,
  createDataset,
  createDatabase,
  generateAndLoad,
  importDirectory,
  migrate,
  tableChecksums,
  writeCsvFiles,
} from '../src/index';
import { createTestDatabase, serverUrl, type TestDatabase } from '../src/testing';

// A child process is started, killed and the whole export imported again: slow on a busy machine.
const KILL_TEST_TIMEOUT = 180_000;

const cli = fileURLToPath(new URL('../src/cli/import.ts', import.meta.url));
const TABLES = [...ENTITIES.map((e) => e.table), 'import_log'];

const killWhileApplying = (args: string[]) =>
  runAndKill(cli, args, (output) => output.includes('applying status_events'));

let exportDir: string;
beforeAll(async () => {
  exportDir = await mkdtemp(join(tmpdir(), 'img-import-kill-'));
  const dataset = createDataset({ applications: 40_000, seed: 6 });
  await writeCsvFiles(
    exportDir,
    dataset.tables.filter((t) => ENTITIES.some((e) => e.table === t.table)),
  );
});
afterAll(async () => {
  await rm(exportDir, { recursive: true, force: true });
});

describe.skipIf(!serverUrl())('an import killed halfway on PostgreSQL', () => {
  let database: TestDatabase;
  afterAll(async () => {
    await database?.drop();
  });

  it(
    'leaves the database unchanged, and a new run imports everything',
    async () => {
      database = await createTestDatabase('postgres');
      await generateAndLoad(database.handle, { applications: 1_000, seed: 1 });
      const before = await tableChecksums(database.handle, TABLES);
      const run = await killWhileApplying([exportDir, '--database-url', database.url!]);
      expect(run.killed, run.output).toBe(true);
      expect(await tableChecksums(database.handle, TABLES)).toEqual(before);
      const again = await importDirectory(database.handle, exportDir);
      expect(again.rejections).toEqual([]);
      expect(again.files.find((f) => f.file === 'applications.csv')!.lines).toBe(40_000);
    },
    KILL_TEST_TIMEOUT,
  );
});

describe('an import killed halfway on PGlite (data directory)', () => {
  it(
    'leaves the database unchanged, and a new run imports everything',
    async () => {
      const dir = await mkdtemp(join(tmpdir(), 'img-pglite-import-kill-'));
      try {
        let handle = await createDatabase({ dataDir: dir });
        await migrate(handle);
        await generateAndLoad(handle, { applications: 1_000, seed: 1 });
        const before = await tableChecksums(handle, TABLES);
        await handle.close();
        const run = await killWhileApplying([exportDir, '--data-dir', dir]);
        expect(run.killed, run.output).toBe(true);
        handle = await createDatabase({ dataDir: dir });
        expect(await tableChecksums(handle, TABLES)).toEqual(before);
        const again = await importDirectory(handle, exportDir);
        expect(again.rejections).toEqual([]);
        await handle.close();
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
    KILL_TEST_TIMEOUT,
  );
});

/** The keys and indexes of the imported tables, which a first import drops and rebuilds. */
const structureOf = async (handle: { query: TestDatabase['handle']['query'] }) =>
  handle.query(
    `select tablename, indexname, indexdef from pg_indexes where tablename = any($1::text[])
     union all
     select conrelid::regclass::text, conname, pg_get_constraintdef(oid) from pg_constraint where conrelid::regclass::text = any($1::text[])
     order by 1, 2, 3`,
    [ENTITIES.map((e) => e.table)],
  );

describe.skipIf(!serverUrl())(
  'a first import (bulk, keys dropped) killed halfway on PostgreSQL',
  () => {
    let database: TestDatabase;
    afterAll(async () => {
      await database?.drop();
    });

    it(
      'leaves the empty database with all its keys, and a new run imports everything',
      async () => {
        database = await createTestDatabase('postgres');
        const before = await tableChecksums(database.handle, TABLES);
        const keys = await structureOf(database.handle);
        expect(keys.length).toBeGreaterThan(ENTITIES.length);
        const run = await killWhileApplying([exportDir, '--database-url', database.url!]);
        expect(run.killed, run.output).toBe(true);
        expect(await tableChecksums(database.handle, TABLES)).toEqual(before);
        expect(await structureOf(database.handle)).toEqual(keys);
        const again = await importDirectory(database.handle, exportDir);
        expect(again.rejections).toEqual([]);
        expect(again.totals.inserted).toBeGreaterThan(40_000);
        expect(await structureOf(database.handle)).toEqual(keys);
      },
      KILL_TEST_TIMEOUT,
    );
  },
);
