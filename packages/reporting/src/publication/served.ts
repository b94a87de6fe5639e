/**
 * Public callers are served the published weeks: once a week has been published, a public
 * procedure asked by the public answers from the frozen snapshot (latest week and version unless
 * the caller names another) and never from the live data. Management callers, and hosts that ask
 * for it, get the live computation. Without any publication the live figures are served.
 */
import { TRPCError } from '@trpc/server';
import { trustedRead } from '@img-groningen/db';
import type { Context } from '../trpc';
import { deepFreeze } from '../per-data-set';
import { PUBLISHED_PROCEDURES, inputKey } from './grains';

const GRAINS = new Map(PUBLISHED_PROCEDURES.map((p) => [p.path, p.grain]));

/**
 * Published answers never change (the database refuses it), so each is read and parsed once per
 * process and database and kept, frozen, in a bounded map; which publication is served is
 * asked of the database at most once a second, and at once after this process published.
 */
const MAX_KEPT = 20_000;
const kept = new WeakMap<object, Map<string, unknown>>();

/** The stored answer for this call, or undefined when the live figures are to be computed. */
async function storedAnswer(ctx: Context, path: string, input: unknown): Promise<unknown> {
  const selection = ctx.publication;
  if (!selection || !GRAINS.has(path)) return undefined;
  const week = selection.week ?? null;
  const version = selection.version ?? null;
  // Which publication answers is read at most once a second (at once after a publication by
  // this process): a new week counts within that second, as in the host's answer cache.
  const [found] = await trustedRead(ctx.db, `publication|${week}|${version}`, () =>
    ctx.db.query<{ id: number }>(
      `select id from publications
        where ($1::text is null or week = $1) and ($2::int is null or version = $2)
        order by week desc, version desc
        limit 1`,
      [week, version],
    ),
  );
  if (!found) {
    if (week === null && version === null) return undefined; // nothing published yet: live
    throw new TRPCError({
      code: 'NOT_FOUND',
      message:
        version === null
          ? `week ${week} has not been published; publications.list names the published weeks`
          : `${week ?? 'the latest week'} has no version ${version}; publications.list names the versions`,
    });
  }
  if (input && typeof input === 'object' && 'asOf' in input && input.asOf !== undefined)
    throw new TRPCError({
      code: 'BAD_REQUEST',
      message:
        'asOf: public figures are the published weeks; choose one with the query parameter week=YYYY-Www (see publications.list)',
    });
  const key = inputKey(input);
  let memo = kept.get(ctx.db);
  if (!memo) kept.set(ctx.db, (memo = new Map()));
  const memoKey = `${found.id}\u0000${path}\u0000${key}`;
  const hit = memo.get(memoKey);
  if (hit !== undefined) return hit;
  const [stored] = await ctx.db.query<{ answer: string }>(
    `select answer::text as answer from publication_answers
      where publication_id = $1 and procedure = $2 and input = $3`,
    [found.id, path, key],
  );
  if (!stored)
    throw new TRPCError({
      code: 'NOT_FOUND',
      message: `${path} is not published for ${key}; published: ${GRAINS.get(path)}`,
    });
  const answer = deepFreeze(JSON.parse(stored.answer) as unknown);
  if (memo.size >= MAX_KEPT) memo.delete(memo.keys().next().value!);
  memo.set(memoKey, answer);
  return answer;
}

/**
 * Wraps a public procedure's resolver: the published answer when the caller is served
 * publications, the live computation otherwise.
 */
export function published<Input, Output>(
  resolve: (opts: { ctx: Context; input: Input }) => Promise<Output>,
): (opts: { ctx: Context; input: Input; path: string }) => Promise<Output> {
  return async (opts) => {
    const stored = await storedAnswer(opts.ctx, opts.path, opts.input);
    return stored === undefined ? resolve(opts) : (stored as Output);
  };
}
