/**
 * Amounts and the rules of the other schemes: AMT-1 (VES amount), AVV-1/AMT-2 (top-up),
 * AVV-2 (priority), HER-1 (repair cap), MW-1 (maatwerk finality), VES-11 (switching).
 * All amounts are integer euro cents.
 */
import { MAATWERK_NEW_DAMAGE_PGV } from '@img-groningen/geo-thresholds';
import type { EligibilityFacts } from './facts.js';
import type { RuleDefinition, RuleResult, Text } from './result.js';

/** AMT-1: the VES amount now, and for small objects. */
export const VES_AMOUNT_CENTS = 1_000_000;
/** AMT-1: the VES amount for a small object. */
export const VES_SMALL_OBJECT_AMOUNT_CENTS = 500_000;
/** AMT-1: "small" is a BAG area under 30 m² or a WOZ value under EUR 50,000 … */
export const SMALL_OBJECT_MAX_AREA_M2 = 30;
/** AMT-1: a WOZ value under EUR 50,000 makes an object small (in the small-object use classes). */
export const SMALL_OBJECT_MAX_WOZ_CENTS = 5_000_000;
/**
 * … "in certain use classes". The sources do not list them; the default takes the BAG class
 * `overig` (sheds, garages and other small buildings, the "kleine gebouwen en objecten" of the
 * 2025 plan). A named option, so a verified list can replace it.
 */
export const DEFAULT_SMALL_OBJECT_USE_CLASSES: readonly string[] = ['overig'];
/** AVV-1: top-up targets. */
export const AVV_TARGET_CENTS = 1_000_000;
/** AVV-1: the top-up target for small buildings and objects. */
export const AVV_SMALL_OBJECT_TARGET_CENTS = 500_000;
/** HER-1: repair without causality research up to EUR 60,000 per trajectory. */
export const REPAIR_CAP_CENTS = 6_000_000;

/** The rules besides VES (AMT, AVV, HER, MW) as data. */
export const OTHER_RULES: readonly RuleDefinition[] = [
  {
    id: 'AMT-1',
    scheme: 'AMT',
    source: 'IMG public pages; domain.md §8',
    title: { nl: 'Bedrag vaste vergoeding', en: 'Fixed compensation amount' },
    description: {
      nl: 'EUR 10.000; EUR 5.000 voor kleine objecten (BAG-oppervlakte onder 30 m² of WOZ-waarde onder EUR 50.000, in bepaalde gebruiksklassen).',
      en: 'EUR 10,000; EUR 5,000 for small objects (BAG area under 30 m² or WOZ value under EUR 50,000, in certain use classes).',
    },
    inputs: ['object.smallObject', 'object.areaM2', 'object.wozValueCents', 'object.useClass'],
  },
  {
    id: 'AVV-1',
    scheme: 'AVV',
    source: '002 "Financiële regelingen"',
    title: { nl: 'Aanvullende vaste vergoeding', en: 'Supplementary fixed compensation' },
    description: {
      nl: 'Aanvulling tot EUR 5.000 (kleine gebouwen en objecten) of EUR 10.000, min alle eerdere vergoedingen voor fysieke schade door NAM, CVW, TCMG en IMG; nooit negatief.',
      en: 'A top-up to EUR 5,000 (small buildings and objects) or EUR 10,000, minus all earlier physical-damage compensation by NAM, CVW, TCMG and IMG; never negative.',
    },
    inputs: [
      'history.payments',
      'object.smallObject',
      'object.areaM2',
      'object.wozValueCents',
      'object.useClass',
    ],
  },
  {
    id: 'AMT-2',
    scheme: 'AMT',
    source: 'IMG public pages; domain.md §8',
    title: { nl: 'AVV alleen onder het doelbedrag', en: 'AVV only below the target' },
    description: {
      nl: 'De AVV is er voor objecten die tot nu toe minder dan het doelbedrag kregen voor fysieke schade.',
      en: 'AVV is for objects that so far received less than the target for physical damage.',
    },
    inputs: ['history.payments'],
  },
  {
    id: 'AVV-2',
    scheme: 'AVV',
    source: '002 "Financiële regelingen"',
    title: { nl: 'Volgorde', en: 'Priority' },
    description: {
      nl: 'Voorinschrijvers eerst, dan het kerngebied, dan de randen; capaciteit 1.000 aanvragen per week.',
      en: 'Pre-registrants first, then the core area, then the edges; capacity 1,000 applications a week.',
    },
    inputs: ['applicant.preRegisteredAvv', 'location.coreArea', 'dates.application'],
  },
  {
    id: 'HER-1',
    scheme: 'HER',
    source: '002 "Herstel", figure 1',
    title: { nl: 'Herstel tot EUR 60.000', en: 'Repair up to EUR 60,000' },
    description: {
      nl: 'Daadwerkelijk herstel zonder causaliteitsonderzoek tot EUR 60.000 per traject; nieuwe schade tijdens het traject telt mee.',
      en: 'Actual repair without causality research up to EUR 60,000 per trajectory; new damage during the trajectory counts towards it.',
    },
    inputs: ['history.ongoingRepairCents'],
  },
  {
    id: 'MW-1',
    scheme: 'MW',
    source: '002 "Financiële regelingen"',
    title: { nl: 'Finaliteit maatwerk', en: 'Maatwerk finality' },
    description: {
      nl: 'Na een definitief maatwerkbesluit kan nieuwe schade pas worden gemeld na een beving van meer dan 2 mm/s op het adres.',
      en: 'After a final maatwerk decision, new damage can only be reported after a quake of more than 2 mm/s at the address.',
    },
    inputs: ['history.damageReports', 'location.maxPgvAfterLastMaatwerkDecision'],
  },
];

