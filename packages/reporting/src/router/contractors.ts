/**
 * Contractor workload continuity (management): per contractor the months of committed work —
 * remaining estimated hours divided by the average monthly completed hours over the last 13 weeks —
 * flagged below 6 months; the swing (coefficient of variation of the weekly assigned hours over
 * the last 26 weeks); and the market totals. Per-contractor rows never reach public output.
 */
import { z } from 'zod';
import type { DatabaseHandle } from '@img-groningen/db';
import { readAsOf } from '../as-of';
import { perDataSet, questionOf } from '../per-data-set';
import { isoDate } from '../schemas';
import { managementProcedure, router } from '../trpc';
import { FORECAST_WEEKS, forecastRepairDemand } from '../repair-forecast';

const REPAIR_SCHEMES = `('HEA', 'HIN')`;
/** The conversion to a job is read from applications received 15 to 3 months ago: old enough to have one. */
const CONVERSION_FROM_DAYS = 455;
const CONVERSION_TO_DAYS = 91;

/** Below this many months of committed work a contractor is flagged (domain.md §7). */
export const CONTINUITY_FLAG_MONTHS = 6;
export const COMPLETION_WINDOW_WEEKS = 13;
export const SWING_WINDOW_WEEKS = 26;
const WEEKS_PER_MONTH = 52 / 12;

export interface ContractorContinuity {
  contractorId: number;
  name: string;
  /** Estimated hours of assigned jobs not completed on the as-of date. */
  remainingHours: number;
  /** Completed hours a month, averaged over the last 13 weeks. */
  monthlyCompletedHours: number;
  /** Months of committed work: 0 with nothing left to do; null with work left but nothing completed lately (no rate to divide by). */
  monthsOfWork: number | null;
  belowSixMonths: boolean;
  /** Coefficient of variation of weekly assigned hours over the last 26 weeks; null without assignments. */
  swing: number | null;
}

export const contractorsRouter = router({
  continuity: managementProcedure
    .input(z.object({ asOf: isoDate.optional() }).strict().optional())
    .query(({ ctx, input, path }) =>
      perDataSet(ctx.db, questionOf(path, input), async () =>
        continuity(ctx.db, (await readAsOf(ctx, input?.asOf)).asOf),
      ),
    ),

  /** 26 weeks of repair demand from committed jobs and the HEA/HIN pipeline, against the contractors' capacity. */
  forecast: managementProcedure
    .input(z.object({ asOf: isoDate.optional() }).strict().optional())
    .query(({ ctx, input, path }) =>
      perDataSet(ctx.db, questionOf(path, input), async () =>
        forecast(ctx.db, (await readAsOf(ctx, input?.asOf)).asOf),
      ),
    ),
});

async function continuity(db: DatabaseHandle, asOf: string) {
  const rows = await db.query<{
    id: number;
    name: string;
    remaining: number;
    completed: number;
  }>(
    `select c.id, c.name,
                coalesce(sum(j.estimated_hours) filter (where j.assigned_on <= $1::date and (j.completed_on is null or j.completed_on > $1::date)), 0)::int as remaining,
                coalesce(sum(j.estimated_hours) filter (where j.completed_on <= $1::date and j.completed_on > $1::date - ${COMPLETION_WINDOW_WEEKS * 7}), 0)::int as completed
           from contractors c left join repair_jobs j on j.contractor_id = c.id
          group by c.id, c.name order by c.id`,
    [asOf],
  );
  const weekly = await db.query<{ contractor_id: number; week: number; hours: number }>(
    `select contractor_id, (($1::date - assigned_on) / 7)::int as week, sum(estimated_hours)::int as hours
           from repair_jobs where assigned_on <= $1::date and assigned_on > $1::date - ${SWING_WINDOW_WEEKS * 7}
          group by 1, 2`,
    [asOf],
  );
  const byContractor = new Map<number, number[]>();
  for (const w of weekly) {
    const weeks =
      byContractor.get(w.contractor_id) ?? new Array<number>(SWING_WINDOW_WEEKS).fill(0);
    weeks[w.week] = w.hours;
    byContractor.set(w.contractor_id, weeks);
  }
  const contractors: ContractorContinuity[] = rows.map((r) => {
    const monthly = (r.completed / COMPLETION_WINDOW_WEEKS) * WEEKS_PER_MONTH;
    // Nothing left to do is no work at all (0 months, flagged), whether or not anything was
    // completed lately; work left without completions has no rate to divide by (null).
    const months = r.remaining === 0 ? 0 : monthly > 0 ? r.remaining / monthly : null;
    const weeks = byContractor.get(r.id);
    let swing: number | null = null;
    if (weeks) {
      const mean = weeks.reduce((a, b) => a + b, 0) / weeks.length;
      const sd = Math.sqrt(weeks.reduce((a, b) => a + (b - mean) ** 2, 0) / weeks.length);
      swing = mean > 0 ? Math.round((sd / mean) * 1000) / 1000 : null;
    }
    return {
      contractorId: r.id,
      name: r.name,
      remainingHours: r.remaining,
      monthlyCompletedHours: Math.round(monthly * 10) / 10,
      monthsOfWork: months === null ? null : Math.round(months * 10) / 10,
      belowSixMonths: months !== null && months < CONTINUITY_FLAG_MONTHS,
      swing,
    };
  });
  const remaining = contractors.reduce((s, c) => s + c.remainingHours, 0);
  const monthly = contractors.reduce((s, c) => s + c.monthlyCompletedHours, 0);
  return {
    asOf,
    contractors,
    market: {
      contractors: contractors.length,
      flagged: contractors.filter((c) => c.belowSixMonths).length,
      remainingHours: remaining,
      monthlyCompletedHours: Math.round(monthly * 10) / 10,
      monthsOfWork: monthly > 0 ? Math.round((remaining / monthly) * 10) / 10 : null,
    },
  };
}

