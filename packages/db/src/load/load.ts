/**
 * Loads a data set as one transaction: the tables are emptied, bulk-copied and re-keyed, and
 * the result becomes visible at commit or not at all. A load killed halfway leaves the
 * database exactly as it was.
 */
import type { DatabaseHandle } from '../client';
import type { TableSource } from '../generate/dataset';
import { dropStructure, readStructure, restoreStructure } from './constraints';
import { openSession } from './session';
import { ROLLUP_TABLES, refreshRollups } from './rollups';

export interface LoadProgress {
  table: string;
  /** Rows sent so far, over all tables. */
  rows: number;
  /** Estimated rows over all tables. */
  estimatedRows: number;
  phase: 'copy' | 'index' | 'commit' | 'done';
}

export interface LoadResult {
  rows: Record<string, number>;
  milliseconds: number;
}

function countLines(chunk: string | Uint8Array): number {
  let count = 0;
  const newline = typeof chunk === 'string' ? '\n' : 10;
  for (
    let at = chunk.indexOf(newline as never);
    at !== -1;
    at = chunk.indexOf(newline as never, at + 1)
  )
    count++;
  return count;
}

export async function loadTables(
  handle: DatabaseHandle,
  tables: readonly TableSource[],
  onProgress: (progress: LoadProgress) => void = () => {},
): Promise<LoadResult> {
  const started = performance.now();
  const names = tables.map((t) => t.table);
  const estimatedRows = tables.reduce((sum, t) => sum + t.estimatedRows, 0);
  const rows: Record<string, number> = {};
  let total = 0;
  const session = await openSession(handle);
  let failed = false;
  try {
    await session.query('begin');
    if (handle.driver === 'postgres') {
      // Index builds at the end are the slow part; give them memory for this transaction only.
      await session.query(`set local maintenance_work_mem = '512MB'`);
      await session.query(`set local synchronous_commit = off`);
    }
    await session.query(`truncate ${names.map((n) => `"${n}"`).join(', ')}`);
    const structure = await readStructure(session, names);
    await dropStructure(session, structure);
    for (const source of tables) {
      rows[source.table] = 0;
      await session.copyCsv(source.table, source.columns, source.chunks(), (chunk) => {
        const lines = countLines(chunk);
        rows[source.table]! += lines;
        total += lines;
        onProgress({ table: source.table, rows: total, estimatedRows, phase: 'copy' });
      });
    }
    onProgress({ table: '', rows: total, estimatedRows, phase: 'index' });
    await restoreStructure(session, structure);
    await refreshRollups(session);
    onProgress({ table: '', rows: total, estimatedRows, phase: 'commit' });
    await session.query('commit');
  } catch (error) {
    failed = true;
    await session.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    await session.release(failed);
  }
  // Fresh statistics for the planner; not part of the data, so outside the transaction.
  await handle.query(`analyze ${[...names.map((n) => `"${n}"`), ...ROLLUP_TABLES].join(', ')}`);
  onProgress({ table: '', rows: total, estimatedRows, phase: 'done' });
  return { rows, milliseconds: performance.now() - started };
}
