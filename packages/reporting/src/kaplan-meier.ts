/**
 * The Kaplan–Meier estimate of "still undecided after t days", with open cases censored at
 * their age on the "as of" date. Lead times of a cohort cannot be read from its decided cases
 * alone while many are still open: that would understate them.
 */

export interface SurvivalInput {
  /** Days from receipt to decision (event) or to the as-of date (censored). */
  t: number;
  /** How many were decided on day t. */
  events: number;
  /** How many were still open at age t (censored). */
  censored: number;
}

export interface Survival {
  /** The estimate just after each day on which a decision fell. */
  steps: { t: number; survival: number }[];
  /** S(t): the share still undecided after t days. */
  at(t: number): number;
  /** The first day by which half were decided, or null when fewer than half are, as far as known. */
  median: number | null;
  n: number;
}

export function kaplanMeier(input: readonly SurvivalInput[]): Survival {
  const rows = [...input].sort((a, b) => a.t - b.t);
  let atRisk = rows.reduce((sum, r) => sum + r.events + r.censored, 0);
  const n = atRisk;
  let survival = 1;
  const steps: { t: number; survival: number }[] = [];
  // Events on a day come before censorings on the same day (the usual convention).
  for (const row of rows) {
    if (row.events > 0 && atRisk > 0) {
      survival *= 1 - row.events / atRisk;
      steps.push({ t: row.t, survival });
    }
    atRisk -= row.events + row.censored;
  }
  const at = (t: number) => {
    let value = 1;
    for (const step of steps) {
      if (step.t > t) break;
      value = step.survival;
    }
    return value;
  };
  // A product of fractions drifts by an ulp or two: 14/28 must count as one half.
  const median = steps.find((s) => s.survival <= 0.5 + 1e-9)?.t ?? null;
  return { steps, at, median, n };
}
