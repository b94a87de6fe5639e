/**
 * Test helper: the same test runs against the embedded PGlite database and, when
 * DATABASE_URL (or TEST_DATABASE_URL) names a server, against a fresh PostgreSQL database that
 * is dropped afterwards. Exported as `@img-groningen/db/testing` for other packages' tests.
 */
import pg from 'pg';
import { createDatabase, type DatabaseHandle } from '../client';
import { migrate } from '../migrate';

export interface TestDatabase {
  handle: DatabaseHandle;
  /** Connection string of the PostgreSQL test database; undefined for PGlite. */
  url: string | undefined;
  drop(): Promise<void>;
}

export const serverUrl = (): string | undefined =>
  process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;

export const DRIVERS = ['pglite', 'postgres'] as const;
export type Driver = (typeof DRIVERS)[number];

let counter = 0;

/** A new, migrated, empty database of the given kind. */
export async function createTestDatabase(driver: Driver): Promise<TestDatabase> {
  if (driver === 'pglite') {
    const handle = await createDatabase();
    await migrate(handle);
    return { handle, url: undefined, drop: () => handle.close() };
  }
  const admin = serverUrl();
  if (!admin) throw new Error('no PostgreSQL server: set DATABASE_URL');
  const name = `img_test_${process.pid}_${Date.now().toString(36)}_${counter++}`;
  await withAdmin(admin, (client) => client.query(`create database ${name}`));
  const url = new URL(admin);
  url.pathname = `/${name}`;
  const handle = await createDatabase({ url: url.toString(), maxConnections: 4 });
  await migrate(handle);
  return {
    handle,
    url: url.toString(),
    async drop() {
      await handle.close();
      await withAdmin(admin, (client) =>
        client.query(`drop database if exists ${name} with (force)`),
      );
    },
  };
}

async function withAdmin<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The drivers a test file should run on here: PGlite always, PostgreSQL when a server is set. */
export function availableDrivers(): Driver[] {
  return serverUrl() ? ['pglite', 'postgres'] : ['pglite'];
}
