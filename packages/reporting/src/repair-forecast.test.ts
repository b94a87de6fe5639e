import { describe, expect, it } from 'vitest';
import { FORECAST_WEEKS, forecastRepairDemand } from './repair-forecast';

const base = {
  openJobs: [],
  unassigned: 0,
  weeklyIntake: 0,
  conversion: 0.5,
  averageJobHours: 100,
  weeklyCapacity: 200,
};

describe('forecastRepairDemand', () => {
  it('spreads a job over the weeks one crew needs, from its planned start', () => {
    // 100 hours: three weeks of 33⅓ from week 3 (index 2).
    const weeks = forecastRepairDemand({
      ...base,
      openJobs: [{ startWeek: 2, estimatedHours: 100 }],
    });
    expect(weeks).toHaveLength(FORECAST_WEEKS);
    expect(weeks.map((w) => w.committedHours).slice(0, 6)).toEqual([0, 0, 33, 33, 33, 0]);
    expect(weeks[2]!.utilisation).toBeCloseTo(100 / 3 / 200, 3);
  });

  it('cuts work planned beyond the horizon', () => {
    const weeks = forecastRepairDemand({
      ...base,
      openJobs: [{ startWeek: 25, estimatedHours: 400 }],
    });
    expect(weeks.reduce((s, w) => s + w.committedHours, 0)).toBe(40);
  });

  it('adds the pipeline spread over the horizon and the intake every week', () => {
    // 52 unassigned × 0.5 × 100 h = 2,600 h over 26 weeks = 100 h a week; 4 a week × 0.5 × 100 = 200 h.
    const weeks = forecastRepairDemand({ ...base, unassigned: 52, weeklyIntake: 4 });
    expect(weeks.every((w) => w.pipelineHours === 100 && w.intakeHours === 200)).toBe(true);
    expect(weeks[0]!.demandHours).toBe(300);
    expect(weeks[0]!.utilisation).toBe(1.5);
  });

  it('says nothing of utilisation without capacity', () => {
    expect(forecastRepairDemand({ ...base, weeklyCapacity: 0 })[0]!.utilisation).toBeNull();
  });
});