const T = (nl: string, en: string): Text => ({ nl, en });

/** Options of AMT-1 and AVV-1. */
export interface AmountOptions {
  smallObjectUseClasses?: readonly string[];
}

/**
 * Whether the object is "small" for AMT-1 and AVV-1: as the facts say (`object.smallObject`),
 * or derived from the use class and the area or WOZ value; null when that cannot be told.
 */
export function isSmallObject(
  facts: EligibilityFacts,
  options: AmountOptions = {},
): boolean | null {
  const { areaM2, wozValueCents, useClass, smallObject } = facts.object;
  if (smallObject !== undefined) return smallObject;
  if (useClass === undefined) return null;
  if (!(options.smallObjectUseClasses ?? DEFAULT_SMALL_OBJECT_USE_CLASSES).includes(useClass))
    return false;
  if (
    (areaM2 !== undefined && areaM2 < SMALL_OBJECT_MAX_AREA_M2) ||
    (wozValueCents !== undefined && wozValueCents < SMALL_OBJECT_MAX_WOZ_CENTS)
  )
    return true;
  return areaM2 === undefined && wozValueCents === undefined ? null : false;
}

/** AMT-1: the VES amount in cents; null while the object's size class is unknown. */
export function vesAmount(
  facts: EligibilityFacts,
  options: AmountOptions = {},
): { cents: number | null; reason: Text } {
  const small = isSmallObject(facts, options);
  if (small === null)
    return {
      cents: null,
      reason: T(
        'Bedrag niet te bepalen: oppervlakte, WOZ-waarde of gebruiksklasse ontbreekt (AMT-1).',
        'Amount cannot be set: area, WOZ value or use class is missing (AMT-1).',
      ),
    };
  return small
    ? {
        cents: VES_SMALL_OBJECT_AMOUNT_CENTS,
        reason: T(
          'EUR 5.000 voor een klein object (AMT-1).',
          'EUR 5,000 for a small object (AMT-1).',
        ),
      }
    : { cents: VES_AMOUNT_CENTS, reason: T('EUR 10.000 (AMT-1).', 'EUR 10,000 (AMT-1).') };
}

/** The answer on the supplementary fixed compensation (AVV-1, AMT-2). */
export interface AvvResult {
  outcome: 'eligible' | 'not-eligible' | 'needs-information';
  targetCents: number | null;
  earlierCents: number | null;
  topUpCents: number | null;
  rules: RuleResult[];
}

/**
 * AVV-1 and AMT-2: the top-up to the target, minus every earlier physical-damage payment by
 * NAM, CVW, TCMG and IMG. AVV tops up earlier compensation: an object that never received any
 * is served by the fixed compensation (VES) instead.
 */
