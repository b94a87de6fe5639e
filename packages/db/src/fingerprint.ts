/**
 * What identifies the data a database holds right now: its dataset_info and its latest import.
 * Caches of derived answers keep an answer while this stays the same.
 */
export const DATASET_FINGERPRINT_SQL = `select coalesce((select string_agg(key || '=' || value, ';' order by key) from dataset_info), '')
  || '|import=' || coalesce((select max(id) from import_log), 0)::text as fingerprint`;

/** The data and the latest publication: what the answers to public callers depend on. */
export const SERVED_FINGERPRINT_SQL = `select coalesce((select string_agg(key || '=' || value, ';' order by key) from dataset_info), '')
  || '|import=' || coalesce((select max(id) from import_log), 0)::text
  || '|publication=' || coalesce((select max(id) from publications), 0)::text as fingerprint`;
