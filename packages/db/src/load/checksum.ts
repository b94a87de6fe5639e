import type { DatabaseHandle } from '../client';

export interface TableChecksum {
  rows: number;
  /** Order-independent sum of per-row hashes of the row's text form. */
  checksum: string;
}

/**
 * A content fingerprint per table: the same rows give the same figures, whatever order they
 * were written in, on PostgreSQL and PGlite alike.
 */
export async function tableChecksums(
  handle: DatabaseHandle,
  tables: readonly string[],
): Promise<Record<string, TableChecksum>> {
  const result: Record<string, TableChecksum> = {};
  for (const table of tables) {
    const [row] = await handle.query<{ rows: number; checksum: string }>(
      `select count(*)::int as rows,
              coalesce(sum(('x' || substr(md5(t::text), 1, 15))::bit(60)::bigint::numeric), 0)::text as checksum
         from "${table}" t`,
    );
    result[table] = { rows: Number(row?.rows ?? 0), checksum: row?.checksum ?? '0' };
  }
  return result;
}