export function evaluateAvv(facts: EligibilityFacts, options: AmountOptions = {}): AvvResult {
  const payments = facts.history.payments;
  const small = isSmallObject(facts, options);
  const targetCents =
    small === null ? null : small ? AVV_SMALL_OBJECT_TARGET_CENTS : AVV_TARGET_CENTS;
  // A payment not known to be for physical damage may or may not count: unknown, unless the
  // payments known to count already reach the target (then the top-up is zero either way).
  const knownCents = (payments ?? [])
    .filter((p) => p.physicalDamage === true)
    .reduce((sum, p) => sum + p.amountCents, 0);
  const unclassified = (payments ?? []).flatMap((p, i) =>
    p.physicalDamage === undefined ? [`history.payments.${i}.physicalDamage`] : [],
  );
  if (unclassified.length > 0 && targetCents !== null && knownCents < targetCents)
    return avvUnknown(
      T(
        'Niet bekend of elke eerdere betaling een vergoeding voor fysieke schade was.',
        'Not known whether every earlier payment compensated physical damage.',
      ),
      targetCents,
      { unclassified },
    );
  if (payments === undefined || targetCents === null)
    return avvUnknown(
      T(
        'Niet bekend: eerdere vergoedingen of de grootte van het object ontbreken.',
        'Not known: earlier compensation or the size of the object is missing.',
      ),
      targetCents,
      {},
    );
  const physical = payments.filter((p) => p.physicalDamage === true);
  const earlierCents = knownCents;
  const topUpCents = Math.max(0, targetCents - earlierCents);
  const used = {
    targetCents,
    earlierCents,
    payers: [...new Set(physical.flatMap((p) => (p.by === undefined ? [] : [p.by])))],
  };
  if (physical.length === 0) {
    return {
      outcome: 'not-eligible',
      targetCents,
      earlierCents,
      topUpCents: 0,
      rules: [
        {
          id: 'AVV-1',
          outcome: 'fail',
          reason: T(
            'Er is nog geen vergoeding voor fysieke schade ontvangen om aan te vullen; de vaste vergoeding (VES) past dan.',
            'No physical-damage compensation was received yet to top up; the fixed compensation (VES) fits then.',
          ),
          facts: used,
        },
        {
          id: 'AMT-2',
          outcome: 'pass',
          reason: T(
            'Tot nu toe minder ontvangen dan het doelbedrag.',
            'So far received less than the target.',
          ),
          facts: used,
        },
      ],
    };
  }
  if (topUpCents === 0) {
    return {
      outcome: 'not-eligible',
      targetCents,
      earlierCents,
      topUpCents,
      rules: [
        {
          id: 'AVV-1',
          outcome: 'pass',
          reason: T('Aanvulling berekend: nul.', 'Top-up computed: zero.'),
          facts: used,
        },
        {
          id: 'AMT-2',
          outcome: 'fail',
          reason: T(
            'Er is al ten minste het doelbedrag ontvangen voor fysieke schade.',
            'At least the target was already received for physical damage.',
          ),
          facts: used,
        },
      ],
    };
  }
  return {
    outcome: 'eligible',
    targetCents,
    earlierCents,
    topUpCents,
    rules: [
      {
        id: 'AVV-1',
        outcome: 'pass',
        reason: T(
          'Aanvulling tot het doelbedrag, min de eerdere vergoedingen.',
          'Top-up to the target, minus earlier compensation.',
        ),
        facts: { ...used, topUpCents },
      },
      {
        id: 'AMT-2',
        outcome: 'pass',
        reason: T(
          'Tot nu toe minder ontvangen dan het doelbedrag.',
          'So far received less than the target.',
        ),
        facts: used,
      },
    ],
  };
}

/** AVV-1 and AMT-2 both unknown, for want of the facts named in `used`. */
function avvUnknown(
  reason: Text,
  targetCents: number | null,
  used: Record<string, unknown>,
): AvvResult {
  return {
    outcome: 'needs-information',
    targetCents,
    earlierCents: null,
    topUpCents: null,
    rules: [
      { id: 'AVV-1', outcome: 'unknown', reason, facts: { targetCents, ...used } },
      { id: 'AMT-2', outcome: 'unknown', reason, facts: used },
    ],
  };
}

/** AVV-2: a key that sorts applications in the order they are served (pre-registrants, core area, edges; then by date). */
export function avvPriorityKey(facts: EligibilityFacts): string {
  const pre = facts.applicant.preRegisteredAvv === true ? 0 : 1;
  const area = facts.location.coreArea === true ? 0 : facts.location.coreArea === false ? 1 : 2;
  return `${pre}-${area}-${facts.dates.application ?? '9999-12-31'}`;
}

/** What HER-1 says about new damage in a repair trajectory. */
export interface RepairCap {
  /** The part of the new damage that the trajectory covers: all of it, or what the cap leaves. */
  coveredCents: number;
  /** What the EUR 60,000 cap left before the new damage. */
  remainingCents: number;
  /** Whether the new damage fits under the cap whole. */
  fits: boolean;
  rule: RuleResult;
}

/**
 * HER-1: how much of new damage the ongoing repair trajectory covers under its EUR 60,000
 * cap, what was left before it, and whether it fits whole.
 */
