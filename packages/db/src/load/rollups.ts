/**
 * Rebuilds the rollup tables from the data tables. Runs inside the load's (or import's)
 * transaction, so the rollups always match the data they were made from.
 */
import type { DatabaseHandle } from '../client';
import { openSession, type LoadSession } from './session';

export const ROLLUP_TABLES = ['daily_flows', 'first_decisions'] as const;

export async function refreshRollups(session: LoadSession): Promise<void> {
  await session.query(`truncate ${ROLLUP_TABLES.join(', ')}`);
  await session.query(
    `insert into daily_flows (event_date, registered_on, scheme_code, municipality_code, inflow, outflow, reopened, withdrawn, paused, resumed)
     select e.event_date, e.registered_on, a.scheme_code, o.municipality_code,
            count(*) filter (where e.to_status = 'ontvangen'),
            count(*) filter (where e.to_status = 'besluit'),
            count(*) filter (where e.to_status = 'besluit_herroepen'),
            count(*) filter (where e.to_status = 'ingetrokken'),
            count(*) filter (where e.to_status = 'aangehouden'),
            count(*) filter (where e.from_status = 'aangehouden')
       from status_events e
       join applications a on a.id = e.application_id
       join objects o on o.id = a.object_id
      group by 1, 2, 3, 4`,
  );
  await session.query(
    `insert into first_decisions (application_id, scheme_code, municipality_code, received_on, decided_on, registered_on)
     select distinct on (e.application_id) e.application_id, a.scheme_code, o.municipality_code, a.received_on, e.event_date, e.registered_on
       from status_events e
       join applications a on a.id = e.application_id
       join objects o on o.id = a.object_id
      where e.to_status = 'besluit'
      order by e.application_id, e.event_date, e.id`,
  );
}

/** Rebuilds the rollups in a transaction of their own (after data were changed by hand, e.g. in tests). */
export async function rebuildRollups(handle: DatabaseHandle): Promise<void> {
  const session = await openSession(handle);
  try {
    await session.query('begin');
    await refreshRollups(session);
    await session.query('commit');
  } catch (error) {
    await session.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    await session.release();
  }
}
