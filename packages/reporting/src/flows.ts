/**
 * Flow sums per scheme as known on a date: on the data's own date from the weekly rollup (a few
 * thousand rows), on any other from the daily one with its registration dates. Parameters: $1
 * the date, $2 a municipality code or null. Columns: scheme_code, inflow, outflow, reopened, withdrawn.
 */
export function flowsAsOf(onDataDate: boolean): string {
  return onDataDate
    ? `select scheme_code, inflow, outflow, reopened, withdrawn from weekly_flows
        where $1::date is not null and ($2::text is null or municipality_code = $2)`
    : `select scheme_code, inflow, outflow, reopened, withdrawn from daily_flows
        where event_date <= $1::date and registered_on <= $1::date and ($2::text is null or municipality_code = $2)`;
}
