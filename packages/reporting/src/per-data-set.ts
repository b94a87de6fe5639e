/**
 * Figures computed from the data and kept until the data change: per database handle, per
 * question (a procedure and its input) and per data fingerprint — dataset_info, the latest
 * import and the data version that every write raises (`@img-groningen/db`). The fingerprint is
 * read at most once a second (at once after a write through the same handle), so a kept answer
 * costs no query; the computation runs once per data set, and callers asking meanwhile share it.
 * An answer is kept only when the fingerprint read afresh after computing is the one it was
 * computed under: a write that landed during the computation makes it count once.
 */
import { dataFingerprint, type DatabaseHandle } from '@img-groningen/db';
import { canonicalInput } from './canonical-input';

/** A few dates for each of a few questions: the data's own date is asked nearly always. */
const ENTRIES_KEPT = 48;
const kept = new WeakMap<DatabaseHandle, Map<string, Promise<unknown>>>();

/** Freezes a kept answer: every caller gets the same object, so none may change it. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** The key of a procedure's answer: its path and its input, the date included. */
export const questionOf = (path: string, input: unknown): string =>
  `${path}|${canonicalInput(input)}`;

export async function perDataSet<T>(
  db: DatabaseHandle,
  question: string,
  compute: () => Promise<T>,
): Promise<T> {
  const fingerprint = await dataFingerprint(db);
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
    if ((await dataFingerprint(db, 0)) !== fingerprint) map.delete(key);
    return value;
  })();
  // A failed computation is not kept: the next call tries again.
  result.catch(() => map.delete(key));
  map.set(key, result);
  while (map.size > ENTRIES_KEPT) map.delete(map.keys().next().value!);
  return result;
}