export function repairCap(facts: EligibilityFacts, newDamageCents = 0): RepairCap {
  if (!Number.isInteger(newDamageCents) || newDamageCents < 0)
    throw new RangeError(`newDamageCents must be whole cents >= 0, got ${newDamageCents}`);
  const spent = facts.history.ongoingRepairCents ?? 0;
  const remainingCents = Math.max(0, REPAIR_CAP_CENTS - spent);
  const fits = newDamageCents <= remainingCents;
  const coveredCents = Math.min(newDamageCents, remainingCents);
  return {
    coveredCents,
    remainingCents,
    fits,
    rule: {
      id: 'HER-1',
      outcome: fits ? 'pass' : 'fail',
      reason: fits
        ? T(
            'Past binnen EUR 60.000 voor dit hersteltraject.',
            'Fits within EUR 60,000 for this repair trajectory.',
          )
        : T(
            'Gaat boven EUR 60.000 voor dit hersteltraject.',
            'Exceeds EUR 60,000 for this repair trajectory.',
          ),
      facts: { spentCents: spent, newDamageCents, coveredCents, remainingCents },
    },
  };
}

/** MW-1: after a final maatwerk decision, new damage only after a quake of more than 2 mm/s. */
export function maatwerkNewDamage(facts: EligibilityFacts): RuleResult {
  const reports = facts.history.damageReports;
  if (reports === undefined)
    return {
      id: 'MW-1',
      outcome: 'unknown',
      reason: T(
        'Niet bekend of er een definitief maatwerkbesluit is.',
        'Not known whether there is a final maatwerk decision.',
      ),
      facts: {},
    };
  const final = reports.find(
    (r) => r.scheme === 'MAATWERK' && r.status === 'decided' && r.final === true,
  );
  if (!final)
    return {
      id: 'MW-1',
      outcome: 'not-applicable',
      reason: T(
        'Geen definitief maatwerkbesluit voor dit object.',
        'No final maatwerk decision for this object.',
      ),
      facts: {},
    };
  const pgv = facts.location.maxPgvAfterLastMaatwerkDecision;
  if (pgv === undefined)
    return {
      id: 'MW-1',
      outcome: 'unknown',
      reason: T(
        'Niet bekend of er na het besluit een beving van meer dan 2 mm/s was.',
        'Not known whether a quake of more than 2 mm/s followed the decision.',
      ),
      facts: { decidedOn: final.decidedOn },
    };
  return pgv > MAATWERK_NEW_DAMAGE_PGV
    ? {
        id: 'MW-1',
        outcome: 'pass',
        reason: T(
          'Na het definitieve besluit was er een beving van meer dan 2 mm/s: nieuwe schade kan worden gemeld.',
          'A quake of more than 2 mm/s followed the final decision: new damage can be reported.',
        ),
        facts: { decidedOn: final.decidedOn, maxPgvAfterLastMaatwerkDecision: pgv },
      }
    : {
        id: 'MW-1',
        outcome: 'fail',
        reason: T(
          'Na het definitieve besluit was er geen beving van meer dan 2 mm/s.',
          'No quake of more than 2 mm/s followed the final decision.',
        ),
        facts: { decidedOn: final.decidedOn, maxPgvAfterLastMaatwerkDecision: pgv },
      };
}

/**
 * VES-11: switching between VES and maatwerk. Before the inspection either way (withdraw and
 * apply again); from VES to maatwerk also later, until the offer is accepted.
 */
export function canSwitch(
  from: 'VES' | 'MAATWERK',
  stage: { inspected: boolean; offerAccepted: boolean },
): { possible: boolean; reason: Text } {
  if (!stage.inspected)
    return {
      possible: true,
      reason: T(
        'Voor de opname: aanvraag intrekken en opnieuw aanvragen (VES-11).',
        'Before the inspection: withdraw and apply again (VES-11).',
      ),
    };
  if (from === 'VES' && !stage.offerAccepted)
    return {
      possible: true,
      reason: T(
        'Het aanbod is nog niet geaccepteerd: niet accepteren en maatwerk aanvragen (VES-11).',
        'The offer is not accepted yet: decline it and apply for maatwerk (VES-11).',
      ),
    };
  return {
    possible: false,
    reason:
      from === 'VES'
        ? T(
            'Het aanbod is geaccepteerd: de keuze is definitief (VES-11).',
            'The offer was accepted: the choice is final (VES-11).',
          )
        : T(
            'Na de opname kan maatwerk niet meer worden omgezet naar de vaste vergoeding (VES-11).',
            'After the inspection maatwerk can no longer be switched to the fixed compensation (VES-11).',
          ),
  };
}
