/**
 * RD New (EPSG:28992) and WGS84 (EPSG:4326), with the full RD definition: the oblique
 * stereographic projection on the Bessel ellipsoid and the seven-parameter datum shift to
 * WGS84/ETRS89 (see `rd.ts`). Within the Netherlands this agrees with RDNAPTRANS to within a
 * metre (tested on its published reference points); the RD correction grid is not applied.
 */
import { rdToWgs84Degrees, wgs84DegreesToRd } from './rd.js';

/** RD New as a PROJ string, for tools that take one (the conversion here does not parse it). */
export const RD_NEW =
  '+proj=sterea +lat_0=52.15616055555555 +lon_0=5.38763888888889 +k=0.9999079 +x_0=155000 +y_0=463000 +ellps=bessel +towgs84=565.417,50.3319,465.552,-0.398957,0.343988,-1.8774,4.0725 +units=m +no_defs';

/** A point in RD New (EPSG:28992), metres. */
export interface RdPoint {
  /** Easting in metres. */
  x: number;
  /** Northing in metres. */
  y: number;
}

/** A point in WGS84 (EPSG:4326), degrees. */
export interface Wgs84Point {
  lat: number;
  lon: number;
}

/** Either kind of point; every function in this package accepts both. */
export type AnyPoint = RdPoint | Wgs84Point;

/**
 * The Netherlands with a margin of about 25 km: KNMI's catalogues hold quakes just across the
 * border and in the Wadden Sea that shake Dutch addresses. Anything beyond is a data error.
 */
export const NETHERLANDS_RD_BOUNDS = {
  minX: -40_000,
  maxX: 330_000,
  minY: 280_000,
  maxY: 660_000,
} as const;
/** The same margin around the Netherlands in WGS84 degrees. */
export const NETHERLANDS_WGS84_BOUNDS = {
  minLat: 50.5,
  maxLat: 54.0,
  minLon: 2.9,
  maxLon: 7.7,
} as const;

/** Whether a point is in RD New (`{ x, y }`) rather than WGS84 (`{ lat, lon }`). */
export function isRdPoint(point: AnyPoint): point is RdPoint {
  return 'x' in point && 'y' in point;
}

/** WGS84 degrees to RD New metres. */
export function wgs84ToRd({ lat, lon }: Wgs84Point): RdPoint {
  const [x, y] = wgs84DegreesToRd(lat, lon);
  return { x, y };
}

/** RD New metres to WGS84 degrees. */
export function rdToWgs84({ x, y }: RdPoint): Wgs84Point {
  const [lat, lon] = rdToWgs84Degrees(x, y);
  return { lat, lon };
}

/** Any point in RD New metres. */
export function toRd(point: AnyPoint): RdPoint {
  return isRdPoint(point) ? point : wgs84ToRd(point);
}

/** Any point in WGS84 degrees. */
export function toWgs84(point: AnyPoint): Wgs84Point {
  return isRdPoint(point) ? rdToWgs84(point) : point;
}

/** Why a point is unusable, or null: non-numeric, or outside the Netherlands. */
export function invalidPointReason(point: AnyPoint): string | null {
  if (isRdPoint(point)) {
    if (!Number.isFinite(point.x) || !Number.isFinite(point.y))
      return 'x and y must be numbers (RD New, metres)';
    const b = NETHERLANDS_RD_BOUNDS;
    if (point.x < b.minX || point.x > b.maxX || point.y < b.minY || point.y > b.maxY) {
      return `RD point (${point.x}, ${point.y}) lies outside the Netherlands`;
    }
    return null;
  }
  if (!Number.isFinite(point.lat) || !Number.isFinite(point.lon))
    return 'lat and lon must be numbers (WGS84, degrees)';
  const b = NETHERLANDS_WGS84_BOUNDS;
  if (
    point.lat < b.minLat ||
    point.lat > b.maxLat ||
    point.lon < b.minLon ||
    point.lon > b.maxLon
  ) {
    return `WGS84 point (${point.lat}, ${point.lon}) lies outside the Netherlands`;
  }
  return null;
}
