/**
 * The conditions of the fixed compensation (vaste vergoeding, VES), domain.md §2, source 001.
 * Reasons are fixed texts (the values are in `facts`), so evaluation allocates little and runs
 * a million times a second.
 */
import {
  BASELINE_SURVEY_PGV,
  EFFECT_AREA_PGV,
  NEW_APPLICATION_PGV,
} from '@img-groningen/geo-thresholds';
import type { EligibilityFacts } from './facts.js';
import type { RuleDefinition, RuleResult, Text } from './result.js';

/** VES-6: fewer than this many earlier applications for VES or repair. */
export const MAX_EARLIER_VES_OR_REPAIR_APPLICATIONS = 3;
/** VES-5c: objects built before this year qualify in the 6 km zone. */
export const SIX_KM_ZONE_BUILT_BEFORE = 2013;
/** VES-8: damage that mining cannot cause. */
export const NON_MINING_DAMAGE = ['houtrot', 'afbladderende_verf'] as const;

/** Choices where the sources differ (VES-5a). */
export interface VesOptions {
  /**
   * VES-5a: which quakes count. The conditions list says "after the construction year" (the
   * default); the FAQ of the same page says "while you owned the object".
   */
  ves5aPeriod?: 'afterConstruction' | 'duringOwnership';
}

/** The VES conditions (domain.md §2) as data: what the engine runs and the register describes. */
export const VES_RULES: readonly RuleDefinition[] = [
  {
    id: 'VES-1',
    scheme: 'VES',
    source: '001 "Eerste aanvraag voor dit object"',
    title: { nl: 'Eerste aanvraag', en: 'First application' },
    description: {
      nl: 'Er is voor het object nog geen schade gemeld. Een lopende eerste maatwerkaanvraag kan worden omgezet.',
      en: 'No damage has been reported for the object before. An ongoing first maatwerk application may be converted.',
    },
    inputs: ['history.damageReports'],
  },
  {
    id: 'VES-2',
    scheme: 'VES',
    source: '001 "Natuurlijk persoon"',
    title: { nl: 'Natuurlijk persoon', en: 'Natural person' },
    description: {
      nl: 'De aanvrager is een natuurlijk persoon, geen rechtspersoon.',
      en: 'The applicant is a natural person, not a legal person.',
    },
    inputs: ['applicant.kind'],
  },
  {
    id: 'VES-3',
    scheme: 'VES',
    source: '001 "Eigenaar van het object"',
    title: { nl: 'Eigenaar bij aanvraag en besluit', en: 'Owner at application and decision' },
    description: {
      nl: 'De aanvrager is eigenaar (ook beklemrecht, opstal of erfpacht) bij de aanvraag en bij het besluit.',
      en: 'The applicant owns the object (beklemrecht, opstal and erfpacht count) at application and at decision.',
    },
    inputs: ['ownership.right', 'ownership.ownerAtApplication', 'ownership.ownerAtDecision'],
  },
  {
    id: 'VES-4',
    scheme: 'VES',
    source: '001 "Toestemming mede-eigenaren"',
    title: { nl: 'Toestemming mede-eigenaren', en: 'Co-owners consent' },
    description: { nl: 'Alle mede-eigenaren geven toestemming.', en: 'Every co-owner consents.' },
    inputs: ['ownership.coOwnerConsents'],
  },
  {
    id: 'VES-5',
    scheme: 'VES',
    source: '001 "Effectgebied en diepe bodemdaling"',
    title: { nl: 'Locatie', en: 'Location' },
    description: {
      nl: '5a: in het effectgebied en na het bouwjaar een beving van ten minste 2 mm/s op de locatie; 5b: in een gebied met indirecte effecten van diepe bodemdaling (IEDB); 5c: binnen 6 km van het Groningenveld, Norg of Grijpskerk en gebouwd voor 2013.',
      en: '5a: in the effect area and, after the construction year, a quake of at least 2 mm/s at the location; 5b: in an area with indirect effects of deep subsidence (IEDB); 5c: within 6 km of the Groningen field, Norg or Grijpskerk and built before 2013.',
    },
    inputs: [
      'location.inEffectArea',
      'location.maxPgv',
      'location.maxPgvAfterConstruction',
      'location.maxPgvDuringOwnership',
      'location.inIedbArea',
      'location.inSixKmZone',
      'object.constructionYear',
    ],
  },
  {
    id: 'VES-6',
    scheme: 'VES',
    source: '001 "Maximaal 3 objecten"',
    title: { nl: 'Minder dan drie eerdere aanvragen', en: 'Fewer than three earlier applications' },
    description: {
      nl: 'De aanvrager deed minder dan drie keer een aanvraag voor de vaste vergoeding of herstel.',
      en: 'The applicant applied fewer than three times for the fixed compensation or repair.',
    },
    inputs: ['applicant.earlierVesOrRepairApplications'],
  },
  {
    id: 'VES-7',
    scheme: 'VES',
    source: '001 "Volledig object"',
    title: { nl: 'Volledig object', en: 'Complete object' },
    description: {
      nl: 'De aanvraag gaat over een volledig object: een eigen kadastrale aanduiding met ten minste één adres.',
      en: 'The application covers a complete object: its own cadastral designation with at least one address.',
    },
    inputs: ['object.ownCadastralDesignation', 'object.addressCount'],
  },
  {
    id: 'VES-8',
    scheme: 'VES',
    source: '001 "Schade door aardbeving"',
    title: { nl: 'Schade die mijnbouw kan veroorzaken', en: 'Damage mining can cause' },
    description: {
      nl: 'Schade die mijnbouw niet kan veroorzaken (houtrot, afbladderende verf) wordt niet vergoed.',
      en: 'Damage that mining cannot cause (wood rot, flaking paint) is not compensated.',
    },
    inputs: ['damage.types'],
  },
  {
    id: 'VES-9',
    scheme: 'VES',
    source: '001 "Wat houdt dat in: een finale vergoeding?"',
    title: { nl: 'Finaliteit', en: 'Finality' },
    description: {
      nl: 'Na een besluit over de vaste vergoeding kan pas opnieuw worden aangevraagd na een nieuwe beving van meer dan 5 mm/s op het adres, of bij nieuwe zettingsschade door diepe bodemdaling (dan via maatwerk).',
      en: 'After a fixed-compensation decision, a new application is only possible after a new quake of more than 5 mm/s at the address, or for new settlement damage from deep subsidence (then through maatwerk).',
    },
    inputs: [
      'history.damageReports',
      'location.maxPgvAfterLastVesDecision',
      'damage.newIedbSettlementDamage',
      'location.inIedbArea',
    ],
  },
];

