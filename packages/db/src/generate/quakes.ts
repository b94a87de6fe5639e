import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageAsset } from '../assets';

export interface Quake {
  id: string;
  /** UTC instant, ISO 8601 with `Z` (the KNMI catalogue gives UTC times). */
  occurredAt: string;
  place: string;
  magnitudeMl: number;
  depthKm: number | null;
  xRd: number;
  yRd: number;
  field: string;
}

const COLUMNS = [
  'event_id',
  'place',
  'datetime',
  'magnitude_ml',
  'depth_km',
  'x_rd',
  'y_rd',
  'field',
] as const;

/** Reads the KNMI Groningen event list shipped in `data/` (see data/README.md). */
export function loadQuakes(
  file = join(packageAsset('data'), 'knmi_groningen_events_1991-2022.csv'),
): Quake[] {
  const [header, ...lines] = readFileSync(file, 'utf8').trim().split(/\r?\n/);
  const names = (header ?? '').split(',');
  const column = Object.fromEntries(COLUMNS.map((name) => [name, names.indexOf(name)]));
  for (const name of COLUMNS) {
    if (column[name] === -1) throw new Error(`${file}: missing column '${name}'`);
  }
  return lines.map((line, index) => {
    const cells = line.split(',');
    const cell = (name: (typeof COLUMNS)[number]) => cells[column[name] as number] ?? '';
    const magnitude = Number(cell('magnitude_ml'));
    const x = Number(cell('x_rd'));
    const y = Number(cell('y_rd'));
    if (!Number.isFinite(magnitude) || !Number.isFinite(x) || !Number.isFinite(y)) {
      throw new Error(`${file}:${index + 2}: magnitude or coordinates are not numbers`);
    }
    const depth = cell('depth_km');
    return {
      id: cell('event_id'),
      occurredAt: `${cell('datetime')}Z`,
      place: cell('place'),
      magnitudeMl: magnitude,
      depthKm: depth === '' ? null : Number(depth),
      xRd: Math.round(x),
      yRd: Math.round(y),
      field: cell('field'),
    };
  });
}
