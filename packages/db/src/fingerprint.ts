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

/**
 * How long a read of the fingerprint (or of which publication is current) is trusted before it
 * is read again: the same second as the API's answer cache. A write through the same handle drops
 * every trusted read at once, so this process sees its own changes immediately; another
 * process's (an import from the command line, a correction by hand) count within this time.
 */
export const TRUSTED_READ_MS = 1000;

const TRUSTED_READS_KEPT = 1_000;
const trusted = new WeakMap<object, Map<string, { at: number; value: Promise<unknown> }>>();

/** `read()`, or its result from the last `maxAgeMs` on this handle. A failed read is not kept. */
export function trustedRead<T>(
  handle: object,
  key: string,
  read: () => Promise<T>,
  maxAgeMs = TRUSTED_READ_MS,
): Promise<T> {
  let reads = trusted.get(handle);
  if (!reads) trusted.set(handle, (reads = new Map()));
  const now = performance.now();
  const known = reads.get(key);
  if (known && now - known.at < maxAgeMs) return known.value as Promise<T>;
  const value = read();
  const entry = { at: now, value };
  // Keys come from callers' choices (a week asked for): a bounded number is kept.
  if (reads.size >= TRUSTED_READS_KEPT) reads.clear();
  reads.set(key, entry);
  value.catch(() => {
    if (reads.get(key) === entry) reads.delete(key);
  });
  return value;
}

/** Called after every write through a handle (its `query`, a released session). */
export function forgetTrustedReads(handle: object): void {
  trusted.delete(handle);
}

/** A statement that only reads keeps the trusted reads; anything else may have written. */
const READ = /^\s*select\b/i;
export function afterStatement(handle: object, text: string): void {
  if (!READ.test(text)) trusted.delete(handle);
}

/** The data fingerprint, read at most once per `maxAgeMs` (0: now). */
export async function dataFingerprint(
  handle: { query<Row>(text: string, params?: unknown[]): Promise<Row[]> },
  maxAgeMs = TRUSTED_READ_MS,
): Promise<string> {
  const read = async () =>
    (await handle.query<{ fingerprint: string }>(DATASET_FINGERPRINT_SQL))[0]?.fingerprint ?? '';
  return maxAgeMs > 0 ? trustedRead(handle, 'fingerprint', read, maxAgeMs) : read();
}
