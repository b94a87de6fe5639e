/**
 * One client factory for both databases: PGlite (embedded, the default) or PostgreSQL when a
 * connection string is given. Callers get the same drizzle API and a small raw-SQL helper.
 */
import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import * as schema from './schema/index';
import { afterStatement } from './fingerprint';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

interface CommonHandle {
  db: Db;
  /** Runs one SQL statement with positional parameters and returns its rows. */
  query<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<Row[]>;
  close(): Promise<void>;
}

export interface PgliteHandle extends CommonHandle {
  driver: 'pglite';
  pglite: PGlite;
}

export interface PostgresHandle extends CommonHandle {
  driver: 'postgres';
  pool: pg.Pool;
}

export type DatabaseHandle = PgliteHandle | PostgresHandle;

export interface DatabaseOptions {
  /** A PostgreSQL connection string; without it the embedded PGlite database is used. */
  url?: string | undefined;
  /** PGlite only: a data directory to persist to; in memory when omitted. */
  dataDir?: string | undefined;
  /** PostgreSQL only: the pool size. */
  maxConnections?: number;
}

const casing = 'snake_case' as const;

export async function createDatabase(options: DatabaseOptions = {}): Promise<DatabaseHandle> {
  if (options.url) return createPostgres(options.url, options.maxConnections ?? 10);
  return createPglite(options.dataDir);
}

async function createPglite(dataDir: string | undefined): Promise<PgliteHandle> {
  // A plain path is a folder on disk, made if missing; `memory://` and the like are PGlite's own.
  if (dataDir && !dataDir.includes('://')) await mkdir(dataDir, { recursive: true });
  const pglite = dataDir ? new PGlite(dataDir) : new PGlite();
  await pglite.waitReady;
  const db = drizzlePglite({ client: pglite, schema, casing }) as unknown as Db;
  const handle: PgliteHandle = {
    driver: 'pglite',
    pglite,
    db,
    async query<Row>(text: string, params: unknown[] = []) {
      try {
        return (await pglite.query<Row>(text, params)).rows;
      } finally {
        afterStatement(handle, text);
      }
    },
    async close() {
      if (!pglite.closed) await pglite.close();
    },
  };
  return handle;
}

async function createPostgres(url: string, max: number): Promise<PostgresHandle> {
  const pool = new pg.Pool({ connectionString: url, max });
  // An idle client that loses its server (a restart) must not crash the process: the pool
  // drops it and the next query gets a fresh connection.
  pool.on('error', (error) => {
    console.warn(`PostgreSQL pool: idle client error: ${error.message}`);
  });
  const db = drizzleNodePg({ client: pool, schema, casing }) as unknown as Db;
  const handle: PostgresHandle = {
    driver: 'postgres',
    pool,
    db,
    async query<Row>(text: string, params: unknown[] = []) {
      try {
        return (await pool.query(text, params)).rows as Row[];
      } finally {
        afterStatement(handle, text);
      }
    },
    async close() {
      await pool.end();
    },
  };
  return handle;
}
