/**
 * Bulk loading is fastest into bare tables: every index and key is built once, after the rows
 * are in, instead of row by row. These helpers record a table set's keys and indexes, drop them
 * and put them back, all inside the caller's transaction (PostgreSQL DDL is transactional, so
 * an interrupted load leaves them as they were).
 */
import type { LoadSession } from './session';

interface Definition {
  table: string;
  name: string;
  definition: string;
}

export interface TableStructure {
  foreignKeys: Definition[];
  keys: Definition[];
  indexes: Definition[];
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

export async function readStructure(
  session: LoadSession,
  tables: readonly string[],
): Promise<TableStructure> {
  const constraints = await session.query<Definition & { kind: string }>(
    `select c.conrelid::regclass::text as "table", c.conname as name,
            pg_get_constraintdef(c.oid) as definition, c.contype as kind
       from pg_constraint c
      where c.conrelid = any($1::regclass[]) and c.contype in ('p', 'u', 'f')
      order by c.conname`,
    [tables],
  );
  const indexes = await session.query<Definition>(
    `select i.indrelid::regclass::text as "table", i.indexrelid::regclass::text as name,
            pg_get_indexdef(i.indexrelid) as definition
       from pg_index i
      where i.indrelid = any($1::regclass[])
        and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid and c.conrelid = i.indrelid)
      order by 2`,
    [tables],
  );
  return {
    foreignKeys: constraints.filter((c) => c.kind === 'f'),
    keys: constraints.filter((c) => c.kind !== 'f'),
    indexes,
  };
}

export async function dropStructure(
  session: LoadSession,
  structure: TableStructure,
): Promise<void> {
  for (const fk of structure.foreignKeys) {
    await session.query(`alter table ${fk.table} drop constraint ${quoteIdent(fk.name)}`);
  }
  for (const index of structure.indexes) await session.query(`drop index ${index.name}`);
  for (const key of structure.keys) {
    await session.query(`alter table ${key.table} drop constraint ${quoteIdent(key.name)}`);
  }
}

export async function restoreStructure(
  session: LoadSession,
  structure: TableStructure,
): Promise<void> {
  for (const key of structure.keys) {
    await session.query(
      `alter table ${key.table} add constraint ${quoteIdent(key.name)} ${key.definition}`,
    );
  }
  for (const index of structure.indexes) await session.query(index.definition);
  for (const fk of structure.foreignKeys) {
    await session.query(
      `alter table ${fk.table} add constraint ${quoteIdent(fk.name)} ${fk.definition}`,
    );
  }
}
