/**
 * Address rows for batch work: `id` with `x,y` (RD New) or `lat,lon` (WGS84), optionally
 * `construction_year` and `vs30`. One reader per header; each line gives an address or an
 * error that names the line and the field.
 */
import { splitCsvLine, type RowError } from './catalogue.js';
import { invalidPointReason, type AnyPoint } from './coordinates.js';

/** One address of an addresses CSV. */
export interface AddressRow {
  line: number;
  id: string;
  point: AnyPoint;
  constructionYear: number | null;
  vs30: number | null;
}

const KNOWN = ['id', 'x', 'y', 'lat', 'lon', 'construction_year', 'vs30'] as const;

/** Reads the rows of an addresses CSV whose header it was made from. */
export interface AddressReader {
  /** The header's columns, lower case (to ask, say, whether there is a `vs30` column). */
  columns: readonly string[];
  /** One line (numbered from 1, for messages): the address, or why it cannot be used. */
  read(line: string, lineNumber: number): AddressRow | RowError;
}

/** A reader for an addresses CSV, set up from its header line; `read(line, number)` gives a row or the reason it is unusable. */
export function addressReader(headerLine: string): AddressReader | { error: RowError } {
  const header = splitCsvLine(headerLine.replace(/^\uFEFF/, '')).map((h) => h.trim().toLowerCase());
  const at = (name: string) => header.indexOf(name);
  const unknown = header.filter((h) => !(KNOWN as readonly string[]).includes(h));
  if (unknown.length > 0) {
    return {
      error: {
        line: 1,
        field: null,
        message: `unknown column(s) ${unknown.map((u) => `'${u}'`).join(', ')}; expected ${KNOWN.join(', ')}`,
      },
    };
  }
  const rd = at('x') !== -1 && at('y') !== -1;
  const wgs = at('lat') !== -1 && at('lon') !== -1;
  if (at('id') === -1 || (!rd && !wgs)) {
    return {
      error: {
        line: 1,
        field: null,
        message: 'header needs id and either x,y (RD New) or lat,lon (WGS84)',
      },
    };
  }
  return {
    columns: header,
    read(line, lineNumber) {
      const cells = splitCsvLine(line).map((c) => c.trim());
      if (cells.length !== header.length)
        return {
          line: lineNumber,
          field: null,
          message: `expected ${header.length} columns, found ${cells.length}`,
        };
      const cell = (name: string) => (at(name) === -1 ? '' : cells[at(name)]!);
      const id = cell('id');
      if (!id) return { line: lineNumber, field: 'id', message: 'id is missing' };
      const given = (a: string, b: string) => cell(a) !== '' && cell(b) !== '';
      const useRd = rd && given('x', 'y');
      if (!useRd && !(wgs && given('lat', 'lon'))) {
        // Empty cells are missing, named by their columns; never read as 0 (a point at (0, 0)).
        const empty = [...(rd ? ['x', 'y'] : []), ...(wgs ? ['lat', 'lon'] : [])].filter(
          (name) => cell(name) === '',
        );
        const names =
          empty.length === 1 ? empty[0]! : `${empty.slice(0, -1).join(', ')} and ${empty.at(-1)!}`;
        return {
          line: lineNumber,
          field: empty.join(','),
          message: `${names} ${empty.length === 1 ? 'is' : 'are'} missing${rd && wgs ? ': give x,y (RD New) or lat,lon (WGS84)' : ''}`,
        };
      }
      const point: AnyPoint = useRd
        ? { x: Number(cell('x')), y: Number(cell('y')) }
        : { lat: Number(cell('lat')), lon: Number(cell('lon')) };
      const problem = invalidPointReason(point);
      if (problem) return { line: lineNumber, field: useRd ? 'x,y' : 'lat,lon', message: problem };
      const yearText = cell('construction_year');
      const year = yearText === '' ? null : Number(yearText);
      if (year !== null && !(Number.isInteger(year) && year >= 1000 && year <= 2100)) {
        return {
          line: lineNumber,
          field: 'construction_year',
          message: `construction_year '${yearText}' is not a year`,
        };
      }
      const vs30Text = cell('vs30');
      const vs30 = vs30Text === '' ? null : Number(vs30Text);
      if (vs30 !== null && !(vs30 > 0))
        return {
          line: lineNumber,
          field: 'vs30',
          message: `vs30 '${vs30Text}' is not a positive number (m/s)`,
        };
      return { line: lineNumber, id, point, constructionYear: year, vs30 };
    },
  };
}

/** Whether `read` gave an unusable row. */
export function isRowError(value: AddressRow | RowError): value is RowError {
  return 'message' in value;
}
