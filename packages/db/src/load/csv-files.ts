import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { once } from 'node:events';
import type { TableSource } from '../generate/dataset';

/**
 * Writes each table to `<dir>/<table>.csv` with a header line, the export format that
 * PostgreSQL's `COPY … FROM … WITH (FORMAT csv, HEADER true)` reads.
 */
export async function writeCsvFiles(
  dir: string,
  tables: readonly TableSource[],
): Promise<Record<string, string>> {
  await mkdir(dir, { recursive: true });
  const files: Record<string, string> = {};
  for (const table of tables) {
    const file = join(dir, `${table.table}.csv`);
    const out = createWriteStream(file, { mode: 0o644 });
    out.write(`${table.columns.join(',')}\n`);
    for (const chunk of table.chunks()) {
      if (!out.write(chunk)) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');
    files[table.table] = file;
  }
  return files;
}
