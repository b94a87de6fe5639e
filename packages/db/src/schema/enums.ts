/**
 * Closed vocabularies of the reporting domain, as `as const` tuples so that the database
 * (check constraints), zod and TypeScript share one list. Dutch codes where the domain term
 * has no good English (see docs/glossary.md).
 */

/** Scheme codes (domain.md §1): the one list, shared with the domain packages. */
export { SCHEME_CODES, type SchemeCode } from '@img-groningen/vocabulary';

export const PROVINCES = ['Groningen', 'Drenthe'] as const;
export type Province = (typeof PROVINCES)[number];

/** Core area (kerngebied) or edge (rand), used for AVV phasing (AVV-2) and reporting. */
export const AREA_KINDS = ['kern', 'rand'] as const;
export type AreaKind = (typeof AREA_KINDS)[number];

export const APPLICANT_KINDS = ['natuurlijk_persoon', 'rechtspersoon'] as const;
export type ApplicantKind = (typeof APPLICANT_KINDS)[number];

/**
 * Statuses of an application. `aangehouden` is a suspension (paused case, e.g. the 2023
 * option to pause); `besluit_herroepen` reverses a decision (the case is open again).
 */
export const APPLICATION_STATUSES = [
  'ontvangen',
  'in_behandeling',
  'opname',
  'advies',
  'aangehouden',
  'besluit',
  'besluit_herroepen',
  'uitbetaald',
  'herstel_gestart',
  'herstel_gereed',
  'ingetrokken',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/**
 * The one definition of an open case (domain: "in behandeling"): received, and neither decided nor
 * withdrawn, as known on a date. A case opens with its receipt and again when a decision is
 * revoked; it closes with a decision or a withdrawal. No other status opens or closes it: a
 * payment, a repair step or a pause changes nothing about whether a case is open. Every stock
 * (flows, ageing, per scheme, per municipality, open data) is counted from these two lists
 * (see `open-cases.ts` for the SQL).
 */
export const OPENING_STATUSES = [
  'ontvangen',
  'besluit_herroepen',
] as const satisfies readonly ApplicationStatus[];
export const CLOSING_STATUSES = [
  'besluit',
  'ingetrokken',
] as const satisfies readonly ApplicationStatus[];

export const DECISION_OUTCOMES = ['toegekend', 'deels_toegekend', 'afgewezen'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

export const OBJECTION_OUTCOMES = [
  'gegrond',
  'deels_gegrond',
  'ongegrond',
  'niet_ontvankelijk',
  'ingetrokken',
] as const;
export type ObjectionOutcome = (typeof OBJECTION_OUTCOMES)[number];

/** Grounds of an objection, registered so they can be fed back to the chain (domain.md §7). */
export const OBJECTION_GROUNDS = [
  'causaliteit',
  'hoogte_vergoeding',
  'trillingssnelheid',
  'schadeomvang',
  'eigendom',
  'deskundigenadvies',
  'procedure',
  'termijn',
] as const;
export type ObjectionGround = (typeof OBJECTION_GROUNDS)[number];

export const INVOICE_STATUSES = ['ontvangen', 'goedgekeurd', 'afgekeurd', 'betaald'] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];
