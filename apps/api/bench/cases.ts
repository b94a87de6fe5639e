/**
 * What the API benchmark calls: every procedure with varied inputs, and for each the same
 * question put as a straightforward SQL query over the raw tables (what a BI tool would run),
 * the baseline of the "20x faster" figure. Dates are the data's own unless an input names one.
 */
import type { RouterOutputs } from '@img-groningen/reporting';

export interface BenchCase {
  path: string;
  management?: boolean;
  inputs: (Record<string, unknown> | undefined)[];
  /** The raw-SQL baseline: text and parameters for an input; absent where the procedure's own tables are the raw ones. */
  raw?: (input: Record<string, unknown> | undefined, asOf: string) => [string, unknown[]];
  /** Why there is no baseline. */
  noBaseline?: string;
  /**
   * That the baseline answers the same question: the differences between the procedure's live
   * answer and the baseline's rows for one input (none expected). The input it is checked on.
   */
  same?: {
    input: Record<string, unknown> | undefined;
    differences: (answer: unknown, rows: Row[]) => string[];
  };
}

/** A row as the pg driver returns it. */
type Row = Record<string, unknown>;
type Out = RouterOutputs;

/** The rows where two lists differ, described. */
function compare<A, B>(answers: A[], rows: B[], equal: (a: A, r: B) => boolean): string[] {
  const out: string[] = [];
  if (answers.length !== rows.length) out.push(`${answers.length} answers, ${rows.length} rows`);
  answers.forEach((a, i) => {
    const r = rows[i];
    if (r === undefined || !equal(a, r)) out.push(`${JSON.stringify(a)} ≠ ${JSON.stringify(r)}`);
  });
  return out;
}
const round = (n: unknown, digits: number) =>
  n === null || n === undefined ? null : Math.round(Number(n) * 10 ** digits) / 10 ** digits;
