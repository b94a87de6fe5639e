/**
 * What identifies the data a database holds right now: its dataset_info, its latest import and
 * the data version, which every write to the data and rollup tables raises (migration 0009), so
 * a change made by hand counts as well as an import. Caches of derived answers keep an answer
 * while this stays the same.
 */
const DATA = `coalesce((select string_agg(key || '=' || value, ';' order by key) from dataset_info), '')
  || '|import=' || coalesce((select max(id) from import_log), 0)::text
  || '|version=' || coalesce((select version from data_version), 0)::text`;

export const DATASET_FINGERPRINT_SQL = `select ${DATA} as fingerprint`;

/** The data and the latest publication: what the answers to public callers depend on. */
export const SERVED_FINGERPRINT_SQL = `select ${DATA}
  || '|publication=' || coalesce((select max(id) from publications), 0)::text as fingerprint`;