const T = (nl: string, en: string): Text => ({ nl, en });
const R = {
  v1Unknown: T(
    'Niet bekend of er eerder schade is gemeld voor dit object.',
    'Not known whether damage was reported for this object before.',
  ),
  v1Pass: T(
    'Er is niet eerder schade gemeld voor dit object.',
    'No damage was reported for this object before.',
  ),
  v1Convert: T(
    'De lopende eerste maatwerkaanvraag kan als vaste vergoeding worden afgehandeld.',
    'The ongoing first maatwerk application can be handled as a fixed compensation.',
  ),
  v1Reopened: T(
    'Na het eerdere besluit was er een nieuwe beving van meer dan 5 mm/s (VES-9).',
    'After the earlier decision there was a new quake of more than 5 mm/s (VES-9).',
  ),
  v1Fail: T(
    'Er is al eerder schade gemeld voor dit object.',
    'Damage was already reported for this object.',
  ),
  v2Unknown: T(
    'Niet bekend of de aanvrager een natuurlijk persoon is.',
    'Not known whether the applicant is a natural person.',
  ),
  v2Pass: T('De aanvrager is een natuurlijk persoon.', 'The applicant is a natural person.'),
  v2Fail: T(
    'Een rechtspersoon (stichting, BV, vereniging) kan geen vaste vergoeding aanvragen.',
    'A legal person (foundation, company, association) cannot apply for the fixed compensation.',
  ),
  v3Unknown: T(
    'Niet bekend of de aanvrager eigenaar is bij de aanvraag en bij het besluit.',
    'Not known whether the applicant owns the object at application and at decision.',
  ),
  v3Pass: T(
    'De aanvrager is eigenaar bij de aanvraag en bij het besluit.',
    'The applicant owns the object at application and at decision.',
  ),
  v3Right: T(
    'Dit recht telt niet als eigendom (alleen eigendom, beklemrecht, opstal en erfpacht).',
    'This right does not count as ownership (only ownership, beklemrecht, opstal and erfpacht do).',
  ),
  v3Fail: T(
    'De aanvrager is niet de eigenaar bij de aanvraag of bij het besluit.',
    'The applicant does not own the object at application or at decision.',
  ),
  v4Unknown: T(
    'Niet bekend of er mede-eigenaren zijn, of dat zij toestemming gaven.',
    'Not known whether there are co-owners, or whether they consented.',
  ),
  v4None: T('Er zijn geen mede-eigenaren.', 'There are no co-owners.'),
  v4Pass: T('Alle mede-eigenaren gaven toestemming.', 'Every co-owner consented.'),
  v4Fail: T('Niet alle mede-eigenaren gaven toestemming.', 'Not every co-owner consented.'),
  v5a: T(
    'In het effectgebied, en na het bouwjaar een beving van ten minste 2 mm/s op de locatie.',
    'In the effect area, and after the construction year a quake of at least 2 mm/s at the location.',
  ),
  v5aOwnership: T(
    'In het effectgebied, en tijdens het eigendom een beving van ten minste 2 mm/s op de locatie.',
    'In the effect area, and while owned a quake of at least 2 mm/s at the location.',
  ),
  v5b: T(
    'In een gebied met indirecte effecten van diepe bodemdaling (IEDB).',
    'In an area with indirect effects of deep subsidence (IEDB).',
  ),
  v5c: T(
    'Binnen 6 km van het Groningenveld, Norg of Grijpskerk, en gebouwd voor 2013.',
    'Within 6 km of the Groningen field, Norg or Grijpskerk, and built before 2013.',
  ),
  v5Unknown: T(
    'Niet bekend of het object op een locatie staat die in aanmerking komt (effectgebied, IEDB of 6 km-zone).',
    'Not known whether the object stands in a qualifying location (effect area, IEDB or the 6 km zone).',
  ),
  v5Fail: T(
    'Het object staat niet in het effectgebied, niet in een IEDB-gebied en niet (met een bouwjaar voor 2013) in de 6 km-zone.',
    'The object is not in the effect area, not in an IEDB area and not (built before 2013) in the 6 km zone.',
  ),
  v6Unknown: T(
    'Niet bekend hoe vaak de aanvrager eerder een vaste vergoeding of herstel aanvroeg.',
    'Not known how often the applicant applied for the fixed compensation or repair before.',
  ),
  v6Pass: T(
    'De aanvrager vroeg minder dan drie keer eerder een vaste vergoeding of herstel aan.',
    'The applicant applied fewer than three times before for the fixed compensation or repair.',
  ),
  v6Fail: T(
    'De aanvrager vroeg al drie keer of vaker een vaste vergoeding of herstel aan.',
    'The applicant already applied three times or more for the fixed compensation or repair.',
  ),
  v7Unknown: T(
    'Niet bekend of de aanvraag een volledig object betreft.',
    'Not known whether the application covers a complete object.',
  ),
  v7Pass: T(
    'De aanvraag betreft een volledig object met een eigen kadastrale aanduiding en een adres.',
    'The application covers a complete object with its own cadastral designation and an address.',
  ),
  v7Fail: T(
    'De aanvraag betreft geen volledig object (eigen kadastrale aanduiding met ten minste één adres).',
    'The application does not cover a complete object (own cadastral designation with at least one address).',
  ),
  v8Unknown: T('Niet bekend om welke schade het gaat.', 'Not known what damage it concerns.'),
  v8Pass: T(
    'Er is schade die door mijnbouw kan zijn veroorzaakt.',
    'There is damage that mining can have caused.',
  ),
  v8Fail: T(
    'Alle gemelde schade is schade die mijnbouw niet kan veroorzaken (houtrot, afbladderende verf).',
    'All reported damage is damage that mining cannot cause (wood rot, flaking paint).',
  ),
  v9None: T(
    'Er is geen eerder besluit over een vaste vergoeding voor dit object.',
    'There is no earlier fixed-compensation decision for this object.',
  ),
  v9Unknown: T(
    'Niet bekend of er na het eerdere besluit een beving van meer dan 5 mm/s was, of nieuwe zettingsschade door diepe bodemdaling.',
    'Not known whether a quake of more than 5 mm/s followed the earlier decision, or new settlement damage from deep subsidence.',
  ),
  v9Pass: T(
    'Na het eerdere besluit was er een beving van meer dan 5 mm/s op het adres.',
    'After the earlier decision there was a quake of more than 5 mm/s at the address.',
  ),
  v9Iedb: T(
    'Nieuwe zettingsschade door diepe bodemdaling: een nieuwe aanvraag is mogelijk en wordt via maatwerk afgehandeld.',
    'New settlement damage from deep subsidence: a new application is possible and is handled through maatwerk.',
  ),
  v9Fail: T(
    'Na het eerdere besluit was er geen beving van meer dan 5 mm/s op het adres en geen nieuwe zettingsschade door diepe bodemdaling: de vaste vergoeding was finaal.',
    'After the earlier decision there was no quake of more than 5 mm/s at the address and no new settlement damage from deep subsidence: the fixed compensation was final.',
  ),
} as const;

