/**
 * Public callers are served the published weeks: once a week has been published, a public
 * procedure asked by the public answers from the frozen snapshot (latest week and version unless
 * the caller names another) and never from the live data. Management callers, and hosts that ask
 * for it, get the live computation. Without any publication the live figures are served.
 */
import { TRPCError } from '@trpc/server';
import type { Context } from '../trpc';
import { PUBLISHED_PROCEDURES, inputKey } from './grains';

const GRAINS = new Map(PUBLISHED_PROCEDURES.map((p) => [p.path, p.grain]));

interface Found {
  id: number;
  week: string;
  version: number;
  answer: string | null;
}

/** The stored answer for this call, or undefined when the live figures are to be computed. */
async function storedAnswer(ctx: Context, path: string, input: unknown): Promise<unknown> {
  const selection = ctx.publication;
  if (!selection || !GRAINS.has(path)) return undefined;
  const week = selection.week ?? null;
  const version = selection.version ?? null;
  const [found] = await ctx.db.query<Found>(
    `select p.id, p.week, p.version,
            (select a.answer::text from publication_answers a
              where a.publication_id = p.id and a.procedure = $3 and a.input = $4) as answer
       from publications p
      where ($1::text is null or p.week = $1) and ($2::int is null or p.version = $2)
      order by p.week desc, p.version desc
      limit 1`,
    [week, version, path, inputKey(path, input)],
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
  if (found.answer === null)
    throw new TRPCError({
      code: 'NOT_FOUND',
      message: `${path} is not published for ${inputKey(path, input)}; published: ${GRAINS.get(path)}`,
    });
  return JSON.parse(found.answer) as unknown;
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
