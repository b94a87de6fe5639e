/**
 * @img-groningen/vocabulary — the closed lists that the IMG's rules, data and reports share:
 * scheme codes, the payers of earlier compensation, the statuses of a damage report and the
 * outcomes of a rule. One place, so that a new scheme is added once (domain.md §1).
 *
 * @packageDocumentation
 */

/** The IMG's schemes (regelingen), by code (domain.md §1). */
export const SCHEME_CODES = [
  'MAATWERK',
  'VES',
  'AVV',
  'HEA',
  'HIN',
  'VHV',
  'WDW',
  'WDNW',
  'IMS',
  'STUW',
] as const;
/** One of `SCHEME_CODES`. */
export type SchemeCode = (typeof SCHEME_CODES)[number];

/** The names of the schemes in Dutch and English. */
export const SCHEME_NAMES: Readonly<Record<SchemeCode, { nl: string; en: string }>> = {
  MAATWERK: {
    nl: 'Maatwerkprocedure (fysieke schade)',
    en: 'Tailored procedure (physical damage)',
  },
  VES: { nl: 'Vaste vergoeding', en: 'Fixed compensation' },
  AVV: { nl: 'Aanvullende vaste vergoeding', en: 'Supplementary fixed compensation' },
  HEA: { nl: 'Herstel met eigen aannemer', en: 'Repair by own contractor' },
  HIN: { nl: 'Herstel door het IMG', en: 'Repair by the IMG' },
  VHV: { nl: 'Vaste herhaalvergoeding', en: 'Fixed repeat compensation' },
  WDW: { nl: 'Waardedaling woningen', en: 'Value loss of homes' },
  WDNW: { nl: 'Waardedaling niet-woningen', en: 'Value loss of other buildings' },
  IMS: { nl: 'Immateriële schade', en: 'Non-material damage' },
  STUW: { nl: 'Stuwmeerregeling', en: 'Backlog scheme (Stuwmeer)' },
};

/** Who paid earlier physical-damage compensation; all count for AVV-1 (domain.md §3). */
export const PAYERS = ['NAM', 'CVW', 'TCMG', 'IMG'] as const;
/** One of `PAYERS`. */
export type Payer = (typeof PAYERS)[number];

/** Where an earlier damage report for an object stands. */
export const DAMAGE_REPORT_STATUSES = ['open', 'decided', 'withdrawn'] as const;
/** One of `DAMAGE_REPORT_STATUSES`. */
export type DamageReportStatus = (typeof DAMAGE_REPORT_STATUSES)[number];

/**
 * The outcome of one rule: `unknown` when a fact it needs is missing (never `fail`),
 * `not-applicable` when the rule does not apply to the case.
 */
export const RULE_OUTCOMES = ['pass', 'fail', 'unknown', 'not-applicable'] as const;
/** One of `RULE_OUTCOMES`. */
export type RuleOutcome = (typeof RULE_OUTCOMES)[number];
