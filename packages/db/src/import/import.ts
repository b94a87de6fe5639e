/**
 * Imports a directory of source exports (`<table>.csv` per entity, see `ENTITIES`): every row
 * validated, rejected rows reported with file, line, column and reason, references checked
 * against the database and the other files, and the good rows applied in one transaction —
 * inserted, updated when changed, left alone when equal (idempotent by source id) — with the
 * rollups rebuilt and an audit record, or, for a dry run, everything rolled back.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { DatabaseHandle } from '../client';
import { createDataset } from '../generate/dataset';
import { dropStructure, readStructure, restoreStructure } from '../load/constraints';
import { refreshRollups } from '../load/rollups';
import { openSession, type LoadSession } from '../load/session';
import { ENTITIES, type Entity } from './entities';
import { readEntityFile, type ReadFile, type Rejection } from './read';

export interface ImportOptions {
  dryRun?: boolean;
  /** The date the export describes; default: the latest registration date among the status events. */
  asOf?: string;
  /** Who imports, for the audit log. */
  who?: string;
  onProgress?: (step: string) => void;
}

export interface FileSummary {
  file: string;
  sha256: string;
  lines: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

export interface ImportSummary {
  dryRun: boolean;
  files: FileSummary[];
  rejections: Rejection[];
  totals: { inserted: number; updated: number; unchanged: number; rejected: number };
}

/** Serialises validated cells as one CSV line for COPY (empty = NULL). */
function csvLine(entity: Entity, row: Record<string, string | null>): string {
  return (
    Object.keys(entity.columns)
      .map((c) => {
        const v = row[c];
        if (v === null || v === undefined) return '';
        return /[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
      })
      .join(',') + '\n'
  );
}

function* chunksOf(entity: Entity, rows: ReadFile['rows']): Generator<string> {
  let buffer = '';
  for (const { row } of rows) {
    buffer += csvLine(entity, row);
    if (buffer.length >= 1 << 20) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer) yield buffer;
}

/** The reference tables the product ships (schemes, municipalities, the quake catalogue). */
const REFERENCE_TABLES = ['schemes', 'municipalities', 'quakes'] as const;

/** A new database gets the shipped reference tables before its first import. */
export async function ensureReferenceTables(handle: DatabaseHandle): Promise<void> {
  const session = await openSession(handle);
  try {
    await seedReference(session);
  } finally {
    await session.release();
  }
}

async function seedReference(session: LoadSession): Promise<void> {
  const [state] = await session.query<{ empty: boolean }>(
    `select not exists (select 1 from schemes) as empty`,
  );
  if (!state?.empty) return;
  const sources = createDataset({ applications: 1 }).tables;
  for (const table of REFERENCE_TABLES) {
    const source = sources.find((t) => t.table === table)!;
    await session.copyCsv(table, source.columns, source.chunks());
  }
}

/**
 * The tables an import may load in bulk (keys and indexes dropped, rows copied straight in, keys
 * rebuilt and checked after), or null: possible when the tables imported and every table whose
 * keys refer to them, directly or through others, are empty — a first import, where an upsert
 * has nothing to compare with.
 */
async function bulkTables(
  session: LoadSession,
  tables: readonly string[],
): Promise<string[] | null> {
  const closure = await session.query<{ name: string }>(
    `with recursive affected(oid) as (
       select unnest($1::text[])::regclass::oid
       union
       select c.conrelid from pg_constraint c join affected a on c.confrelid = a.oid where c.contype = 'f')
     select oid::regclass::text as name from affected`,
    [tables],
  );
  for (const { name } of closure) {
    const [row] = await session.query<{ empty: boolean }>(
      `select not exists (select 1 from ${name}) as empty`,
    );
    if (!row?.empty) return null;
  }
  return closure.map((c) => c.name);
}

const nounOf = (table: string) => ENTITIES.find((e) => e.table === table)?.noun ?? table;

export async function importDirectory(
  handle: DatabaseHandle,
  dir: string,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const progress = options.onProgress ?? (() => undefined);
  const present = ENTITIES.filter((e) => existsSync(join(dir, `${e.table}.csv`)));
  if (present.length === 0)
    throw new Error(
      `no export files in ${dir}: expected one or more of ${ENTITIES.map((e) => `${e.table}.csv`).join(', ')}`,
    );

  if (!options.dryRun) await ensureReferenceTables(handle);

  const files: ReadFile[] = [];
  for (const entity of present) {
    progress(`reading ${entity.table}.csv`);
    files.push(await readEntityFile(join(dir, `${entity.table}.csv`), entity));
  }

  // References: to a row in the database or a good row of this import; parents come first, so a
  // rejected parent takes its children with it.
  const goodIds = new Map<string, Set<string>>();
  const databaseIds = new Map<string, Set<string>>();
  const idsInDatabase = async (table: string) => {
    let ids = databaseIds.get(table);
    if (!ids) {
      const key = table === 'municipalities' ? 'code' : 'id';
      const rows = await handle.query<{ id: string }>(`select ${key}::text as id from ${table}`);
      ids = new Set(rows.map((r) => r.id));
      databaseIds.set(table, ids);
    }
    return ids;
  };
  for (const f of files) {
    for (const [column, parent] of Object.entries(f.entity.references)) {
      const inDatabase = await idsInDatabase(parent);
      const inImport = goodIds.get(parent);
      f.rows = f.rows.filter(({ line, row }) => {
        const value = row[column]!;
        if (inDatabase.has(value) || inImport?.has(value)) return true;
        f.rejections.push({
          file: f.file,
          line,
          column,
          reason: `refers to ${nounOf(parent)} ${value}, which is neither in the database nor among the good rows of ${parent}.csv`,
        });
        return false;
      });
    }
    goodIds.set(f.entity.table, new Set(f.rows.map((r) => r.row.id!)));
  }

  const summaries: FileSummary[] = [];
  const session = await openSession(handle);
  try {
    await session.query('begin');
    // One import at a time; a load waits too (it takes locks on the same tables).
    await session.query('select pg_advisory_xact_lock(7315043)');
    const bulk = await bulkTables(
      session,
      files.map((f) => f.entity.table),
    );
    const structure = bulk ? await readStructure(session, bulk) : null;
    if (structure) {
      if (handle.driver === 'postgres')
        await session.query(`set local maintenance_work_mem = '512MB'`);
      await dropStructure(session, structure);
    }
    for (const f of files) {
      const { entity } = f;
      const columns = Object.keys(entity.columns);
      progress(`applying ${entity.table}`);
      let inserted: number;
      let updated: number;
      if (structure) {
        await session.copyCsv(entity.table, columns, chunksOf(entity, f.rows));
        inserted = f.rows.length;
        updated = 0;
      } else {
        const stage = `import_${entity.table}`;
        await session.query(
          `create temp table ${stage} (like ${entity.table} including defaults) on commit drop`,
        );
        await session.copyCsv(stage, columns, chunksOf(entity, f.rows));
        const others = columns.filter((c) => c !== 'id');
        const [counts] = await session.query<{ inserted: number; updated: number }>(
          `with upserted as (
             insert into ${entity.table} (${columns.join(', ')}) select ${columns.join(', ')} from ${stage}
             on conflict (id) do update set ${others.map((c) => `${c} = excluded.${c}`).join(', ')}
              where (${others.map((c) => `${entity.table}.${c}`).join(', ')}) is distinct from (${others.map((c) => `excluded.${c}`).join(', ')})
             returning (xmax = 0) as inserted)
           select count(*) filter (where inserted)::int as inserted, count(*) filter (where not inserted)::int as updated
             from upserted`,
        );
        inserted = counts?.inserted ?? 0;
        updated = counts?.updated ?? 0;
      }
      summaries.push({
        file: f.file,
        sha256: f.sha256,
        lines: f.lines,
        inserted,
        updated,
        unchanged: f.rows.length - inserted - updated,
        rejected: new Set(f.rejections.map((r) => r.line)).size,
      });
    }
    if (structure) {
      progress('rebuilding keys and indexes');
      await restoreStructure(session, structure);
    }
    const totals = {
      inserted: summaries.reduce((s, f) => s + f.inserted, 0),
      updated: summaries.reduce((s, f) => s + f.updated, 0),
      unchanged: summaries.reduce((s, f) => s + f.unchanged, 0),
      rejected: summaries.reduce((s, f) => s + f.rejected, 0),
    };
    if (options.dryRun) {
      await session.query('rollback');
    } else {
      // The data's own date: as given, else the latest registration date now in the database.
      await session.query(
        `insert into dataset_info (key, value)
         select 'as_of', coalesce($1::date, (select max(registered_on) from status_events))::text
          where $1::date is not null or exists (select 1 from status_events)
         on conflict (key) do update set value = excluded.value`,
        [options.asOf ?? null],
      );
      if (totals.inserted + totals.updated > 0) {
        progress('rebuilding the rollups');
        await refreshRollups(session);
      }
      await session.query(
        `insert into import_log (who, files, inserted, updated, unchanged, rejected) values ($1, $2, $3, $4, $5, $6)`,
        [
          options.who ?? 'unknown',
          JSON.stringify(summaries),
          totals.inserted,
          totals.updated,
          totals.unchanged,
          totals.rejected,
        ],
      );
      await session.query('commit');
    }
    return {
      dryRun: options.dryRun ?? false,
      files: summaries,
      rejections: files.flatMap((f) => f.rejections),
      totals,
    };
  } catch (error) {
    await session.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    await session.release();
  }
}
