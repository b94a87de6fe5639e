/**
 * Zones: inside the Groningen field outline, the distance to an outline, the 6 km zone around
 * supplied polygons (VES-5c: the field, gas storages Norg and Grijpskerk) and supplied IEDB
 * areas (VES-5b). Geometry is in RD New; GeoJSON in WGS84 is converted on the way in.
 * The package ships only the field outline (TNO), in its own entry
 * (`@img-groningen/geo-thresholds/field-outline`, 200 kB) so that code which does not need it
 * does not carry it; storages and IEDB areas are the caller's.
 */
import { toRd, wgs84ToRd, type AnyPoint, type RdPoint } from './coordinates.js';

/** VES-5c: the zone reaches 6 km beyond the outline of the field or a gas storage. */
export const SIX_KM_ZONE_KM = 6;

/** A named area: the Groningen field, a gas storage or an IEDB area. */
export interface Zone {
  /** What the area is, shown in results. */
  name: string;
  /** Outer rings and holes alike, RD metres; a point is inside by the even–odd rule. */
  rings: RdPoint[][];
}

/** Whether the point lies inside the zone. */
export function isInside(point: AnyPoint, zone: Zone): boolean {
  const { x, y } = toRd(point);
  let inside = false;
  for (const ring of zone.rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[i]!;
      const b = ring[j]!;
      if (a.y > y !== b.y > y && x < ((b.x - a.x) * (y - a.y)) / (b.y - a.y) + a.x)
        inside = !inside;
    }
  }
  return inside;
}

/** Distance in km from the point to the nearest edge of the zone (0 on the edge). */
export function distanceToOutlineKm(point: AnyPoint, zone: Zone): number {
  const { x, y } = toRd(point);
  let best = Infinity;
  for (const ring of zone.rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[j]!;
      const b = ring[i]!;
      const dx = b.x - a.x;
      const dy = b.y - a.y;
      const length2 = dx * dx + dy * dy;
      const t =
        length2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - a.x) * dx + (y - a.y) * dy) / length2));
      const d2 = (a.x + t * dx - x) ** 2 + (a.y + t * dy - y) ** 2;
      if (d2 < best) best = d2;
    }
  }
  return Math.sqrt(best) / 1000;
}

/** Inside the zone, or within `km` of its outline. */
export function isWithinKm(point: AnyPoint, { zone, km }: { zone: Zone; km: number }): boolean {
  return isInside(point, zone) || distanceToOutlineKm(point, zone) <= km;
}

/** Where a point stands with regard to the zones of VES-5c. */
export interface ZoneMembership {
  /** VES-5c: within 6 km of one of the zones (field, storages). */
  inSixKmZone: boolean;
  /** The zone the point is nearest to, and how far from its outline (0 inside). */
  nearest: { name: string; distanceKm: number } | null;
}

/**
 * VES-5c: whether the point lies within 6 km of one of the zones. Pass the zones that count:
 * `GRONINGEN_FIELD` from `@img-groningen/geo-thresholds/field-outline`, and the storages.
 */
export function sixKmZone(point: AnyPoint, zones: readonly Zone[]): ZoneMembership {
  let nearest: ZoneMembership['nearest'] = null;
  for (const zone of zones) {
    const distanceKm = isInside(point, zone) ? 0 : distanceToOutlineKm(point, zone);
    if (!nearest || distanceKm < nearest.distanceKm) nearest = { name: zone.name, distanceKm };
  }
  return { inSixKmZone: nearest !== null && nearest.distanceKm <= SIX_KM_ZONE_KM, nearest };
}

type Position = [number, number, ...number[]];
interface GeoJsonGeometry {
  type: string;
  coordinates?: unknown;
}
interface GeoJsonFeature {
  type: 'Feature';
  properties?: Record<string, unknown> | null;
  geometry: GeoJsonGeometry | null;
}

/**
 * Zones from GeoJSON (a FeatureCollection, a Feature or a geometry) of Polygons and
 * MultiPolygons. Coordinates are WGS84 longitude/latitude (the GeoJSON standard) unless
 * `crs: 'rd'` says they are RD New metres. Each feature's `name` property names its zone.
 */
export function zonesFromGeoJson(
  geojson: unknown,
  options: { crs?: 'wgs84' | 'rd'; nameProperty?: string } = {},
): Zone[] {
  const crs = options.crs ?? 'wgs84';
  const nameProperty = options.nameProperty ?? 'name';
  const toPoint = (position: Position): RdPoint =>
    crs === 'rd'
      ? { x: position[0], y: position[1] }
      : wgs84ToRd({ lon: position[0], lat: position[1] });
  const features: GeoJsonFeature[] = [];
  const root = geojson as { type?: string; features?: GeoJsonFeature[] };
  if (root?.type === 'FeatureCollection' && Array.isArray(root.features))
    features.push(...root.features);
  else if (root?.type === 'Feature') features.push(root as GeoJsonFeature);
  else if (root?.type) features.push({ type: 'Feature', geometry: root as GeoJsonGeometry });
  else throw new TypeError('not GeoJSON: expected a FeatureCollection, a Feature or a geometry');
  return features.map((feature, index) => {
    const geometry = feature.geometry;
    const name = String(feature.properties?.[nameProperty] ?? `zone ${index + 1}`);
    if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) {
      throw new TypeError(
        `feature ${index + 1} (${name}): only Polygon and MultiPolygon geometries describe an area, got ${geometry?.type ?? 'none'}`,
      );
    }
    const polygons = (
      geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
    ) as Position[][][];
    return { name, rings: polygons.flat().map((ring) => ring.map(toPoint)) };
  });
}