const rule = (
  id: string,
  outcome: RuleResult['outcome'],
  reason: Text,
  facts: Record<string, unknown>,
): RuleResult => ({ id, outcome, reason, facts });

/** The last decided VES report, if any. */
function lastVesDecision(facts: EligibilityFacts) {
  let last: NonNullable<EligibilityFacts['history']['damageReports']>[number] | undefined;
  for (const r of facts.history.damageReports ?? [])
    if (
      r.scheme === 'VES' &&
      r.status === 'decided' &&
      (!last || (r.decidedOn ?? '') > (last.decidedOn ?? ''))
    )
      last = r;
  return last;
}

/**
 * VES-9, finality (source 001, "Wat houdt dat in: een finale vergoeding?"): after a VES
 * decision a new application is possible after a new quake of more than 5 mm/s at the address
 * (a VES application again), and for new settlement damage from deep subsidence (IEDB), which
 * is then handled by maatwerk. The rule passes in both cases; `route` says which scheme takes
 * the new application.
 */
export function ves9(facts: EligibilityFacts): RuleResult {
  const reports = facts.history.damageReports;
  if (reports === undefined) return rule('VES-9', 'unknown', R.v1Unknown, {});
  const last = lastVesDecision(facts);
  if (!last) return rule('VES-9', 'not-applicable', R.v9None, {});
  const pgv = facts.location.maxPgvAfterLastVesDecision;
  if (pgv !== undefined && pgv > NEW_APPLICATION_PGV)
    return {
      ...rule('VES-9', 'pass', R.v9Pass, {
        decidedOn: last.decidedOn,
        maxPgvAfterLastVesDecision: pgv,
      }),
      route: 'VES',
    };
  // New IEDB settlement damage is impossible outside an IEDB area: known to be absent then.
  const iedbDamage =
    facts.damage.newIedbSettlementDamage ??
    (facts.location.inIedbArea === false ? false : undefined);
  if (iedbDamage === true)
    return {
      ...rule('VES-9', 'pass', R.v9Iedb, {
        decidedOn: last.decidedOn,
        newIedbSettlementDamage: true,
      }),
      route: 'MAATWERK',
    };
  if (pgv === undefined || iedbDamage === undefined)
    return rule('VES-9', 'unknown', R.v9Unknown, {
      decidedOn: last.decidedOn,
      maxPgvAfterLastVesDecision: pgv,
      newIedbSettlementDamage: iedbDamage,
    });
  return rule('VES-9', 'fail', R.v9Fail, {
    decidedOn: last.decidedOn,
    maxPgvAfterLastVesDecision: pgv,
    newIedbSettlementDamage: false,
  });
}

