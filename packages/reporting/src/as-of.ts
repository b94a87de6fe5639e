import type { Context } from './trpc';

export interface AsOf {
  /** The date the figures describe: the one asked for, else the data's own. */
  asOf: string;
  /** The data set's own "as of" date (its rollups describe that date), if it has one. */
  dataAsOf: string | null;
}

/** Resolves the date a procedure reports on, with one read of `dataset_info`. */
export async function readAsOf(ctx: Context, requested?: string): Promise<AsOf> {
  const [info] = await ctx.db.query<{ value: string }>(
    `select value from dataset_info where key = 'as_of'`,
  );
  const dataAsOf = info?.value ?? null;
  return { asOf: requested ?? dataAsOf ?? new Date().toISOString().slice(0, 10), dataAsOf };
}
