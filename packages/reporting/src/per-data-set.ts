/**
 * Figures computed from the data and kept until the data change: per database handle, per
 * question (name and key, e.g. the as-of date) and per data fingerprint — dataset_info, the
 * latest import and the data version that every write raises (`@img-groningen/db`). Reading
 * the fingerprint is one small query; the computation runs once per data set, and callers
 * asking meanwhile share it. An answer is kept only when the fingerprint read after computing
 * is the one read before: a write that landed during the computation makes it count once.
 */
import { DATASET_FINGERPRINT_SQL, type DatabaseHandle } from '@img-groningen/db';

/** A few dates for each of a few questions: the data's own date is asked nearly always. */
const ENTRIES_KEPT = 48;
const kept = new WeakMap<DatabaseHandle, Map<string, Promise<unknown>>>();

async function fingerprintOf(db: DatabaseHandle): Promise<string> {
  const [row] = await db.query<{ fingerprint: string }>(DATASET_FINGERPRINT_SQL);
  return row?.fingerprint ?? '';
}

/** Freezes a kept answer: every caller gets the same object, so none may change it. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

export async function perDataSet<T>(
  db: DatabaseHandle,
  question: string,
  compute: () => Promise<T>,
): Promise<T> {
  const fingerprint = await fingerprintOf(db);
  const key = `${question}\u0000${fingerprint}`;
  let entries = kept.get(db);
  if (!entries) kept.set(db, (entries = new Map()));
  const found = entries.get(key) as Promise<T> | undefined;
  if (found) {
    // Most recently used last, so the oldest goes first.
    entries.delete(key);
    entries.set(key, found);
    return found;
  }
  const map = entries;
  const result = (async () => {
    const value = deepFreeze(await compute());
    if ((await fingerprintOf(db)) !== fingerprint) map.delete(key);
    return value;
  })();
  // A failed computation is not kept: the next call tries again.
  result.catch(() => map.delete(key));
  map.set(key, result);
  while (map.size > ENTRIES_KEPT) map.delete(map.keys().next().value!);
  return result;
}
