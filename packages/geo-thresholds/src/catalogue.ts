/**
 * Quake catalogues into one normalised event type. The columns are found by name, so the
 * formats we know (the NAM/KNMI Groningen list with RD coordinates, KNMI's all_induced.csv with
 * WGS84, the BevingGevoeld derivative with dates only) and a newer KNMI export with the same
 * column names load without code changes. A bad row gives an error naming the line and the
 * field; the other rows still load.
 */
import {
  invalidPointReason,
  rdToWgs84,
  wgs84ToRd,
  type RdPoint,
  type Wgs84Point,
} from './coordinates.js';
import { amsterdamDate } from './dates.js';

/** One quake of a catalogue. */
export interface QuakeEvent {
  id: string;
  /** UTC instant, ISO 8601 with Z. */
  time: string;
  /** The calendar date of the quake in Europe/Amsterdam (what "after 2019" means to a resident). */
  localDate: string;
  /** Whether the source gave only a date (then `time` is midnight UTC of that date). */
  dateOnly: boolean;
  place: string | null;
  ml: number;
  depthKm: number | null;
  rd: RdPoint;
  wgs84: Wgs84Point;
  /** Gas field as the source names it (Groningen, Annerveen, …); null when not given. */
  field: string | null;
}

/** A row that could not be used: its line, the field when known, and why. */
export interface RowError {
  line: number;
  field: string | null;
  message: string;
}

/** The quakes a catalogue yields, and the rows it could not use. */
export interface CatalogueResult {
  events: QuakeEvent[];
  errors: RowError[];
  /** Header columns we do not use (kept for the report, never an error). */
  ignoredColumns: string[];
}

/** Accepted header names per field, lower case. */
const ALIASES = {
  id: ['event_id', 'eventid', 'id'],
  datetime: ['datetime', 'time_utc', 'origin_time'],
  date: ['yymmdd', 'date', 'datum'],
  time: ['time', 'tijd'],
  lat: ['lat', 'latitude', 'breedtegraad'],
  lon: ['lon', 'lng', 'longitude', 'lengtegraad'],
  x: ['x_rd', 'x', 'rd_x'],
  y: ['y_rd', 'y', 'rd_y'],
  depth: ['depth_km', 'depth', 'diepte'],
  ml: ['magnitude_ml', 'mag', 'magnitude', 'ml'],
  place: ['place', 'location', 'locatie', 'plaats'],
  field: ['field', 'veld'],
} as const;

type Field = keyof typeof ALIASES;

/** Splits one CSV line; quoted cells may hold commas and doubled quotes. */
export function splitCsvLine(line: string): string[] {
  if (!line.includes('"')) return line.split(',');
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  cells.push(cell);
  return cells;
}

/** Date.parse rolls 30 February over into March; a catalogue date must be a real day. */
function isCalendarDate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === iso;
}

function parseTime(
  fields: Partial<Record<Field, string>>,
): { time: string; dateOnly: boolean } | string {
  const { datetime, date, time } = fields;
  if (datetime) {
    const iso = /[zZ]|[+-]\d\d:?\d\d$/.test(datetime) ? datetime : `${datetime}Z`;
    const ms = Date.parse(iso);
    if (Number.isNaN(ms) || !isCalendarDate(datetime.slice(0, 10)))
      return `datetime '${datetime}' is not an ISO date-time`;
    return { time: new Date(ms).toISOString(), dateOnly: false };
  }
  if (!date) return 'no date';
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(date);
  const isoDate = compact ? `${compact[1]}-${compact[2]}-${compact[3]}` : date;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return `date '${date}' is not YYYY-MM-DD or YYYYMMDD`;
  let clock = '00:00:00';
  let dateOnly = true;
  if (time) {
    const knmi = /^(\d{1,2})(\d{2})(\d{2})(\.\d+)?$/.exec(time.padStart(6, '0'));
    const colon = /^(\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?$/.exec(time);
    const m = knmi ?? colon;
    if (!m) return `time '${time}' is not hhmmss or hh:mm:ss`;
    clock = `${m[1]!.padStart(2, '0')}:${m[2]}:${m[3] ?? '00'}${m[4] ?? ''}`;
    dateOnly = false;
  }
  const ms = Date.parse(`${isoDate}T${clock}Z`);
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== isoDate)
    return `date '${date}' is not a calendar date`;
  return { time: new Date(ms).toISOString(), dateOnly };
}