const dateText = (d: unknown) =>
  d instanceof Date
    ? `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
    : String(d);

const SCHEMES = ['MAATWERK', 'VES', 'AVV', 'HEA', 'HIN', 'WDW', 'IMS'] as const;
const MUNICIPALITIES = ['GM0014', 'GM1979', 'GM1952', 'GM0037', 'GM1966', 'GM0047'] as const;
const YEARS = [2019, 2021, 2022, 2023, 2024, 2025, 2026] as const;
const pick = <T>(list: readonly T[], i: number) => list[i % list.length]!;

/** Thirty inputs made by a function of the call number. */
const vary = (f: (i: number) => Record<string, unknown> | undefined) =>
  Array.from({ length: 30 }, (_, i) => f(i));

const LAST_STATUS = `select distinct on (e.application_id) e.application_id, e.to_status
  from status_events e where e.event_date <= $1::date and e.registered_on <= $1::date
  order by e.application_id, e.event_date desc, e.id desc`;
const FIRST_DECISION = `select e.application_id, min(e.event_date) as decided from status_events e
  where e.to_status = 'besluit' and e.event_date <= $1::date and e.registered_on <= $1::date group by 1`;
const CLOSED = `('besluit', 'uitbetaald', 'ingetrokken')`;

export const CASES: BenchCase[] = [
  {
    path: 'applications.perScheme',
    inputs: vary((i) => (i % 3 === 0 ? undefined : { municipality: pick(MUNICIPALITIES, i) })),
    raw: (input, asOf) => [
      `with last as (${LAST_STATUS})
       select a.scheme_code, count(*) as received,
              count(*) filter (where l.to_status not in ${CLOSED}) as open
         from applications a join objects o on o.id = a.object_id join last l on l.application_id = a.id
        where a.received_on <= $1::date and ($2::text is null or o.municipality_code = $2)
        group by 1`,
      [asOf, input?.municipality ?? null],
    ],
  },
  {
    path: 'progress.weekly',
    inputs: vary((i) => ({
      year: pick(YEARS, i),
      ...(i % 2 ? { scheme: pick(SCHEMES, i) } : {}),
      ...(i % 3 === 1 ? { municipality: pick(MUNICIPALITIES, i) } : {}),
      // The area alone or with a scheme: a municipality with an area is not a published grain.
      ...(i % 5 === 2 && i % 3 !== 1 ? { area: 'kern' } : {}),
    })),
    raw: (input, asOf) => [
      `with flows as (
         select date_trunc('week', e.event_date)::date as week, a.scheme_code,
                count(*) filter (where e.to_status = 'ontvangen') as inflow,
                count(*) filter (where e.to_status = 'besluit') as outflow,
                count(*) filter (where e.to_status = 'besluit_herroepen') as reopened,
                count(*) filter (where e.to_status = 'ingetrokken') as withdrawn,
                count(*) filter (where e.to_status = 'aangehouden') - count(*) filter (where e.from_status = 'aangehouden') as paused
           from status_events e join applications a on a.id = e.application_id join objects o on o.id = a.object_id
          where e.event_date <= $1::date and e.registered_on <= $1::date
            and ($3::text is null or a.scheme_code = $3) and ($4::text is null or o.municipality_code = $4)
            and ($5::text is null or o.area = $5)
          group by 1, 2),
       running as (
         select *, sum(inflow - outflow + reopened - withdrawn) over w as stock, sum(paused) over w as paused_stock
           from flows window w as (partition by scheme_code order by week))
       select * from running where extract(isoyear from week) = $2 order by week, scheme_code`,
      [asOf, input!.year, input!.scheme ?? null, input!.municipality ?? null, input!.area ?? null],
    ],
  },
  {
    path: 'relatedCases.weekly',
    inputs: vary((i) => ({ year: pick(YEARS, i) })),
    raw: (input, asOf) => [
      `select g::date as week,
              (select count(*) from aos_reports r where r.reported_on >= g and r.reported_on < g + interval '7 days') as opened,
              (select count(*) from aos_reports r where r.resolved_on >= g and r.resolved_on < g + interval '7 days' and r.resolved_on <= $1::date) as closed,
              (select count(*) from aos_reports r where r.reported_on < g + interval '7 days' and (r.resolved_on is null or r.resolved_on >= g + interval '7 days' or r.resolved_on > $1::date)) as open,
              (select count(*) from samenloop_cases s where s.started_on >= g and s.started_on < g + interval '7 days') as samenloop_opened,
              (select count(*) from samenloop_cases s where s.started_on < g + interval '7 days' and (s.closed_on is null or s.closed_on >= g + interval '7 days')) as samenloop_open
         from generate_series(to_date($2::text || '-1-1', 'IYYY-IW-ID'), least(to_date(($2::int + 1)::text || '-1-1', 'IYYY-IW-ID') - 1, $1::date), interval '7 days') g`,
      [asOf, String(input!.year)],
    ],
  },
  {
    path: 'leadTimes.cohorts',
    inputs: vary((i) => ({ year: pick(YEARS, i), scheme: pick(SCHEMES, i + 1) })),
    // Kaplan–Meier in SQL: per intake month the survival curve (open cases censored on the date,
    // withdrawn ones at their withdrawal), read at days 91, 182 and 365, and its median.
    raw: (input, asOf) => [
      `with first_decision as (${FIRST_DECISION}),
       withdrawn as (
         select application_id, min(event_date) as withdrawn_on from status_events
          where to_status = 'ingetrokken' and event_date <= $1::date and registered_on <= $1::date group by 1),
       durations as (
         select to_char(a.received_on, 'YYYY-MM') as month,
                coalesce(f.decided, w.withdrawn_on, $1::date) - a.received_on as t,
                f.decided is not null as decided
           from applications a left join first_decision f on f.application_id = a.id
           left join withdrawn w on w.application_id = a.id
          where a.scheme_code = $2 and extract(year from a.received_on) = $3 and a.received_on <= $1::date),
       steps as (
         select month, t, count(*) filter (where decided) as d, count(*) as leaving from durations group by 1, 2),
       risk as (
         select *, sum(leaving) over (partition by month order by t desc) as at_risk from steps),
       km as (
         select month, t, leaving,
                case when bool_or(d = at_risk) over w then 0
                     else exp(sum(case when d < at_risk then ln(1 - d::float8 / at_risk) else 0 end) over w) end as survival
           from risk window w as (partition by month order by t))
       select month, sum(leaving) as cases,
              1 - coalesce(min(survival) filter (where t <= 91), 1) as by_91,
              1 - coalesce(min(survival) filter (where t <= 182), 1) as by_182,
              1 - coalesce(min(survival) filter (where t <= 365), 1) as by_365,
              min(t) filter (where survival <= 0.5) as median_days
         from km group by month order by month`,
      [asOf, input!.scheme, input!.year],
    ],
    same: {
      input: { year: 2024, scheme: 'VES' },
      differences: (answer, rows) =>
        compare(
          (answer as Out['leadTimes']['cohorts']).months,
          rows,
          (a, r) =>
            a.month === r.month &&
            (a.cases.value === null
              ? Number(r.cases) < 10
              : Math.abs(a.cases.value - Number(r.cases)) < 5) &&
            // A share or median the disclosure rules hold back is null; any shown is the baseline's.
            [91, 182, 365].every((t) => {
              const shown = a.decidedBy[t as 91 | 182 | 365];
              return shown === null || shown === round(r[`by_${t}`], 3);
            }) &&
            (a.medianDays === null || a.medianDays === r.median_days),
        ),
    },
  },
  {
    path: 'leadTimes.realized',
    inputs: vary((i) => ({ scheme: pick(SCHEMES, i), ...(i % 2 ? { basis: 'net' } : {}) })),
    raw: (input, asOf) => [
      `with first_decision as (${FIRST_DECISION}),
       last as (select f.decided - a.received_on as days from first_decision f join applications a on a.id = f.application_id
                 where a.scheme_code = $2 order by f.decided desc, a.id desc limit 2500)
       select percentile_cont(0.5) within group (order by days), avg((days <= 182)::int) from last`,
      [asOf, input!.scheme],
    ],
  },
  {
    path: 'leadTimes.weekly',
    inputs: vary((i) => ({
      year: pick(YEARS, i),
      ...(i % 2 ? { scheme: pick(SCHEMES, i) } : {}),
      ...(i % 3 === 0 ? { basis: 'net' } : {}),
    })),
    raw: (input, asOf) => [
      `with first_decision as (${FIRST_DECISION})
       select date_trunc('week', f.decided) as week, count(*),
              percentile_disc(array[0.5, 0.8, 0.95]) within group (order by f.decided - a.received_on)
         from first_decision f join applications a on a.id = f.application_id
        where extract(isoyear from f.decided) = $2 and ($3::text is null or a.scheme_code = $3)
        group by 1 order by 1`,
      [asOf, input!.year, input!.scheme ?? null],
    ],
  },
  {
    path: 'leadTimes.expected',
    inputs: vary((i) => (i % 4 === 0 ? undefined : { scheme: pick(SCHEMES, i) })),
    raw: (input, asOf) => [
      `with last as (${LAST_STATUS})
       select (select count(*) from applications a join last l on l.application_id = a.id
                where l.to_status not in ${CLOSED} and ($2::text is null or a.scheme_code = $2)) as stock,
              (select count(*) from status_events e join applications a on a.id = e.application_id
                where e.to_status = 'besluit' and e.event_date > $1::date - 91 and e.event_date <= $1::date
                  and ($2::text is null or a.scheme_code = $2)) / 13.0 as weekly_outflow`,
      [asOf, input?.scheme ?? null],
    ],
  },
  {
    path: 'leadTimes.ageing',
    inputs: vary((i) =>
      i % 3 === 0
        ? undefined
        : {
            scheme: pick(SCHEMES, i),
            ...(i % 2 ? { municipality: pick(MUNICIPALITIES, i) } : {}),
          },
    ),
    raw: (input, asOf) => [
      `with last as (${LAST_STATUS})
       select width_bucket($1::date - a.received_on, array[92, 183, 366, 731]) as bucket, count(*)
         from applications a join objects o on o.id = a.object_id join last l on l.application_id = a.id
        where l.to_status not in ${CLOSED} and ($2::text is null or a.scheme_code = $2)
          and ($3::text is null or o.municipality_code = $3)
        group by 1`,
      [asOf, input?.scheme ?? null, input?.municipality ?? null],
    ],
  },
  {
    path: 'objections.summary',
    inputs: vary(() => undefined),
    raw: (_input, asOf) => [
      `select (select count(*) from objections where received_on <= $1::date and (decided_on is null or decided_on > $1::date)) as open,
              (select json_agg(x) from (select a.scheme_code, count(*) from objections o join applications a on a.id = o.application_id where o.received_on <= $1::date group by 1) x) as per_scheme,
              (select json_agg(x) from (select a.scheme_code, count(*) from applications a where a.decided_on <= $1::date group by 1) x) as decisions,
              (select json_agg(x) from (select g, count(*) from objections, unnest(grounds) g where received_on <= $1::date group by 1) x) as grounds`,
      [asOf],
    ],
  },
  {
    path: 'objections.weekly',
    inputs: vary((i) => ({ year: pick(YEARS, i) })),
    raw: (input, asOf) => [
      `select g::date as week,
              (select count(*) from objections o where o.received_on >= g and o.received_on < g + interval '7 days') as received,
              (select count(*) from objections o where o.decided_on >= g and o.decided_on < g + interval '7 days' and o.decided_on <= $1::date) as decided,
              (select count(*) from objections o where o.received_on < g + interval '7 days' and (o.decided_on is null or o.decided_on >= g + interval '7 days' or o.decided_on > $1::date)) as open
         from generate_series(to_date($2::text || '-1-1', 'IYYY-IW-ID'), least(to_date(($2::int + 1)::text || '-1-1', 'IYYY-IW-ID') - 1, $1::date), interval '7 days') g`,
      [asOf, String(input!.year)],
    ],
  },
  {
    path: 'meta.info',
    inputs: vary(() => undefined),
    noBaseline: 'reference tables only (schemes, municipalities): no raw-table question to compare',
  },
  {
    path: 'publications.list',
    inputs: vary(() => undefined),
    noBaseline: 'the index of the publications: a list, nothing computed from the raw tables',
  },
  {
    path: 'objections.deadlines',
    management: true,
    inputs: vary((i) => ({ include: pick(['all', 'at-risk', 'overdue'] as const, i) })),
    // The terms in SQL: TERM-1 and TERM-2 by counting, each end moved past weekends and the
    // public holidays of TERM-4 (Easter by the Meeus/Jones/Butcher rule, as statutory-terms does),
    // the TERM-5 penalty ladder from the due date.
    raw: (input, asOf) => [
      `with years as (select generate_series(2015, 2040) as y),
       easter as (
         select y, make_date(y, (h + l - 7 * m + 114) / 31, (h + l - 7 * m + 114) % 31 + 1) as e
           from (select y, h, l, (a + 11 * h + 22 * l) / 451 as m
                   from (select y, a, h, (32 + 2 * (b % 4) + 2 * (c / 4) - h - c % 4) % 7 as l
                           from (select y, y % 19 as a, y / 100 as b, y % 100 as c,
                                        (19 * (y % 19) + y / 100 - y / 100 / 4 - (y / 100 - (y / 100 + 8) / 25 + 1) / 3 + 15) % 30 as h
                                   from years) x) z) w),
       holidays as (
         select make_date(y, 1, 1) as d from years
         union all select e - 2 from easter union all select e + 1 from easter
         union all select case when extract(isodow from make_date(y, 4, 27)) = 7 then make_date(y, 4, 26) else make_date(y, 4, 27) end from years
         union all select make_date(y, 5, 5) from years
         union all select e + 39 from easter union all select e + 50 from easter
         union all select make_date(y, 12, 25) from years union all select make_date(y, 12, 26) from years),
       open as (
         select o.id, a.scheme_code, o.received_on, o.hearing_on, o.advisory_committee, o.suspension_days,
                (case when o.advisory_committee then 12 else 6 end + case when o.extension_weeks > 0 then 6 else 0 end) * 7 as decision_days,
                o.decision_date + s.objection_term_weeks * 7 as filing_counted
           from objections o join applications a on a.id = o.application_id join schemes s on s.code = a.scheme_code
          where o.received_on <= $1::date and (o.decided_on is null or o.decided_on > $1::date)),
       filed as materialized (
         select o.*, c.holidays, (select min(g::date) from generate_series(o.filing_counted, o.filing_counted + 14, interval '1 day') g
                       where extract(isodow from g) < 6 and g::date <> all (c.holidays)) as filing_end
           from open o cross join (select array_agg(d) as holidays from holidays) c),
       due as materialized (
         select f.*, (select min(g::date) from generate_series(f.filing_end + f.decision_days + f.suspension_days, f.filing_end + f.decision_days + f.suspension_days + 14, interval '1 day') g
                       where extract(isodow from g) < 6 and g::date <> all (f.holidays)) as due_on
           from filed f),
       judged as (
         select id, scheme_code, received_on, due_on, due_on - $1::date as days_left, $1::date - received_on as age_days,
                case when hearing_on <= $1::date then 'hearing' when advisory_committee then 'advisory-committee' else 'intake' end as stage,
                case when due_on < $1::date then 'overdue' when due_on - $1::date <= 14 then 'at-risk' else 'on-time' end as status,
                least(42, greatest(0, $1::date - due_on - 14)) as penalty_days
           from due)
       select *, least(penalty_days, 14) * 2300 + greatest(0, least(penalty_days - 14, 14)) * 3500 + greatest(0, penalty_days - 28) * 4500 as penalty_cents
         from judged where status <> 'on-time' and ($2::text = 'all' or status = $2)
        order by due_on, id`,
      [asOf, input!.include],
    ],
    same: {
      input: { include: 'all' },
      differences: (answer, rows) =>
        compare(
          (answer as Out['objections']['deadlines']).objections,
          rows,
          (a, r) =>
            a.id === r.id &&
            a.due === dateText(r.due_on) &&
            a.status === r.status &&
            a.stage === r.stage &&
            a.ageDays === r.age_days &&
            a.penaltyExposureCents === Number(r.penalty_cents),
        ),
    },
  },
  {
    path: 'contractors.continuity',
    management: true,
    inputs: vary(() => undefined),
    raw: (_input, asOf) => [
      `with hours as (
         select c.id, c.name,
                coalesce(sum(j.estimated_hours) filter (where j.assigned_on <= $1::date and (j.completed_on is null or j.completed_on > $1::date)), 0) as remaining,
                coalesce(sum(j.estimated_hours) filter (where j.completed_on <= $1::date and j.completed_on > $1::date - 91), 0) / 13.0 * 52 / 12 as monthly
           from contractors c left join repair_jobs j on j.contractor_id = c.id group by c.id, c.name),
       weekly as (
         select c.id, w, coalesce(sum(j.estimated_hours), 0) as hours
           from contractors c cross join generate_series(0, 25) w
           left join repair_jobs j on j.contractor_id = c.id and j.assigned_on <= $1::date - w * 7 and j.assigned_on > $1::date - (w + 1) * 7
          group by c.id, w),
       swing as (
         select id, case when avg(hours) > 0 and max(hours) > 0 then stddev_pop(hours) / avg(hours) end as swing from weekly group by id)
       select h.*, h.remaining / nullif(h.monthly, 0) as months, h.remaining / nullif(h.monthly, 0) < 6 as flagged, s.swing,
              sum(h.remaining) over () as market_remaining, sum(h.monthly) over () as market_monthly
         from hours h join swing s using (id) order by h.id`,
      [asOf],
    ],
    same: {
      input: undefined,
      differences: (answer, rows) =>
        compare(
          (answer as Out['contractors']['continuity']).contractors,
          rows,
          (a, r) =>
            a.contractorId === r.id &&
            a.remainingHours === Number(r.remaining) &&
            a.monthsOfWork === round(r.months, 1) &&
            a.belowSixMonths === (r.flagged ?? false) &&
            a.swing === round(r.swing, 3),
        ),
    },
  },
  {
    path: 'contractors.forecast',
    management: true,
    inputs: vary(() => undefined),
    raw: (_input, asOf) => [
      `with open_jobs as (
         select greatest(0, (planned_start - $1::date) / 7) as start_week, estimated_hours,
                greatest(1, ceil(estimated_hours / 40.0))::int as weeks
           from repair_jobs where assigned_on <= $1::date and (completed_on is null or completed_on > $1::date)),
       committed as (
         select w, sum(estimated_hours::numeric / weeks) as hours
           from open_jobs, generate_series(start_week, start_week + weeks - 1) w where w < 26 group by w),
       unassigned as (
         select count(*) as n from applications a
          where a.scheme_code in ('HEA', 'HIN') and a.received_on <= $1::date
            and not exists (select 1 from repair_jobs j where j.application_id = a.id and j.assigned_on <= $1::date)
            and not exists (select 1 from status_events e where e.application_id = a.id and e.event_date <= $1::date
                              and e.to_status in ('ingetrokken', 'besluit'))),
       rates as (
         select count(*) filter (where a.received_on > $1::date - 91 and a.received_on <= $1::date) / 13.0 as weekly_intake,
                count(*) filter (where a.received_on > $1::date - 455 and a.received_on <= $1::date - 91 and exists
                  (select 1 from repair_jobs j where j.application_id = a.id and j.assigned_on <= $1::date))::numeric
                  / nullif(count(*) filter (where a.received_on > $1::date - 455 and a.received_on <= $1::date - 91), 0) as conversion,
                (select avg(estimated_hours) from repair_jobs where assigned_on <= $1::date and assigned_on > $1::date - 182) as average_hours,
                (select sum(weekly_capacity_hours) from contractors where admitted_on <= $1::date) as capacity
           from applications a where a.scheme_code in ('HEA', 'HIN'))
       select w + 1 as week, coalesce(c.hours, 0) as committed,
              u.n * r.conversion * r.average_hours / 26 as pipeline, r.weekly_intake * r.conversion * r.average_hours as intake,
              r.capacity
         from generate_series(0, 25) w left join committed c using (w) cross join unassigned u cross join rates r order by w`,
      [asOf],
    ],
    same: {
      input: undefined,
      differences: (answer, rows) =>
        compare(
          (answer as Out['contractors']['forecast']).weeks,
          rows,
          (a, r) =>
            a.week === r.week &&
            a.committedHours === Math.round(Number(r.committed)) &&
            a.pipelineHours === Math.round(Number(r.pipeline)) &&
            a.intakeHours === Math.round(Number(r.intake)) &&
            a.capacityHours === Number(r.capacity),
        ),
    },
  },
  {
    path: 'outreach.perMunicipality',
    management: true,
    inputs: vary((i) => (i % 2 ? undefined : { municipality: pick(MUNICIPALITIES, i) })),
    // Only the addresses that never applied, per municipality: the vibration per address (the
    // ground-motion model over the quake catalogue) and the zones are beyond SQL, so this is
    // less than the whole question costs.
    raw: (input, asOf) => [
      `select o.municipality_code, m.name, count(*) as never_applied
         from objects o join municipalities m on m.code = o.municipality_code
        where not exists (select 1 from applications a where a.object_id = o.id and a.received_on <= $1::date)
          and ($2::text is null or o.municipality_code = $2)
        group by 1, 2 order by 1`,
      [asOf, input?.municipality ?? null],
    ],
    same: {
      input: undefined,
      differences: (answer, rows) =>
        compare(
          [...(answer as Out['outreach']['perMunicipality']).municipalities].sort((x, y) =>
            x.municipalityCode.localeCompare(y.municipalityCode),
          ),
          rows,
          (a, r) =>
            a.municipalityCode === r.municipality_code &&
            a.neverApplied === Number(r.never_applied),
        ),
    },
  },
  {
    path: 'outreach.addresses',
    management: true,
    inputs: vary((i) => ({
      municipality: pick(MUNICIPALITIES, i),
      ...(i % 2 ? { verdict: 'VES-5a' } : {}),
      offset: (i % 3) * 100,
    })),
    // As for perMunicipality: the page of addresses that never applied, without their verdict.
    raw: (input, asOf) => [
      `select o.id, o.street, o.house_number, o.postcode, o.city, o.construction_year, count(*) over () as total
         from objects o
        where o.municipality_code = $2
          and not exists (select 1 from applications a where a.object_id = o.id and a.received_on <= $1::date)
        order by o.id limit 100 offset $3`,
      [asOf, input!.municipality, input!.offset],
    ],
  },
];
