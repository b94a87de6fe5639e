/**
 * A load killed halfway (SIGKILL, no chance to clean up) leaves the database as it was, and
 * the next load succeeds. Runs the real CLI in a child process.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runAndKill } from './kill-child';
import { afterAll, describe, expect, it } from 'vitest';
import {
  DATA_TABLES,
  createDatabase,
  generateAndLoad,
  migrate,
  tableChecksums,
} from '../src/index';
import { createTestDatabase, serverUrl, type TestDatabase } from '../src/testing/databases';

// A child process is started, killed and the whole export imported again: slow on a busy machine.
const KILL_TEST_TIMEOUT = 180_000;

const cli = fileURLToPath(new URL('../src/cli/generate.ts', import.meta.url));

const killDuringCopy = (args: string[]) =>
  runAndKill(cli, args, (output) => /copy ([3-9]\d)%/.test(output));

describe.skipIf(!serverUrl())('a load killed halfway on PostgreSQL', () => {
  let database: TestDatabase;
  afterAll(async () => {
    await database?.drop();
  });

  it(
    'leaves the database unchanged, and a new run loads everything',
    async () => {
      database = await createTestDatabase('postgres');
      await generateAndLoad(database.handle, { applications: 2_000, seed: 1 });
      const before = await tableChecksums(database.handle, DATA_TABLES);

      const run = await killDuringCopy([
        '--applications',
        '150000',
        '--seed',
        '2',
        '--database-url',
        database.url!,
      ]);
      expect(run.killed, run.output).toBe(true);
      // The server rolls the dead session's transaction back; until it has, its locks make
      // this read wait rather than see anything half-loaded.
      expect(await tableChecksums(database.handle, DATA_TABLES)).toEqual(before);

      const again = await generateAndLoad(database.handle, { applications: 3_000, seed: 2 });
      expect(again.rows.applications).toBe(3_000);
    },
    KILL_TEST_TIMEOUT,
  );
});

describe('a load killed halfway on PGlite (data directory)', () => {
  it(
    'leaves the database unchanged, and a new run loads everything',
    async () => {
      const dir = await mkdtemp(join(tmpdir(), 'img-pglite-kill-'));
      try {
        let handle = await createDatabase({ dataDir: dir });
        await migrate(handle);
        await generateAndLoad(handle, { applications: 2_000, seed: 1 });
        const before = await tableChecksums(handle, DATA_TABLES);
        await handle.close();

        const run = await killDuringCopy([
          '--applications',
          '60000',
          '--seed',
          '2',
          '--data-dir',
          dir,
        ]);
        expect(run.killed, run.output).toBe(true);

        handle = await createDatabase({ dataDir: dir });
        expect(await tableChecksums(handle, DATA_TABLES)).toEqual(before);
        const again = await generateAndLoad(handle, { applications: 3_000, seed: 2 });
        expect(again.rows.applications).toBe(3_000);
        await handle.close();
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
    KILL_TEST_TIMEOUT,
  );
});