/** Reads a quake catalogue (CSV text), finding columns by name; bad rows are reported, not thrown. */
export function parseCatalogue(text: string): CatalogueResult {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = splitCsvLine(lines[0] ?? '').map((h) => h.trim());
  const lower = header.map((h) => h.toLowerCase());
  const column: Partial<Record<Field, number>> = {};
  for (const [field, names] of Object.entries(ALIASES) as [Field, readonly string[]][]) {
    const index = lower.findIndex((h) => names.includes(h));
    if (index !== -1) column[field] = index;
  }
  const used = new Set(Object.values(column));
  const ignoredColumns = header.filter((_, i) => !used.has(i));
  const errors: RowError[] = [];
  const events: QuakeEvent[] = [];

  const missing: string[] = [];
  if (column.ml === undefined) missing.push('magnitude (magnitude_ml, mag, …)');
  if (column.datetime === undefined && column.date === undefined)
    missing.push('time (datetime, or YYMMDD/date)');
  if (
    (column.x === undefined || column.y === undefined) &&
    (column.lat === undefined || column.lon === undefined)
  ) {
    missing.push('location (x_rd and y_rd, or lat and lon)');
  }
  if (missing.length > 0) {
    errors.push({ line: 1, field: null, message: `header lacks ${missing.join('; ')}` });
    return { events, errors, ignoredColumns };
  }

  const seen = new Set<string>();
  for (let index = 1; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.trim() === '') continue;
    const lineNumber = index + 1;
    const cells = splitCsvLine(line);
    if (cells.length !== header.length) {
      errors.push({
        line: lineNumber,
        field: null,
        message: `expected ${header.length} columns, found ${cells.length}`,
      });
      continue;
    }
    const fields: Partial<Record<Field, string>> = {};
    for (const [field, at] of Object.entries(column) as [Field, number][])
      fields[field] = cells[at]!.trim();
    const fail = (field: string, message: string) =>
      errors.push({ line: lineNumber, field, message });

    const ml = Number(fields.ml);
    if (fields.ml === undefined || fields.ml === '' || !Number.isFinite(ml)) {
      fail(
        'magnitude',
        fields.ml ? `magnitude '${fields.ml}' is not a number` : 'magnitude is missing',
      );
      continue;
    }
    const when = parseTime(fields);
    if (typeof when === 'string') {
      fail('time', when);
      continue;
    }
    let rd: RdPoint;
    let wgs84: Wgs84Point;
    if (fields.x !== undefined && fields.y !== undefined && fields.x !== '' && fields.y !== '') {
      rd = { x: Number(fields.x), y: Number(fields.y) };
      const problem = invalidPointReason(rd);
      if (problem) {
        fail('location', problem);
        continue;
      }
      wgs84 = rdToWgs84(rd);
    } else {
      wgs84 = { lat: Number(fields.lat), lon: Number(fields.lon) };
      const problem = invalidPointReason(wgs84);
      if (problem) {
        fail('location', problem);
        continue;
      }
      rd = wgs84ToRd(wgs84);
    }
    const depth = fields.depth === undefined || fields.depth === '' ? null : Number(fields.depth);
    if (depth !== null && !Number.isFinite(depth)) {
      fail('depth', `depth '${fields.depth}' is not a number`);
      continue;
    }
    let id = fields.id || `${when.time.replace(/[-:]/g, '').slice(0, 15)}-${lineNumber}`;
    if (seen.has(id)) id = `${id}-${lineNumber}`;
    seen.add(id);
    events.push({
      id,
      time: when.time,
      localDate: when.dateOnly ? when.time.slice(0, 10) : amsterdamDate(when.time),
      dateOnly: when.dateOnly,
      place: fields.place || null,
      ml,
      depthKm: depth,
      rd,
      wgs84,
      field: fields.field || null,
    });
  }
  return { events, errors, ignoredColumns };
}
