/**
 * "Open" as SQL, from the one definition in `enums.ts` (OPENING_STATUSES, CLOSING_STATUSES), for
 * every query that counts open cases: the rollups, the ageing, the stocks. A case's open state on a
 * date is its last opening or closing event as known then; the stock is the running sum of
 * openings minus closings, which is the same number while every case's events alternate (the
 * property tests of packages/reporting check it over generated data).
 */
import { CLOSING_STATUSES, OPENING_STATUSES } from './enums';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/** The statuses that open or close a case, as an SQL list. */
export const TRANSITION_STATUS_LIST = list([...OPENING_STATUSES, ...CLOSING_STATUSES]);
/** The statuses that open a case, as an SQL list. */
export const OPENING_STATUS_LIST = list(OPENING_STATUSES);

/** +1 for an event that opens a case, -1 for one that closes it, 0 otherwise. */
export const openDelta = (status: string): string =>
  `(case when ${status} in (${OPENING_STATUS_LIST}) then 1 when ${status} in (${list(CLOSING_STATUSES)}) then -1 else 0 end)`;

/**
 * Whether application `application` is open on date `day` (SQL expressions), as known then: its
 * last opening or closing event with event date and registration date on or before the day.
 */
export const isOpenOn = (application: string, day: string): string =>
  `coalesce((select e.to_status in (${OPENING_STATUS_LIST}) from status_events e
     where e.application_id = ${application} and e.to_status in (${TRANSITION_STATUS_LIST})
       and e.event_date <= ${day} and e.registered_on <= ${day}
     order by e.event_date desc, e.id desc limit 1), false)`;
