/**
 * Reads one entity's CSV file and validates every row: the encoding (UTF-8 only), the header,
 * each cell, the checks across columns and duplicate ids within the file. References to other
 * entities are checked later, when every file has been read. Nothing here touches a database.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { INVALID } from './cells';
import { csvRecords } from './csv-lines';
import type { Entity, Row } from './entities';

export interface Rejection {
  file: string;
  line: number | null;
  column: string | null;
  reason: string;
}

export interface ReadFile {
  entity: Entity;
  file: string;
  sha256: string;
  /** Data lines read (header excluded). */
  lines: number;
  /** Valid rows with their line numbers (references not yet checked). */
  rows: { line: number; row: Row }[];
  rejections: Rejection[];
}

/** The line (1-based) of the first byte that is not valid UTF-8, with that byte; null when valid. */
function firstInvalidUtf8(buffer: Buffer): { line: number; byte: number } | null {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buffer);
    return null;
  } catch {
    const text = new TextDecoder('utf-8').decode(buffer);
    const at = text.indexOf('\uFFFD');
    const line = text.slice(0, at).split('\n').length;
    // Find the offending byte: re-encode what came before and step past it.
    const offset = Buffer.byteLength(text.slice(0, at), 'utf8');
    return { line, byte: buffer[offset] ?? 0 };
  }
}

export async function readEntityFile(path: string, entity: Entity): Promise<ReadFile> {
  const file = basename(path);
  const buffer = await readFile(path);
  const result: ReadFile = {
    entity,
    file,
    sha256: createHash('sha256').update(buffer).digest('hex'),
    lines: 0,
    rows: [],
    rejections: [],
  };
  const reject = (line: number | null, column: string | null, reason: string) =>
    result.rejections.push({ file, line, column, reason });

  const invalid = firstInvalidUtf8(buffer);
  if (invalid) {
    reject(
      invalid.line,
      null,
      `the file is not UTF-8 (byte 0x${invalid.byte.toString(16).toUpperCase()}; Latin-1 or Windows-1252 perhaps): nothing of it is imported`,
    );
    return result;
  }
  const text = buffer.toString('utf8');
  const endsWithNewline = text.endsWith('\n');
  const expected = Object.keys(entity.columns);
  const validators = expected.map((c) => entity.columns[c]!);
  const seen = new Map<string, number>();
  const duplicated = new Set<string>();
  // Only a file without a final line end can have a cut-off last line: the number of that line.
  const lastLine = endsWithNewline ? -1 : text.split('\n').length;
  const records = csvRecords(text);
  let header: string[] | null = null;
  let positions: number[] = [];
  for (;;) {
    const next = records.next();
    if (next.done) {
      if (next.value.unclosed !== null)
        reject(
          next.value.unclosed,
          null,
          endsWithNewline
            ? 'a quoted field is not closed'
            : 'the last line is cut off (a quote is not closed)',
        );
      break;
    }
    const { line, fields } = next.value;
    if (!header) {
      header = fields.map((h) => h.trim());
      const missing = expected.filter((c) => !header!.includes(c));
      if (missing.length) {
        reject(
          1,
          missing[0]!,
          `the header lacks ${missing.join(', ')}: nothing of the file is imported`,
        );
        return result;
      }
      positions = expected.map((c) => header!.indexOf(c));
      continue;
    }
    result.lines++;
    if (fields.length !== header.length) {
      const truncated = line === lastLine;
      reject(
        line,
        null,
        truncated
          ? `the last line is cut off (${fields.length} of ${header.length} fields, no line end)`
          : `has ${fields.length} fields, the header ${header.length}`,
      );
      continue;
    }
    const row: Row = {};
    let ok = true;
    for (let c = 0; c < expected.length; c++) {
      const value = fields[positions[c]!]!;
      const checked = validators[c]!.check(value);
      if (checked === INVALID) {
        reject(line, expected[c]!, `'${value}' ${validators[c]!.reason(value)}`);
        ok = false;
      } else row[expected[c]!] = checked;
    }
    if (!ok) continue;
    let failed: { column: string; reason: string } | null = null;
    for (const check of entity.checks) if ((failed = check(row))) break;
    if (failed) {
      reject(line, failed.column, `'${row[failed.column]}' ${failed.reason}`);
      continue;
    }
    const first = seen.get(row.id!);
    if (first !== undefined) {
      reject(
        line,
        'id',
        `duplicate id ${row.id} (first on line ${first}); neither line is imported`,
      );
      duplicated.add(row.id!);
      continue;
    }
    seen.set(row.id!, line);
    result.rows.push({ line, row });
  }
  // A duplicated id keeps neither line: the first occurrence goes too.
  if (duplicated.size) {
    result.rows = result.rows.filter(({ line, row }) => {
      if (!duplicated.has(row.id!)) return true;
      reject(line, 'id', `duplicate id ${row.id} (also on a later line); neither line is imported`);
      return false;
    });
  }
  return result;
}
