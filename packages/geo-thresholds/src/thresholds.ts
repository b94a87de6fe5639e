/**
 * Vibration thresholds in mm/s, always for PGV at 1 % exceedance, with the rule that sets
 * them (domain.md §2–§4). "Ten minste" is inclusive (>=), "meer dan" is exclusive (>).
 */

/** VES-5a: the object lies in the effect area when a quake caused at least 2 mm/s. */
export const EFFECT_AREA_PGV = 2;
/** VES-10: a baseline survey (nulmeting) is indicated from 5 mm/s. */
export const BASELINE_SURVEY_PGV = 5;
/** VES-9: after a VES decision, a new application needs a new quake of more than 5 mm/s. */
export const NEW_APPLICATION_PGV = 5;
/** MW-1: after a final maatwerk decision, new damage needs a quake of more than 2 mm/s. */
export const MAATWERK_NEW_DAMAGE_PGV = 2;
/** Keuzehulp: 8.5 mm/s and above is "situation A"; 2 to 8.5 the edge, "situation B". */
export const SITUATION_A_PGV = 8.5;
/** Especially vulnerable objects (built before 1970) inside an IEDB area. */
export const VULNERABLE_IEDB_PGV = 1.6;
/** Below 10 mm/s settlement by shaking is excluded for shallow foundations. */
export const SHALLOW_FOUNDATION_SETTLEMENT_PGV = 10;

/** A PGV threshold with the rule that sets it, its comparison and its meaning. */
export interface Threshold {
  id: string;
  pgv: number;
  comparison: '>=' | '>';
  meaning: { nl: string; en: string };
}

/** Every threshold, with its rule id and meaning (nl, en). */
export const THRESHOLDS: readonly Threshold[] = [
  {
    id: 'VES-5a',
    pgv: EFFECT_AREA_PGV,
    comparison: '>=',
    meaning: { nl: 'in het effectgebied', en: 'in the effect area' },
  },
  {
    id: 'VES-10',
    pgv: BASELINE_SURVEY_PGV,
    comparison: '>=',
    meaning: { nl: 'nulmeting nodig', en: 'baseline survey needed' },
  },
  {
    id: 'VES-9',
    pgv: NEW_APPLICATION_PGV,
    comparison: '>',
    meaning: {
      nl: 'nieuwe aanvraag mogelijk na een vaste vergoeding',
      en: 'new application possible after a fixed compensation',
    },
  },
  {
    id: 'MW-1',
    pgv: MAATWERK_NEW_DAMAGE_PGV,
    comparison: '>',
    meaning: {
      nl: 'nieuwe schade te melden na een definitief maatwerkbesluit',
      en: 'new damage can be reported after a final tailored decision',
    },
  },
  {
    id: 'GEO-8.5',
    pgv: SITUATION_A_PGV,
    comparison: '>=',
    meaning: { nl: 'situatie A (keuzehulp)', en: 'situation A (choice aid)' },
  },
  {
    id: 'GEO-1.6',
    pgv: VULNERABLE_IEDB_PGV,
    comparison: '>=',
    meaning: {
      nl: 'kwetsbaar object (voor 1970) in een IEDB-gebied',
      en: 'vulnerable object (before 1970) in an IEDB area',
    },
  },
  {
    id: 'GEO-10',
    pgv: SHALLOW_FOUNDATION_SETTLEMENT_PGV,
    comparison: '>=',
    meaning: {
      nl: 'zetting door trillen niet uitgesloten (ondiepe fundering)',
      en: 'settlement by shaking not excluded (shallow foundation)',
    },
  },
];

/** Whether a PGV meets a threshold, with the rule's own comparison. */
export function meets(pgv: number, threshold: Pick<Threshold, 'pgv' | 'comparison'>): boolean {
  return threshold.comparison === '>=' ? pgv >= threshold.pgv : pgv > threshold.pgv;
}
