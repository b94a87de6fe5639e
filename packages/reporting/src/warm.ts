/**
 * The management figures of the data's own date are computed once per data set (see
 * per-data-set.ts); a host asks for them at start so that no manager waits for the first one.
 */
import type { DatabaseHandle } from '@img-groningen/db';
import { createCaller } from './root';
import { currentManagementRole } from './trpc';

/** Computes them one after another; returns the milliseconds each took. */
export async function warmManagementFigures(db: DatabaseHandle): Promise<Record<string, number>> {
  const caller = createCaller({
    db,
    user: { subject: 'warm-up', roles: [currentManagementRole()] },
  });
  const questions: [string, () => Promise<unknown>][] = [
    ['outreach', () => caller.outreach.perMunicipality()],
    ['contractors.continuity', () => caller.contractors.continuity()],
    ['contractors.forecast', () => caller.contractors.forecast()],
    ['objections.deadlines', () => caller.objections.deadlines()],
  ];
  const milliseconds: Record<string, number> = {};
  for (const [name, ask] of questions) {
    const started = performance.now();
    await ask();
    milliseconds[name] = Math.round(performance.now() - started);
  }
  return milliseconds;
}