/**
 * VES-1: the first application for the object. An open maatwerk report that is the object's
 * only report is its first, so it may be converted (unless `convertibleToVes: false` says
 * otherwise); after a VES decision, a quake above 5 mm/s opens a new VES application (VES-9).
 */
export function ves1(facts: EligibilityFacts, v9: RuleResult): RuleResult {
  const reports = facts.history.damageReports;
  if (reports === undefined) return rule('VES-1', 'unknown', R.v1Unknown, {});
  const earlier = reports.filter((r) => r.status !== 'withdrawn');
  if (earlier.length === 0) return rule('VES-1', 'pass', R.v1Pass, { earlierReports: 0 });
  const only = earlier.length === 1 ? earlier[0]! : undefined;
  if (only?.scheme === 'MAATWERK' && only.status === 'open' && only.convertibleToVes !== false) {
    return rule('VES-1', 'pass', R.v1Convert, {
      earlierReports: 1,
      convertibleToVes: true,
      derived: only.convertibleToVes === undefined,
    });
  }
  if (v9.outcome === 'pass' && v9.route === 'VES')
    return rule('VES-1', 'pass', R.v1Reopened, { earlierReports: earlier.length });
  return rule('VES-1', 'fail', R.v1Fail, { earlierReports: earlier.length });
}

