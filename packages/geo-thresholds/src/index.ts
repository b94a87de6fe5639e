/**
 * @img-groningen/geo-thresholds — vibration (PGV) per address from a quake catalogue, the
 * thresholds that matter for the IMG's schemes, effect-area radii, zones, and RD New / WGS84.
 * Pure functions and data: no I/O; callers pass catalogue text and geometry in. Browser-safe.
 *
 * Data sets are entries of their own, so that this one stays small:
 * `@img-groningen/geo-thresholds/field-outline` (the Groningen field, `GRONINGEN_FIELD`) and
 * `@img-groningen/geo-thresholds/models` (TNO's coefficient sets, `MODELS`).
 *
 * @packageDocumentation
 */
export * from './thresholds.js';
export * from './coordinates.js';
export { amsterdamDate, cutoffDate } from './dates.js';
export type { After } from './dates.js';
export { parseCatalogue, splitCsvLine } from './catalogue.js';
export type { CatalogueResult, QuakeEvent, RowError } from './catalogue.js';
export {
  Z_ONE_PERCENT,
  lnPgv,
  lnPgvAt,
  pgv,
  radiusKm,
  radiusByBisection,
  spreading,
  zForExceedance,
} from './gmm/model.js';
export type {
  GroundMotionModel,
  ModelEvent,
  ModelSite,
  PgvQuery,
  RadiusQuery,
} from './gmm/model.js';
export { IMG_MODEL, DEFAULT_DEPTH_KM, bommer2019, bommer2021, dost2004 } from './gmm/models.js';
export type {
  Bommer2019Coefficients,
  Bommer2021Coefficients,
  Dost2004Coefficients,
  ModelSpec,
} from './gmm/models.js';
export { PgvIndex, maxPgvAllPairs, eventsAboveAllPairs, maxPgvPerAddress } from './pgv.js';
export { addressReader, isRowError } from './addresses.js';
export type { AddressReader, AddressRow } from './addresses.js';
export type {
  AddressPgv,
  EventsAboveOptions,
  MaxPgv,
  PgvAtEvent,
  PgvIndexOptions,
  PgvOptions,
} from './pgv.js';
export {
  SIX_KM_ZONE_KM,
  distanceToOutlineKm,
  isInside,
  isWithinKm,
  sixKmZone,
  zonesFromGeoJson,
} from './zones.js';
export type { Zone, ZoneMembership } from './zones.js';
export { vs30Table } from './vs30.js';
