/**
 * One connection that can run SQL and COPY rows in, whatever the database: a dedicated
 * PostgreSQL client (COPY FROM STDIN) or the PGlite instance (COPY FROM '/dev/blob').
 */
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { from as copyFrom } from 'pg-copy-streams';
import type { DatabaseHandle } from '../client';
import { afterStatement, forgetTrustedReads } from '../fingerprint';

export interface LoadSession {
  query<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<Row[]>;
  /** Copies CSV text into a table; `onChunk` is told each piece as it has been sent. */
  copyCsv(
    table: string,
    columns: readonly string[],
    chunks: Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>,
    onChunk?: (chunk: string | Uint8Array) => void,
    options?: { header?: boolean },
  ): Promise<void>;
  release(destroy?: boolean): Promise<void>;
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

export function copyStatement(
  table: string,
  columns: readonly string[],
  source: string,
  header = false,
): string {
  return `copy ${quoteIdent(table)} (${columns.map(quoteIdent).join(', ')}) from ${source} with (format csv${header ? ', header true' : ''})`;
}

export async function openSession(handle: DatabaseHandle): Promise<LoadSession> {
  if (handle.driver === 'pglite') {
    const { pglite } = handle;
    return {
      async query<Row>(text: string, params: unknown[] = []) {
        try {
          return (await pglite.query<Row>(text, params)).rows;
        } finally {
          afterStatement(handle, text);
        }
      },
      async copyCsv(table, columns, chunks, onChunk, options) {
        // Each piece is its own COPY, so only the first may carry the header line.
        let header = options?.header ?? false;
        for await (const chunk of chunks) {
          await pglite.query(copyStatement(table, columns, `'/dev/blob'`, header), [], {
            blob: new Blob([chunk] as unknown as ConstructorParameters<typeof Blob>[0]),
          });
          header = false;
          onChunk?.(chunk);
        }
      },
      async release() {
        forgetTrustedReads(handle);
      },
    };
  }
  const client = await handle.pool.connect();
  return {
    async query<Row>(text: string, params: unknown[] = []) {
      try {
        return (await client.query(text, params)).rows as Row[];
      } finally {
        afterStatement(handle, text);
      }
    },
    async copyCsv(table, columns, chunks, onChunk, options) {
      const target = client.query(
        copyFrom(copyStatement(table, columns, 'stdin', options?.header)),
      );
      const source = Readable.from(
        (async function* () {
          for await (const chunk of chunks) {
            yield chunk;
            onChunk?.(chunk);
          }
        })(),
        { objectMode: false },
      );
      await pipeline(source, target as unknown as Writable);
    },
    async release(destroy = false) {
      client.release(destroy);
      forgetTrustedReads(handle);
    },
  };
}