export function ves2(facts: EligibilityFacts): RuleResult {
  const kind = facts.applicant.kind;
  if (kind === undefined) return rule('VES-2', 'unknown', R.v2Unknown, {});
  return rule(
    'VES-2',
    kind === 'natural' ? 'pass' : 'fail',
    kind === 'natural' ? R.v2Pass : R.v2Fail,
    { kind },
  );
}

export function ves3(facts: EligibilityFacts): RuleResult {
  const { right, ownerAtApplication, ownerAtDecision } = facts.ownership;
  if (right === 'anders') return rule('VES-3', 'fail', R.v3Right, { right });
  if (ownerAtApplication === false || ownerAtDecision === false)
    return rule('VES-3', 'fail', R.v3Fail, { ownerAtApplication, ownerAtDecision });
  if (right === undefined || ownerAtApplication === undefined || ownerAtDecision === undefined) {
    return rule('VES-3', 'unknown', R.v3Unknown, { right, ownerAtApplication, ownerAtDecision });
  }
  return rule('VES-3', 'pass', R.v3Pass, { right, ownerAtApplication, ownerAtDecision });
}

export function ves4(facts: EligibilityFacts): RuleResult {
  const consents = facts.ownership.coOwnerConsents;
  if (consents === undefined) return rule('VES-4', 'unknown', R.v4Unknown, {});
  if (consents.length === 0) return rule('VES-4', 'pass', R.v4None, { coOwners: 0 });
  if (consents.includes(false))
    return rule('VES-4', 'fail', R.v4Fail, { coOwners: consents.length });
  if (consents.includes(null))
    return rule('VES-4', 'unknown', R.v4Unknown, { coOwners: consents.length });
  return rule('VES-4', 'pass', R.v4Pass, { coOwners: consents.length });
}

type Tri = boolean | undefined;
const and = (a: Tri, b: Tri): Tri =>
  a === false || b === false ? false : a === undefined || b === undefined ? undefined : true;

export function ves5(facts: EligibilityFacts, options: VesOptions = {}): RuleResult {
  const { location, object } = facts;
  const ownership = options.ves5aPeriod === 'duringOwnership';
  const periodPgv = ownership ? location.maxPgvDuringOwnership : location.maxPgvAfterConstruction;
  const inEffectArea =
    location.inEffectArea ??
    (location.maxPgv === undefined ? undefined : location.maxPgv >= EFFECT_AREA_PGV);
  const a = and(inEffectArea, periodPgv === undefined ? undefined : periodPgv >= EFFECT_AREA_PGV);
  const b = location.inIedbArea;
  const c = and(
    location.inSixKmZone,
    object.constructionYear === undefined
      ? undefined
      : object.constructionYear < SIX_KM_ZONE_BUILT_BEFORE,
  );
  const used = {
    inEffectArea,
    pgvPeriod: ownership ? 'duringOwnership' : 'afterConstruction',
    maxPgvInPeriod: periodPgv,
    inIedbArea: b,
    inSixKmZone: location.inSixKmZone,
    constructionYear: object.constructionYear,
  };
  if (a === true)
    return {
      id: 'VES-5',
      outcome: 'pass',
      reason: ownership ? R.v5aOwnership : R.v5a,
      facts: used,
      branch: 'VES-5a',
    };
  if (b === true)
    return { id: 'VES-5', outcome: 'pass', reason: R.v5b, facts: used, branch: 'VES-5b' };
  if (c === true)
    return { id: 'VES-5', outcome: 'pass', reason: R.v5c, facts: used, branch: 'VES-5c' };
  if (a === undefined || b === undefined || c === undefined)
    return rule('VES-5', 'unknown', R.v5Unknown, used);
  return rule('VES-5', 'fail', R.v5Fail, used);
}