/** 26 weeks of repair demand from committed jobs and the HEA/HIN pipeline, against the contractors' capacity. */
async function forecast(db: DatabaseHandle, asOf: string) {
  // Three independent questions, asked at once on separate connections.
  const [openJobs, [unassigned], [rates]] = await Promise.all([
    db.query<{ start_week: number; estimated_hours: number; jobs: number }>(
      `select greatest(0, (planned_start - $1::date) / 7)::int as start_week, estimated_hours, count(*)::int as jobs
             from repair_jobs where assigned_on <= $1::date and (completed_on is null or completed_on > $1::date)
            group by 1, 2`,
      [asOf],
    ),
    db.query<{ n: number }>(
      `select count(*)::int as n from applications a
            where a.scheme_code in ${REPAIR_SCHEMES} and a.received_on <= $1::date
              and not exists (select 1 from repair_jobs j where j.application_id = a.id and j.assigned_on <= $1::date)
              and not exists (select 1 from status_events e where e.application_id = a.id and e.event_date <= $1::date
                                and e.to_status in ('ingetrokken', 'besluit'))`,
      [asOf],
    ),
    db.query<{
      intake: number;
      cohort: number;
      converted: number;
      average_hours: number | null;
      capacity: number;
    }>(
      `select
             (select count(*)::int from applications a
               where a.scheme_code in ${REPAIR_SCHEMES} and a.received_on <= $1::date and a.received_on > $1::date - 91) as intake,
             (select count(*)::int from applications a
               where a.scheme_code in ${REPAIR_SCHEMES}
                 and a.received_on > $1::date - ${CONVERSION_FROM_DAYS} and a.received_on <= $1::date - ${CONVERSION_TO_DAYS}) as cohort,
             (select count(*)::int from applications a
               where a.scheme_code in ${REPAIR_SCHEMES}
                 and a.received_on > $1::date - ${CONVERSION_FROM_DAYS} and a.received_on <= $1::date - ${CONVERSION_TO_DAYS}
                 and exists (select 1 from repair_jobs j where j.application_id = a.id and j.assigned_on <= $1::date)) as converted,
             (select avg(estimated_hours)::float8 from repair_jobs where assigned_on <= $1::date and assigned_on > $1::date - ${FORECAST_WEEKS * 7}) as average_hours,
             (select coalesce(sum(weekly_capacity_hours), 0)::int from contractors where admitted_on <= $1::date) as capacity`,
      [asOf],
    ),
  ]);
  const conversion = rates && rates.cohort > 0 ? rates.converted / rates.cohort : 0;
  const assumptions = {
    unassigned: unassigned?.n ?? 0,
    weeklyIntake: Math.round(((rates?.intake ?? 0) / 13) * 10) / 10,
    conversion: Math.round(conversion * 1000) / 1000,
    averageJobHours: Math.round(rates?.average_hours ?? 0),
    weeklyCapacity: rates?.capacity ?? 0,
  };
  const weeks = forecastRepairDemand({
    openJobs: openJobs.flatMap((j) =>
      new Array<{ startWeek: number; estimatedHours: number }>(j.jobs).fill({
        startWeek: j.start_week,
        estimatedHours: j.estimated_hours,
      }),
    ),
    unassigned: assumptions.unassigned,
    weeklyIntake: (rates?.intake ?? 0) / 13,
    conversion,
    averageJobHours: rates?.average_hours ?? 0,
    weeklyCapacity: assumptions.weeklyCapacity,
  });
  return {
    asOf,
    assumptions,
    weeks,
    /** Weeks in which demand exceeds capacity. */
    overCapacityWeeks: weeks.filter((w) => w.utilisation !== null && w.utilisation > 1).length,
  };
}
