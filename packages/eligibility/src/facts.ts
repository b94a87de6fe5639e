/**
 * The facts about one applicant and one object, validated with zod. A field left out is
 * unknown: the rules that need it say "unknown" and the outcome is "needs information". Dates
 * are ISO calendar dates (Europe/Amsterdam); money is integer cents; PGV in mm/s at 1 %
 * exceedance, as `@img-groningen/geo-thresholds` computes it.
 */
// zod/mini: the functional form tree-shakes (the chaining API adds ~26 kB gzip to a browser bundle).
import * as z from 'zod/mini';
import { parseInput } from '@img-groningen/vocabulary/issues';
import { strictObject } from '@img-groningen/vocabulary/schema';
import { DAMAGE_REPORT_STATUSES, PAYERS, SCHEME_CODES } from '@img-groningen/vocabulary';

const isoDate = z.iso.date({ error: 'must be a date as YYYY-MM-DD' });
const cents = z.int({ error: 'must be whole cents' }).check(z.minimum(0));
const count = z.int({ error: 'must be a whole number' }).check(z.minimum(0));
const pgv = z
  .number()
  .check(
    z.minimum(0, { error: 'PGV cannot be negative' }),
    z.maximum(1_000, { error: 'PGV above 1,000 mm/s is not plausible' }),
  );
const flag = () => z.optional(z.boolean());
/**
 * A group of facts, `{}` when left out. Unknown keys are an error: a typo would otherwise be
 * silently unknown. (Every field of a group is optional, so `{}` is valid; the cast says so.)
 */
const group = <T extends z.core.$ZodLooseShape>(shape: T) =>
  z._default(strictObject(shape), {} as never);

export { DAMAGE_REPORT_STATUSES, PAYERS, SCHEME_CODES };
/** Rights that count as ownership for VES-3 (beklemrecht, opstal and erfpacht do). */
export const OWNERSHIP_RIGHTS = [
  'eigendom',
  'beklemrecht',
  'opstal',
  'erfpacht',
  'anders',
] as const;
/** BAG use classes (gebruiksdoelen). */
export const USE_CLASSES = [
  'wonen',
  'bijeenkomst',
  'cel',
  'gezondheidszorg',
  'industrie',
  'kantoor',
  'logies',
  'onderwijs',
  'sport',
  'winkel',
  'overig',
] as const;
/** Damage types; `houtrot` and `afbladderende_verf` cannot be caused by mining (VES-8). */
export const DAMAGE_TYPES = [
  'scheur',
  'zetting',
  'scheefstand',
  'loszittend_voegwerk',
  'tegelschade',
  'houtrot',
  'afbladderende_verf',
  'anders',
] as const;

/** An earlier damage report for the object. Only the scheme and the status are required. */
export const EarlierReport = strictObject({
  scheme: z.enum(SCHEME_CODES),
  status: z.enum(DAMAGE_REPORT_STATUSES),
  /** When it was reported; not read by any rule (often only the decision date is known). */
  reportedOn: z.optional(isoDate),
  /** When it was decided; orders several decisions (VES-9, MW-1). */
  decidedOn: z.optional(isoDate),
  /** Whether the decision was final for the object (MW-1). */
  final: flag(),
  /**
   * VES-1: whether this open maatwerk report may be converted to VES. Derived when left out:
   * an open maatwerk report that is the object's only report is its first, and convertible.
   * Say `false` to overrule (e.g. the inspection has taken place).
   */
  convertibleToVes: flag(),
});

/** An earlier payment for the object. Only the amount is required. */
export const Payment = strictObject({
  amountCents: cents,
  /** Who paid: NAM, CVW, TCMG or IMG; all count alike for AVV-1, so it is not required. */
  by: z.optional(z.enum(PAYERS)),
  paidOn: z.optional(isoDate),
  /**
   * Whether it compensated physical damage: only that counts towards AVV-1. Left out, AVV-1 is
   * unknown unless the payments known to be for physical damage already reach the target.
   */
  physicalDamage: flag(),
});

