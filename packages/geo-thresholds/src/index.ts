/**
 * @img-groningen/geo-thresholds — vibration (PGV) per address from a quake catalogue, the
 * thresholds that matter for the IMG's schemes, effect-area radii, zones, and RD New / WGS84.
 * Pure functions and data: no I/O; callers pass catalogue text and geometry in.
 */
export * from './thresholds';
export * from './coordinates';
export { amsterdamDate, cutoffDate } from './dates';
export type { After } from './dates';
export { parseCatalogue, splitCsvLine } from './catalogue';
export type { CatalogueResult, QuakeEvent, RowError } from './catalogue';
export {
  Z_ONE_PERCENT,
  lnPgv,
  pgv,
  radiusKm,
  radiusByBisection,
  spreading,
  zForExceedance,
} from './gmm/model';
export type { GroundMotionModel, ModelEvent, ModelSite } from './gmm/model';
export {
  IMG_MODEL,
  MODELS,
  DEFAULT_DEPTH_KM,
  bommer2019,
  bommer2021,
  dost2004,
} from './gmm/models';
export type {
  Bommer2019Coefficients,
  Bommer2021Coefficients,
  Dost2004Coefficients,
} from './gmm/models';
export { PgvIndex, maxPgvAllPairs, eventsAboveAllPairs, maxPgvPerAddress } from './pgv';
export { addressReader, isRowError } from './addresses';
export type { AddressRow } from './addresses';
export type { AddressPgv, MaxPgv, PgvAtEvent, PgvIndexOptions, PgvOptions } from './pgv';
export {
  GRONINGEN_FIELD,
  SIX_KM_ZONE_KM,
  distanceToOutlineKm,
  isInside,
  isWithinKm,
  sixKmZone,
  zonesFromGeoJson,
} from './zones';
export type { Zone, ZoneMembership } from './zones';
export { vs30Table } from './vs30';
