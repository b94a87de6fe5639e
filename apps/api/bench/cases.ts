/**
 * What the API benchmark calls: every procedure with varied inputs, and for each the same
 * question put as a straightforward SQL query over the raw tables (what a BI tool would run),
 * the baseline of the "20x faster" figure. Dates are the data's own unless an input names one.
 */

export interface BenchCase {
  path: string;
  management?: boolean;
  inputs: (Record<string, unknown> | undefined)[];
  /** The raw-SQL baseline: text and parameters for an input; absent where the procedure's own tables are the raw ones. */
  raw?: (input: Record<string, unknown> | undefined, asOf: string) => [string, unknown[]];
  /** Why there is no baseline. */
  noBaseline?: string;
}

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
         select *, sum(inflow - outflow + reopened - withdrawn) over w as stock, sum(paused) over w as paused_stock,
                sum(inflow) over w as cumulative_inflow, sum(outflow) over w as cumulative_outflow
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
    raw: (input, asOf) => [
      `with first_decision as (${FIRST_DECISION})
       select to_char(a.received_on, 'YYYY-MM') as month, (coalesce(f.decided, $1::date) - a.received_on) as t,
              count(*) filter (where f.decided is not null) as events, count(*) filter (where f.decided is null) as censored
         from applications a left join first_decision f on f.application_id = a.id
        where a.scheme_code = $2 and extract(year from a.received_on) = $3 and a.received_on <= $1::date
        group by 1, 2`,
      [asOf, input!.scheme, input!.year],
    ],
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
    noBaseline: 'reads the objections table itself; deadlines need the statutory-terms calendar',
  },
  {
    path: 'contractors.continuity',
    management: true,
    inputs: vary(() => undefined),
    noBaseline: 'reads the repair_jobs table itself',
  },
  {
    path: 'contractors.forecast',
    management: true,
    inputs: vary(() => undefined),
    noBaseline: 'reads the repair_jobs and applications tables itself',
  },
  {
    path: 'outreach.perMunicipality',
    management: true,
    inputs: vary((i) => (i % 2 ? undefined : { municipality: pick(MUNICIPALITIES, i) })),
    noBaseline: 'PGV per address needs the ground-motion model; SQL alone cannot answer it',
  },
  {
    path: 'outreach.addresses',
    management: true,
    inputs: vary((i) => ({
      municipality: pick(MUNICIPALITIES, i),
      ...(i % 2 ? { verdict: 'VES-5a' } : {}),
      offset: (i % 3) * 100,
    })),
    noBaseline: 'PGV per address needs the ground-motion model; SQL alone cannot answer it',
  },
];