/** The facts about one applicant and one object; every field is optional. */
export const EligibilityFacts = strictObject({
  applicant: group({
    kind: z.optional(z.enum(['natural', 'legal'])),
    /** Earlier applications by this applicant for VES or repair (HEA, HIN), any object (VES-6). */
    earlierVesOrRepairApplications: z.optional(count),
    preRegisteredAvv: flag(),
  }),
  object: group({
    ownCadastralDesignation: flag(),
    addressCount: z.optional(count),
    constructionYear: z.optional(
      z.int({ error: 'must be a whole year' }).check(z.minimum(1000), z.maximum(2100)),
    ),
    /** BAG floor area in m². */
    areaM2: z.optional(z.number().check(z.minimum(0))),
    wozValueCents: z.optional(cents),
    useClass: z.optional(z.enum(USE_CLASSES)),
    /**
     * Whether the object is a small building or object (AMT-1, AVV-1), when the caller knows it;
     * left out, it is derived from the use class, area and WOZ value.
     */
    smallObject: flag(),
  }),
  ownership: group({
    right: z.optional(z.enum(OWNERSHIP_RIGHTS)),
    ownerAtApplication: flag(),
    /** Unknown until the decision; then known. */
    ownerAtDecision: flag(),
    ownedSince: z.optional(isoDate),
    /** Co-owners and whether each has consented; an empty list means there are none. */
    coOwnerConsents: z.optional(z.array(z.nullable(z.boolean()))),
  }),
  history: group({
    /** Earlier damage reports for this object, any applicant. An empty list means none. */
    damageReports: z.optional(z.array(EarlierReport)),
    /** Earlier payments for this object by NAM, CVW, TCMG and IMG. An empty list means none. */
    payments: z.optional(z.array(Payment)),
    /** A repair trajectory (HEA/HIN) is ongoing for this object, with what it has cost so far. */
    ongoingRepairCents: z.optional(cents),
  }),
  location: group({
    /** The largest PGV at the address from any quake (Groningen field, Norg, Grijpskerk). */
    maxPgv: z.optional(pgv),
    /** The largest PGV after the object's construction year (VES-5a, the default reading). */
    maxPgvAfterConstruction: z.optional(pgv),
    /** The largest PGV while the applicant owned the object (VES-5a, the FAQ's reading). */
    maxPgvDuringOwnership: z.optional(pgv),
    /** The largest PGV after the last VES decision for this object (VES-9). */
    maxPgvAfterLastVesDecision: z.optional(pgv),
    /** The largest PGV after the last final maatwerk decision for this object (MW-1). */
    maxPgvAfterLastMaatwerkDecision: z.optional(pgv),
    inEffectArea: flag(),
    inIedbArea: flag(),
    inSixKmZone: flag(),
    coreArea: flag(),
  }),
  damage: group({
    types: z.optional(z.array(z.enum(DAMAGE_TYPES))),
    /** New settlement damage from deep subsidence (IEDB), after a VES decision (VES-9). */
    newIedbSettlementDamage: flag(),
  }),
  dates: group({
    application: z.optional(isoDate),
    decision: z.optional(isoDate),
  }),
});

/** The facts after validation: every group present, unknown fields absent. */
export type EligibilityFacts = z.output<typeof EligibilityFacts>;
/** The facts as a caller writes them: every field optional. */
export type EligibilityFactsInput = z.input<typeof EligibilityFacts>;

/**
 * Validates facts. Facts that do not fit throw an `InputError` with one line per problem
 * (`facts.object.constructionYear: must be a whole year, got "abc"`) and the problems in `issues`;
 * an unknown field is one of them (`facts.applicant.nmae: unknown field`).
 */
export function parseFacts(input: unknown): EligibilityFacts {
  return parseInput(EligibilityFacts, input, 'facts');
}
