/**
 * A 26-week forecast of repair demand (hours a week) against the contractors' capacity. Pure:
 * the caller passes the open jobs, the pipeline and the rates. The model, kept simple on
 * purpose so it can be explained on the dashboard:
 * - committed work: each open job's remaining estimate, spread evenly from its planned start
 *   (or the forecast's start, if later) over as many weeks as one crew needs at 40 hours a week;
 * - the pipeline: HEA/HIN applications open but not yet assigned, times the share that
 *   became a job lately, times the average job estimate, spread evenly over the 26 weeks;
 * - new intake: the average weekly HEA/HIN receipts of the last 13 weeks, converted the same way,
 *   arriving every week.
 */

export const FORECAST_WEEKS = 26;
/** One crew's hours a week: how fast a single job's estimate is worked off. */
export const CREW_HOURS_PER_WEEK = 40;

export interface OpenJob {
  /** Weeks from the forecast start to the planned start (0 when it has started or starts now). */
  startWeek: number;
  estimatedHours: number;
}

export interface ForecastInput {
  openJobs: readonly OpenJob[];
  /** Open HEA/HIN applications without a job. */
  unassigned: number;
  /** Average weekly HEA/HIN receipts over the last 13 weeks. */
  weeklyIntake: number;
  /** Share of HEA/HIN applications that became a job (0–1). */
  conversion: number;
  /** Average estimate of a job, hours. */
  averageJobHours: number;
  /** Sum of the admitted contractors' weekly capacity, hours. */
  weeklyCapacity: number;
}

export interface ForecastWeek {
  week: number;
  committedHours: number;
  pipelineHours: number;
  intakeHours: number;
  demandHours: number;
  capacityHours: number;
  /** Demand over capacity; null without capacity. */
  utilisation: number | null;
}

export function forecastRepairDemand(input: ForecastInput): ForecastWeek[] {
  const committed = new Array<number>(FORECAST_WEEKS).fill(0);
  for (const job of input.openJobs) {
    const weeks = Math.max(1, Math.ceil(job.estimatedHours / CREW_HOURS_PER_WEEK));
    const perWeek = job.estimatedHours / weeks;
    for (let w = job.startWeek; w < job.startWeek + weeks && w < FORECAST_WEEKS; w++)
      committed[w]! += perWeek;
  }
  const pipeline = (input.unassigned * input.conversion * input.averageJobHours) / FORECAST_WEEKS;
  const intake = input.weeklyIntake * input.conversion * input.averageJobHours;
  const round = (n: number) => Math.round(n);
  return committed.map((hours, week) => {
    const demand = hours + pipeline + intake;
    return {
      week: week + 1,
      committedHours: round(hours),
      pipelineHours: round(pipeline),
      intakeHours: round(intake),
      demandHours: round(demand),
      capacityHours: input.weeklyCapacity,
      utilisation:
        input.weeklyCapacity > 0 ? Math.round((demand / input.weeklyCapacity) * 1000) / 1000 : null,
    };
  });
}
