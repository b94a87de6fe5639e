/**
 * Objections (bezwaren), public summary: the open backlog by stage and age, deadlines at risk
 * and overdue (TERM-1, TERM-2, TERM-4), the penalty exposure (TERM-5, an upper bound), the
 * objection rate per scheme, outcomes, and the grounds ranked (feedback to the chain).
 */
import { z } from 'zod';
import { readAsOf } from '../as-of';
import { schemeCounts } from '../scheme-counts';
import { PENALTY_MAX_CENTS } from '@img-groningen/statutory-terms';
import { toWeeks, weeklySpansByKind } from '../weekly-spans';
import { isoDate } from '../schemas';
import {
  hideZerosBeside,
  protectTable,
  publicCount,
  publicExposure,
  publicRate,
  type PublicCount,
} from '../disclosure';
import { openObjections, type ObjectionStage } from '../objections';
import { managementProcedure, publicProcedure, router } from '../trpc';
import { published } from '../publication/served';
import { perDataSet, questionOf } from '../per-data-set';
import { AGEING_BUCKETS } from './lead-times';

const STAGES: readonly ObjectionStage[] = ['intake', 'hearing', 'advisory-committee'];

export const objectionsRouter = router({
  /** Objections per ISO week of a year: received (inflow), decided (outflow), open at the week's end. */
  weekly: publicProcedure
    .input(
      z.object({ year: z.number().int().min(2018).max(2100), asOf: isoDate.optional() }).strict(),
    )
    .query(
      published(async ({ ctx, input }) => {
        const { asOf, dataAsOf } = await readAsOf(ctx, input.asOf);
        const { objections } = await weeklySpansByKind(ctx.db, ['objections'], {
          asOf,
          year: input.year,
          onDataDate: asOf === dataAsOf,
        });
        return { asOf, year: input.year, weeks: toWeeks(objections) };
      }),
    ),

  /** Management: every open objection at risk (due within 14 days) or overdue, with its deadline. */
  deadlines: managementProcedure
    .input(
      z
        .object({
          asOf: isoDate.optional(),
          include: z.enum(['at-risk', 'overdue', 'all']).default('all'),
        })
        .strict()
        .optional(),
    )
    .query(({ ctx, input, path }) =>
      perDataSet(ctx.db, questionOf(path, input), async () => {
        const { asOf } = await readAsOf(ctx, input?.asOf);
        const include = input?.include ?? 'all';
        return {
          asOf,
          objections: (await openObjections(ctx, asOf))
            .filter((o) => o.status !== 'on-time' && (include === 'all' || o.status === include))
            .sort((a, b) => a.due.localeCompare(b.due) || a.id - b.id),
        };
      }),
    ),
  summary: publicProcedure.input(z.object({ asOf: isoDate.optional() }).strict().optional()).query(
    published(async ({ ctx, input }) => {
      const { asOf, dataAsOf } = await readAsOf(ctx, input?.asOf);
      // Four independent questions, asked at once.
      const [open, decisions, objectionsPerScheme, outcomes, grounds] = await Promise.all([
        openObjections(ctx, asOf),
        // Decisions per scheme as applications.perScheme publishes them (same protection).
        schemeCounts(ctx.db, { asOf, onDataDate: asOf === dataAsOf, municipality: null }),
        ctx.db.query<{ scheme_code: string; objections: number }>(
          `select scheme_code, sum(objections)::int as objections from objections_per_day
            where received_on <= $1::date group by 1`,
          [asOf],
        ),
        ctx.db.query<{ outcome: string; n: number }>(
          `select outcome, count(*)::int as n from objections where decided_on <= $1::date and outcome is not null group by outcome order by outcome`,
          [asOf],
        ),
        ctx.db.query<{ ground: string; n: number }>(
          `select g as ground, count(*)::int as n from objections, unnest(grounds) as g where received_on <= $1::date group by g order by n desc, g`,
          [asOf],
        ),
      ]);
      const backlog = protectTable(
        STAGES.map((stage) =>
          AGEING_BUCKETS.map(
            (b) =>
              open.filter((o) => o.stage === stage && o.ageDays >= b.from && o.ageDays <= b.to)
                .length,
          ),
        ),
      );
      const deadlines = protectTable([
        [
          open.filter((o) => o.status === 'on-time').length,
          open.filter((o) => o.status === 'at-risk').length,
          open.filter((o) => o.status === 'overdue').length,
        ],
      ]);
      const exposure = open.reduce((sum, o) => sum + o.penaltyExposureCents, 0);
      const outcomeTable = protectTable([outcomes.map((o) => o.n)]);
      const groundTable = protectTable([grounds.map((g) => g.n)]);
      const objectionsOf = new Map(objectionsPerScheme.map((r) => [r.scheme_code, r.objections]));
      const [onTime, atRisk, overdue] = hideZerosBeside(deadlines.cells[0]!) as [
        PublicCount,
        PublicCount,
        PublicCount,
      ];
      // The objections per scheme are a row too: zeros beside hidden ones hidden.
      const objectionCounts = hideZerosBeside(
        decisions.rows.map((r) => publicCount(objectionsOf.get(r.code) ?? 0)),
      );
      return {
        asOf,
        backlog: {
          stages: STAGES.map((stage, i) => ({
            stage,
            // Zeros beside a hidden age of the stage are hidden too (disclosure.ts).
            byAge: hideZerosBeside(backlog.cells[i]!).map((open, j) => ({
              label: AGEING_BUCKETS[j]!.label,
              open,
            })),
            total: backlog.rowTotals[i]!,
          })),
          total: backlog.grandTotal,
        },
        deadlines: {
          onTime,
          atRisk,
          overdue,
        },
        /**
         * TERM-5 upper bound, in cents: only with the overdue count, rounded to 5 × the most one
         * objection can cost (disclosure.ts).
         */
        penaltyExposureCents: publicExposure(exposure, overdue, PENALTY_MAX_CENTS),
        perScheme: decisions.rows
          .map((r, i) => {
            const objections = objectionCounts[i]!;
            return {
              scheme: r.code,
              objections,
              // From the two published counts: it tells nothing they do not.
              rate: publicRate(objections, decisions.schemes[i]!.decided),
            };
          })
          .sort((a, b) => a.scheme.localeCompare(b.scheme)),
        outcomes: outcomes.map((o, i) => ({
          outcome: o.outcome,
          count: outcomeTable.cells[0]![i]! as PublicCount,
        })),
        grounds: grounds.map((g, i) => ({ ground: g.ground, count: groundTable.cells[0]![i]! })),
      };
    }),
  ),
});
