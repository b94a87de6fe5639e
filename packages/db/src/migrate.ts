import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { packageAsset } from './assets';
import type { DatabaseHandle, Schema } from './client';
import { rebuildRollups } from './load/rollups';

/** Any number to name our advisory lock; two processes starting at once migrate one by one. */
const MIGRATION_LOCK = 7_315_042;

/** Applies the committed SQL migrations that have not run yet. */
export async function migrate(handle: DatabaseHandle, migrationsFolder = packageAsset('drizzle')) {
  if (handle.driver === 'pglite') {
    await migratePglite(handle.db as unknown as PgliteDatabase<Schema>, { migrationsFolder });
    await rebuildEmptiedRollups(handle);
    return;
  }
  const lock = await handle.pool.connect();
  try {
    await lock.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await migrateNodePg(handle.db as unknown as NodePgDatabase<Schema>, { migrationsFolder });
  } finally {
    await lock.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    lock.release();
  }
  await rebuildEmptiedRollups(handle);
}

/** A migration that changes a rollup's grain empties it; with data present it is rebuilt here. */
async function rebuildEmptiedRollups(handle: DatabaseHandle): Promise<void> {
  const [state] = await handle.query<{ stale: boolean }>(
    `select exists (select 1 from applications)
        and (not exists (select 1 from daily_flows) or not exists (select 1 from cohort_lead_times)
             or (not exists (select 1 from weekly_spans) and exists (select 1 from objections))) as stale`,
  );
  if (state?.stale) await rebuildRollups(handle);
}
