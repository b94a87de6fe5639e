/**
 * Rebuilds the rollup tables from the data tables. Runs inside the load's (or import's)
 * transaction, so the rollups always match the data they were made from.
 */
import type { DatabaseHandle } from '../client';
import { OPENING_STATUS_LIST, TRANSITION_STATUS_LIST } from '../schema/open-cases';
import { openSession, type LoadSession } from './session';

export const ROLLUP_TABLES = [
  'daily_flows',
  'first_decisions',
  'weekly_flows',
  'open_by_received',
  'cohort_lead_times',
  'weekly_lead_times',
  'objections_per_day',
  'weekly_spans',
] as const;

export async function refreshRollups(session: LoadSession): Promise<void> {
  await session.query(`truncate ${ROLLUP_TABLES.join(', ')}`);
  const [info] = await session.query<{ value: string }>(
    `select value from dataset_info where key = 'as_of'`,
  );
  await session.query(
    `insert into daily_flows (event_date, registered_on, scheme_code, municipality_code, area, inflow, outflow, reopened, withdrawn, paused, resumed)
     select e.event_date, e.registered_on, a.scheme_code, o.municipality_code, o.area,
            count(*) filter (where e.to_status = 'ontvangen'),
            count(*) filter (where e.to_status = 'besluit'),
            count(*) filter (where e.to_status = 'besluit_herroepen'),
            count(*) filter (where e.to_status = 'ingetrokken'),
            count(*) filter (where e.to_status = 'aangehouden'),
            count(*) filter (where e.from_status = 'aangehouden')
       from status_events e
       join applications a on a.id = e.application_id
       join objects o on o.id = a.object_id
      group by 1, 2, 3, 4, 5`,
  );
  // Every week per scheme, municipality and area as known on the data's own date (or its last
  // event without one), weeks without events too, with running stocks.
  await session.query(
    `insert into weekly_flows (week_start, scheme_code, municipality_code, area, inflow, outflow, reopened, withdrawn, paused, resumed, stock, paused_stock, cumulative_inflow, cumulative_outflow)
     with cutoff as (select coalesce($1::date, (select max(event_date) from daily_flows)) as day),
     flows as (
       select date_trunc('week', event_date)::date as week_start, scheme_code, municipality_code, area,
              sum(inflow)::int as inflow, sum(outflow)::int as outflow, sum(reopened)::int as reopened,
              sum(withdrawn)::int as withdrawn, sum(paused)::int as paused, sum(resumed)::int as resumed
         from daily_flows, cutoff where registered_on <= cutoff.day and event_date <= cutoff.day
        group by 1, 2, 3, 4),
     spans as (select scheme_code, municipality_code, area, min(week_start) as first_week from flows group by 1, 2, 3),
     grid as (
       select s.scheme_code, s.municipality_code, s.area, g::date as week_start
         from spans s, cutoff c, generate_series(s.first_week, date_trunc('week', c.day)::date, interval '7 days') g)
     select g.week_start, g.scheme_code, g.municipality_code, g.area,
            coalesce(f.inflow, 0), coalesce(f.outflow, 0), coalesce(f.reopened, 0), coalesce(f.withdrawn, 0),
            coalesce(f.paused, 0), coalesce(f.resumed, 0),
            sum(coalesce(f.inflow, 0) - coalesce(f.outflow, 0) + coalesce(f.reopened, 0) - coalesce(f.withdrawn, 0)) over w,
            sum(coalesce(f.paused, 0) - coalesce(f.resumed, 0)) over w,
            sum(coalesce(f.inflow, 0)) over w, sum(coalesce(f.outflow, 0)) over w
       from grid g left join flows f using (scheme_code, municipality_code, area, week_start)
     window w as (partition by g.scheme_code, g.municipality_code, g.area order by g.week_start)`,
    [info?.value ?? null],
  );
  // Open cases on the data's own date by date of receipt: each application's last opening or
  // closing event then (the one definition of "open", schema/open-cases.ts).
  await session.query(
    `insert into open_by_received (scheme_code, municipality_code, area, received_on, open)
     with cutoff as (select coalesce($1::date, (select max(event_date) from status_events)) as day),
     last_transition as (
       select distinct on (e.application_id) e.application_id, e.to_status
         from status_events e, cutoff c
        where e.event_date <= c.day and e.registered_on <= c.day and e.to_status in (${TRANSITION_STATUS_LIST})
        order by e.application_id, e.event_date desc, e.id desc)
     select a.scheme_code, o.municipality_code, o.area, a.received_on, count(*)::int
       from applications a
       join objects o on o.id = a.object_id
       join last_transition l on l.application_id = a.id, cutoff c
      where a.received_on <= c.day and l.to_status in (${OPENING_STATUS_LIST})
      group by 1, 2, 3, 4`,
    [info?.value ?? null],
  );
  await session.query(
    `insert into first_decisions (application_id, scheme_code, municipality_code, area, received_on, decided_on, registered_on, paused_days)
     select distinct on (e.application_id) e.application_id, a.scheme_code, o.municipality_code, o.area, a.received_on, e.event_date, e.registered_on, 0
       from status_events e
       join applications a on a.id = e.application_id
       join objects o on o.id = a.object_id
      where e.to_status = 'besluit'
      order by e.application_id, e.event_date, e.id`,
  );
  // Pauses before the first decision: each 'aangehouden' lasts until the case's next status
  // change (or the decision, whichever is first). Only cases that were ever paused are read.
  await session.query(
    `with paused_cases as (select distinct application_id from status_events where to_status = 'aangehouden'),
     steps as (
       select e.application_id, e.to_status, e.event_date,
              lead(e.event_date) over (partition by e.application_id order by e.event_date, e.id) as next_date
         from status_events e join paused_cases p using (application_id)),
     pauses as (
       select s.application_id, sum(greatest(0, least(coalesce(s.next_date, f.decided_on), f.decided_on) - s.event_date))::int as days
         from steps s join first_decisions f using (application_id)
        where s.to_status = 'aangehouden' and s.event_date < f.decided_on
        group by 1)
     update first_decisions f set paused_days = p.days from pauses p where p.application_id = f.application_id and p.days > 0`,
  );
  await session.query(
    `insert into objections_per_day (received_on, scheme_code, objections)
     select o.received_on, a.scheme_code, count(*)::int
       from objections o join applications a on a.id = o.application_id
      group by 1, 2`,
  );
  // Opened, closed and open per week of the things with a start and an end.
  await session.query(
    `insert into weekly_spans (kind, week_start, opened, closed, open)
     with cutoff as (select coalesce($1::date, (select max(event_date) from status_events)) as day),
     spans as (
       select 'aos_reports' as kind, reported_on as opened, resolved_on as closed from aos_reports
       union all select 'acutely_unsafe', reported_on, resolved_on from aos_reports where valid
       union all select 'samenloop', started_on, closed_on from samenloop_cases
       union all select 'objections', received_on, decided_on from objections),
     known as (
       select s.kind, s.opened, case when s.closed <= c.day then s.closed end as closed
         from spans s, cutoff c where s.opened <= c.day),
     opened as (select kind, date_trunc('week', opened)::date as week_start, count(*)::int as n from known group by 1, 2),
     closed as (select kind, date_trunc('week', closed)::date as week_start, count(*)::int as n from known where closed is not null group by 1, 2),
     kinds as (select kind, min(date_trunc('week', opened))::date as first_week from known group by 1),
     grid as (
       select k.kind, g::date as week_start
         from kinds k, cutoff c, generate_series(k.first_week, date_trunc('week', c.day)::date, interval '7 days') g)
     select g.kind, g.week_start, coalesce(o.n, 0), coalesce(x.n, 0),
            sum(coalesce(o.n, 0) - coalesce(x.n, 0)) over (partition by g.kind order by g.week_start)
       from grid g left join opened o using (kind, week_start) left join closed x using (kind, week_start)`,
    [info?.value ?? null],
  );
  // Kaplan–Meier input per scheme and month of receipt, as known on the data's own date: a case
  // decided is an event at its first decision; one still open is censored at its age then, one
  // withdrawn before a decision is censored at its withdrawal (the standard treatment).
  await session.query(
    `insert into cohort_lead_times (scheme_code, received_month, t, events, censored)
     with cutoff as (select coalesce($1::date, (select max(event_date) from status_events)) as day),
     withdrawn as (
       select e.application_id, min(e.event_date) as withdrawn_on from status_events e, cutoff c
        where e.to_status = 'ingetrokken' and e.registered_on <= c.day and e.event_date <= c.day
        group by 1)
     select a.scheme_code, to_char(a.received_on, 'YYYY-MM'),
            (coalesce(f.decided_on, w.withdrawn_on, c.day) - a.received_on)::int,
            count(*) filter (where f.decided_on is not null), count(*) filter (where f.decided_on is null)
       from applications a cross join cutoff c
       left join first_decisions f on f.application_id = a.id and f.registered_on <= c.day and f.decided_on <= c.day
       left join withdrawn w on w.application_id = a.id
      where a.received_on <= c.day
      group by 1, 2, 3`,
    [info?.value ?? null],
  );
  // The period view's percentiles per week and scheme, and per week over all schemes.
  const percentiles = (basis: 'gross' | 'net') => {
    const days =
      basis === 'gross'
        ? 'd.decided_on - d.received_on'
        : 'd.decided_on - d.received_on - d.paused_days';
    return `select date_trunc('week', d.decided_on)::date, coalesce(d.scheme_code, 'ALL'), '${basis}', count(*)::int,
                   percentile_disc(0.5) within group (order by ${days}),
                   percentile_disc(0.8) within group (order by ${days}),
                   percentile_disc(0.95) within group (order by ${days})
              from first_decisions d, cutoff c
             where d.registered_on <= c.day and d.decided_on <= c.day
             group by grouping sets ((date_trunc('week', d.decided_on)::date, d.scheme_code), (date_trunc('week', d.decided_on)::date))`;
  };
  await session.query(
    `insert into weekly_lead_times (week_start, scheme_code, basis, decisions, p50, p80, p95)
     with cutoff as (select coalesce($1::date, (select max(event_date) from status_events)) as day)
     ${percentiles('gross')} union all ${percentiles('net')}`,
    [info?.value ?? null],
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
