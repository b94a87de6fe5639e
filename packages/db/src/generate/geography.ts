/**
 * Places fictitious objects inside the real municipality shapes, concentrated near the
 * Groningen field, and tells the core area (inside the field outline) from the edges.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageAsset } from '../assets';
import type { AreaKind } from '../schema/index';
import type { Random } from './random';
import { MUNICIPALITY_STARTS, type MunicipalityRow } from './reference';

/** A ring as flat coordinate arrays: the point test runs hundreds of millions of times. */
interface Ring {
  xs: Float64Array;
  ys: Float64Array;
}
interface Shape {
  rings: Ring[];
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export interface Municipality extends MunicipalityRow {
  shape: Shape;
}

interface FeatureCollection {
  features: {
    id: string;
    geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown };
    properties: {
      statcode: string;
      statnaam: string;
      provincie: 'Groningen' | 'Drenthe';
      opgegaan_in?: string;
      opgeheven?: string;
    };
  }[];
}

/** Roughly the middle of the field (near Loppersum), RD metres. */
export const FIELD_CENTRE_RD = [246_000, 593_000] as const;

function toShape(geometry: FeatureCollection['features'][number]['geometry']): Shape {
  const polygons = (
    geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
  ) as [number, number][][][];
  // Holes do not occur in these municipality shapes; every ring is treated as an outer ring.
  const rings = polygons.flat().map((ring) => ({
    xs: Float64Array.from(ring, (p) => p[0]),
    ys: Float64Array.from(ring, (p) => p[1]),
  }));
  const xs = rings.flatMap((r) => [...r.xs]);
  const ys = rings.flatMap((r) => [...r.ys]);
  return {
    rings,
    minX: Math.min(...xs),
    minY: Math.min(...ys),
    maxX: Math.max(...xs),
    maxY: Math.max(...ys),
  };
}

/** Even–odd rule. */
function pointInRing(x: number, y: number, { xs, ys }: Ring): boolean {
  let inside = false;
  const n = xs.length;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    const yi = ys[i]!;
    const yj = ys[j]!;
    if (yi > y !== yj > y) {
      const xi = xs[i]!;
      if (x < ((xs[j]! - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

function inShape(x: number, y: number, shape: Shape): boolean {
  if (x < shape.minX || x > shape.maxX || y < shape.minY || y > shape.maxY) return false;
  for (const ring of shape.rings) if (pointInRing(x, y, ring)) return true;
  return false;
}

function readCollection(file: string): FeatureCollection {
  return JSON.parse(readFileSync(join(packageAsset('data'), file), 'utf8')) as FeatureCollection;
}

/** The 22 municipalities of 2023 and the three that merged into Eemsdelta in 2021. */
export function loadMunicipalities(): Municipality[] {
  const current = readCollection('gemeenten_groningen_drenthe_2023_rd.geojson').features.map(
    (f): Municipality => ({
      code: f.properties.statcode,
      name: f.properties.statnaam,
      province: f.properties.provincie,
      validFrom: MUNICIPALITY_STARTS[f.properties.statcode] ?? null,
      validTo: null,
      mergedInto: null,
      shape: toShape(f.geometry),
    }),
  );
  const merged = readCollection('gemeenten_eemsdelta_voorgangers_2020_rd.geojson').features.map(
    (f): Municipality => ({
      code: f.properties.statcode,
      name: f.properties.statnaam,
      province: f.properties.provincie,
      validFrom: null,
      validTo: '2020-12-31',
      mergedInto: f.properties.opgegaan_in ?? null,
      shape: toShape(f.geometry),
    }),
  );
  return [...current, ...merged];
}

/**
 * The field outline, thinned to every 16th of its 9,977 vertices: about 600 vertices still
 * follow the outline to within a few hundred metres, plenty to label demo objects, and make the
 * point test cheap enough for a million objects.
 */
export function loadFieldOutline(): Shape {
  const lines = readFileSync(join(packageAsset('data'), 'groningen_field_outline_rd.csv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1);
  const ring: [number, number][] = [];
  lines.forEach((line, index) => {
    if (index % 16 !== 0) return;
    const [x, y] = line.split(',').map(Number);
    ring.push([x as number, y as number]);
  });
  return toShape({ type: 'Polygon', coordinates: [ring] });
}

/** Share of demo objects per municipality: most damage is reported near the field. */
const OBJECT_WEIGHTS: Readonly<Record<string, number>> = {
  GM0014: 22,
  GM1979: 16,
  GM1952: 15,
  GM1966: 13,
  GM1895: 5,
  GM1969: 4,
  GM0047: 3,
  GM0765: 1,
  GM0037: 1.2,
  GM1950: 0.5,
  GM1730: 3.5,
  GM1680: 2.5,
  GM0106: 3,
  GM1699: 1.5,
  GM1731: 1.5,
  GM1681: 0.8,
  GM0114: 0.6,
  GM0109: 0.3,
  GM0118: 0.3,
  GM1690: 0.2,
  GM0119: 0.2,
  GM1701: 0.2,
};

/** First two digits of the (fictitious) postcodes used per municipality. */
const POSTCODE_PREFIX: Readonly<Record<string, number>> = {
  GM0014: 97,
  GM1979: 99,
  GM1952: 96,
  GM1966: 99,
  GM1895: 96,
  GM1969: 98,
  GM0047: 96,
  GM0765: 96,
  GM0037: 95,
  GM1950: 95,
  GM1730: 94,
  GM1680: 94,
  GM0106: 94,
  GM1699: 93,
  GM1731: 94,
  GM1681: 95,
  GM0114: 78,
  GM0109: 77,
  GM0118: 79,
  GM1690: 79,
  GM0119: 79,
  GM1701: 83,
};

export function objectWeight(code: string): number {
  return OBJECT_WEIGHTS[code] ?? 0;
}

export function postcodePrefix(code: string): number {
  return POSTCODE_PREFIX[code] ?? 97;
}

/**
 * A point in the municipality, more likely the nearer it lies to the field (damage falls off
 * with distance from the quakes).
 */
export function samplePoint(municipality: Municipality, random: Random): [number, number] {
  const { shape } = municipality;
  for (let attempt = 0; attempt < 1000; attempt++) {
    const x = shape.minX + random.next() * (shape.maxX - shape.minX);
    const y = shape.minY + random.next() * (shape.maxY - shape.minY);
    if (!inShape(x, y, shape)) continue;
    const distanceKm = Math.hypot(x - FIELD_CENTRE_RD[0], y - FIELD_CENTRE_RD[1]) / 1000;
    if (random.next() < Math.max(0.2, Math.exp(-distanceKm / 25)))
      return [Math.round(x), Math.round(y)];
  }
  throw new Error(`could not place a point in ${municipality.code}`);
}

export function areaOf(x: number, y: number, field: Shape): AreaKind {
  return inShape(x, y, field) ? 'kern' : 'rand';
}