export function ves6(facts: EligibilityFacts): RuleResult {
  const n = facts.applicant.earlierVesOrRepairApplications;
  if (n === undefined) return rule('VES-6', 'unknown', R.v6Unknown, {});
  return n < MAX_EARLIER_VES_OR_REPAIR_APPLICATIONS
    ? rule('VES-6', 'pass', R.v6Pass, { earlier: n })
    : rule('VES-6', 'fail', R.v6Fail, { earlier: n });
}

export function ves7(facts: EligibilityFacts): RuleResult {
  const { ownCadastralDesignation: own, addressCount } = facts.object;
  const used = { ownCadastralDesignation: own, addressCount };
  if (own === false || addressCount === 0) return rule('VES-7', 'fail', R.v7Fail, used);
  if (own === undefined || addressCount === undefined)
    return rule('VES-7', 'unknown', R.v7Unknown, used);
  return rule('VES-7', 'pass', R.v7Pass, used);
}

export function ves8(facts: EligibilityFacts): RuleResult {
  const types = facts.damage.types;
  if (types === undefined || types.length === 0) return rule('VES-8', 'unknown', R.v8Unknown, {});
  const excluded = types.filter((t) => (NON_MINING_DAMAGE as readonly string[]).includes(t));
  if (excluded.length === types.length) return rule('VES-8', 'fail', R.v8Fail, { types });
  return rule(
    'VES-8',
    'pass',
    R.v8Pass,
    excluded.length > 0 ? { types, notCompensated: excluded } : { types },
  );
}

const SURVEY = {
  iedb: T(
    'Altijd een nulmeting in een IEDB-gebied (VES-10).',
    'Always a baseline survey in an IEDB area (VES-10).',
  ),
  pgv: T(
    'Trillingssnelheid van ten minste 5 mm/s op het adres (VES-10).',
    'Vibration of at least 5 mm/s at the address (VES-10).',
  ),
  unknown: T(
    'Niet bekend: de trillingssnelheid of het IEDB-gebied ontbreekt (VES-10).',
    'Not known: the vibration or the IEDB area is missing (VES-10).',
  ),
  none: T(
    'Trillingssnelheid onder 5 mm/s en geen IEDB-gebied (VES-10).',
    'Vibration below 5 mm/s and no IEDB area (VES-10).',
  ),
} as const;
const SURVEY_RESULTS = {
  iedb: { needed: true, reason: SURVEY.iedb },
  pgv: { needed: true, reason: SURVEY.pgv },
  unknown: { needed: null, reason: SURVEY.unknown },
  none: { needed: false, reason: SURVEY.none },
} as const;

/** VES-10: a baseline survey (nulmeting) from 5 mm/s at the address, and always in IEDB areas. */
export function baselineSurvey(facts: EligibilityFacts): {
  readonly needed: boolean | null;
  readonly reason: Text;
} {
  const { inIedbArea, maxPgv, maxPgvAfterConstruction } = facts.location;
  const pgv = maxPgv ?? maxPgvAfterConstruction;
  if (inIedbArea === true) return SURVEY_RESULTS.iedb;
  if (pgv !== undefined && pgv >= BASELINE_SURVEY_PGV) return SURVEY_RESULTS.pgv;
  if (pgv === undefined || inIedbArea === undefined) return SURVEY_RESULTS.unknown;
  return SURVEY_RESULTS.none;
}
