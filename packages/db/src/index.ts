/**
 * @img-groningen/db — the reporting database: schema, migrations, the client factory
 * (PGlite embedded or PostgreSQL), the synthetic data generator and the bulk loader.
 */
import type { DatabaseHandle } from './client';
import { createDataset, type DatasetOptions } from './generate/dataset';
import { loadTables, type LoadProgress, type LoadResult } from './load/load';

export * from './client';
export * as schema from './schema/index';
export { migrate } from './migrate';
export { createDataset, DEFAULT_AS_OF, DEFAULT_SEED, MAX_APPLICATIONS } from './generate/dataset';
export type { Dataset, DatasetOptions, TableSource } from './generate/dataset';
export { SCHEMES } from './generate/reference';
export { loadTables } from './load/load';
export type { LoadProgress, LoadResult } from './load/load';
export { tableChecksums } from './load/checksum';
export type { TableChecksum } from './load/checksum';
export { writeCsvFiles } from './load/csv-files';
export { openSession, copyStatement } from './load/session';
export { readStructure, dropStructure, restoreStructure } from './load/constraints';
export { ROLLUP_TABLES, rebuildRollups, refreshRollups } from './load/rollups';

/** The data tables, parents before children. */
export const DATA_TABLES = [
  'schemes',
  'municipalities',
  'quakes',
  'objects',
  'contractors',
  'applications',
  'status_events',
  'objections',
  'repair_jobs',
  'invoices',
  'samenloop_cases',
  'aos_reports',
  'dataset_info',
] as const;

/** Generates a synthetic data set and loads it, replacing what the tables held, in one transaction. */
export async function generateAndLoad(
  handle: DatabaseHandle,
  options: DatasetOptions,
  onProgress?: (progress: LoadProgress) => void,
): Promise<LoadResult> {
  return loadTables(handle, createDataset(options).tables, onProgress);
}
export { ensureReferenceTables, importDirectory } from './import/import';
export type { FileSummary, ImportOptions, ImportSummary } from './import/import';
export { ENTITIES } from './import/entities';
export type { Rejection } from './import/read';
export {
  DATASET_FINGERPRINT_SQL,
  SERVED_FINGERPRINT_SQL,
  TRUSTED_READ_MS,
  dataFingerprint,
  trustedRead,
} from './fingerprint';
