/**
 * Publishing an ISO week: every public procedure at its fixed grains (grains.ts) is computed
 * live "as of" the Sunday that ends the week and stored as a new version of that week, in one
 * transaction, with who, when, the data it came from and a checksum. The first version of a
 * week needs no reason; a restatement (a later version) does, and is refused when its figures
 * equal the latest version's. Imports wait while a week is being published (same lock).
 */
import { createHash } from 'node:crypto';
import { DATASET_FINGERPRINT_SQL, openSession, type DatabaseHandle } from '@img-groningen/db';
import { createCaller } from '../root';
import { FIRST_PUBLIC_YEAR, PUBLISHED_PROCEDURES, inputKey } from './grains';
import { isoWeekDates, parseIsoWeek } from './iso-week';

/** The lock imports take too (packages/db import.ts): no data change while a week is computed. */
const DATA_LOCK = 7_315_043;

export interface PublishOptions {
  /** Why a restatement is published; required for every version after the first. */
  reason?: string | undefined;
  who?: string | undefined;
  onProgress?: (done: number, total: number) => void;
}

export interface Publication {
  id: number;
  week: string;
  version: number;
  asOf: string;
  reason: string | null;
  publishedAt: string;
  who: string;
  dataFingerprint: string;
  importId: number | null;
  answers: number;
  checksum: string;
}

export class PublicationError extends Error {}

const PUBLICATION_COLUMNS = `id, week, version, as_of::text as "asOf", reason, to_json(published_at) #>> '{}' as "publishedAt",
  who, data_fingerprint as "dataFingerprint", import_id as "importId", answers, checksum`;

export async function listPublications(db: DatabaseHandle, week?: string): Promise<Publication[]> {
  return db.query<Publication>(
    `select ${PUBLICATION_COLUMNS} from publications where $1::text is null or week = $1 order by week desc, version desc`,
    [week ?? null],
  );
}

/** Runs `work` over the items with at most `limit` at a time, in order of the items. */
async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await work(items[i]!);
      }
    }),
  );
  return results;
}

interface Computed {
  procedure: string;
  input: string;
  json: string;
  /** The answer without `dataAsOf`, as JSON: what the checksum covers. */
  figures: string;
}

/** The figures only: the data's own date at publishing time does not make a restatement. */
function checksumOf(answers: readonly Computed[]): string {
  const hash = createHash('sha256');
  for (const a of answers) hash.update(`${a.procedure}\t${a.input}\t${a.figures}\n`);
  return hash.digest('hex');
}

const csvField = (value: string) => `"${value.replace(/"/g, '""')}"`;

export async function publishWeek(
  db: DatabaseHandle,
  week: string,
  options: PublishOptions = {},
): Promise<Publication> {
  let year: number;
  let sunday: string;
  try {
    year = parseIsoWeek(week).year;
    sunday = isoWeekDates(week).sunday;
  } catch (error) {
    throw new PublicationError((error as Error).message);
  }
  const session = await openSession(db);
  try {
    await session.query('select pg_advisory_lock($1)', [DATA_LOCK]);
    const [info] = await session.query<{ as_of: string | null }>(
      `select (select value from dataset_info where key = 'as_of') as as_of`,
    );
    const dataAsOf = info?.as_of ?? null;
    if (!dataAsOf) throw new PublicationError('the database holds no data to publish');
    if (sunday > dataAsOf)
      throw new PublicationError(
        `week ${week} ends on ${sunday}, after the data's date ${dataAsOf}: only a week that has ended in the data can be published`,
      );
    const [latest] = await session.query<{ version: number; checksum: string }>(
      `select version, checksum from publications where week = $1 order by version desc limit 1`,
      [week],
    );
    const reason = options.reason?.trim() || null;
    if (latest && !reason)
      throw new PublicationError(
        `week ${week} has been published (version ${latest.version}); a restatement needs a reason (--reason)`,
      );

    const municipalities = (
      await session.query<{ code: string }>(`select code from municipalities order by code`)
    ).map((m) => m.code);
    const years = Array.from(
      { length: year - FIRST_PUBLIC_YEAR + 1 },
      (_, i) => FIRST_PUBLIC_YEAR + i,
    );
    const calls = PUBLISHED_PROCEDURES.flatMap((p) =>
      p.inputs({ municipalities, years }).map((input) => ({
        path: p.path,
        input,
        asked: p.dated === false ? input : { ...input, asOf: sunday },
      })),
    );
    // One memo for the whole batch: the data does not change while it is read.
    const caller = createCaller({ db, memo: new Map() });
    const procedures = caller as unknown as Record<
      string,
      Record<string, (input: unknown) => Promise<unknown>>
    >;
    let done = 0;
    const computed = await mapLimited(
      calls,
      db.driver === 'pglite' ? 1 : 3,
      async ({ path, input, asked }) => {
        const [group, name] = path.split('.') as [string, string];
        const answer = (await procedures[group]![name]!(asked)) as Record<string, unknown>;
        options.onProgress?.(++done, calls.length);
        // The figures without the data's own date, taken from the answer itself (parsing the
        // JSON back would cost as much again over tens of megabytes).
        const { dataAsOf: _ignored, ...figures } = answer;
        return {
          procedure: path,
          input: inputKey(input),
          json: JSON.stringify(answer),
          figures: JSON.stringify(figures),
        };
      },
    );
    // Code-unit order (not the locale's): the checksum depends on it.
    const byCode = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
    computed.sort((a, b) => byCode(a.procedure, b.procedure) || byCode(a.input, b.input));
    const checksum = checksumOf(computed);
    if (latest && latest.checksum === checksum)
      throw new PublicationError(
        `the figures of week ${week} are the same as in version ${latest.version}: there is nothing to restate`,
      );

    const [fingerprint] = await session.query<{ fingerprint: string }>(DATASET_FINGERPRINT_SQL);
    const [lastImport] = await session.query<{ id: number | null }>(
      `select max(id) as id from import_log`,
    );
    await session.query('begin');
    try {
      const [row] = await session.query<Publication>(
        `insert into publications (week, version, as_of, reason, who, data_fingerprint, import_id, answers, checksum)
         values ($1, coalesce((select max(version) from publications where week = $1), 0) + 1, $2, $3, $4, $5, $6, $7, $8)
         returning ${PUBLICATION_COLUMNS}`,
        [
          week,
          sunday,
          latest ? reason : null,
          options.who ?? 'unknown',
          fingerprint?.fingerprint ?? '',
          lastImport?.id ?? null,
          computed.length,
          checksum,
        ],
      );
      const id = row!.id;
      await session.copyCsv(
        'publication_answers',
        ['publication_id', 'procedure', 'input', 'answer'],
        (function* () {
          let chunk = '';
          for (const a of computed) {
            chunk += `${id},${a.procedure},${csvField(a.input)},${csvField(a.json)}\n`;
            if (chunk.length > 1 << 20) {
              yield chunk;
              chunk = '';
            }
          }
          if (chunk) yield chunk;
        })(),
      );
      await session.query('commit');
      return row!;
    } catch (error) {
      await session.query('rollback').catch(() => undefined);
      throw error;
    }
  } finally {
    await session.query('select pg_advisory_unlock($1)', [DATA_LOCK]).catch(() => undefined);
    await session.release();
  }
}
