/**
 * The facts about one applicant and one object, validated with zod. A field left out is
 * unknown: the rules that need it say "unknown" and the outcome is "needs information". Dates
 * are ISO calendar dates (Europe/Amsterdam); money is integer cents; PGV in mm/s at 1 %
 * exceedance, as `@img-groningen/geo-thresholds` computes it.
 */
import { z } from 'zod';

const isoDate = z.iso.date({ error: 'must be a date as YYYY-MM-DD' });
const cents = z.number().int({ error: 'must be whole cents' }).min(0);
const pgv = z
  .number()
  .min(0, { error: 'PGV cannot be negative' })
  .max(1_000, { error: 'PGV above 1,000 mm/s is not plausible' });

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
export const PAYERS = ['NAM', 'CVW', 'TCMG', 'IMG'] as const;
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

export const EarlierReport = z.object({
  scheme: z.enum(SCHEME_CODES),
  reportedOn: isoDate,
  status: z.enum(['open', 'decided', 'withdrawn']),
  decidedOn: isoDate.optional(),
  /** Whether the decision was final for the object (VES-9, MW-1). */
  final: z.boolean().optional(),
  /** Whether this is the object's first report, in maatwerk, still open: it may be converted to VES (VES-1). */
  convertibleToVes: z.boolean().optional(),
});

export const Payment = z.object({
  by: z.enum(PAYERS),
  amountCents: cents,
  paidOn: isoDate.optional(),
  /** Only physical-damage compensation counts towards AVV-1. */
  physicalDamage: z.boolean(),
});

export const EligibilityFacts = z
  .object({
    applicant: z
      .object({
        kind: z.enum(['natural', 'legal']).optional(),
        /** Earlier applications by this applicant for VES or repair (HEA, HIN), any object (VES-6). */
        earlierVesOrRepairApplications: z.number().int().min(0).optional(),
        preRegisteredAvv: z.boolean().optional(),
      })
      .strict()
      .default({}),
    object: z
      .object({
        ownCadastralDesignation: z.boolean().optional(),
        addressCount: z.number().int().min(0).optional(),
        constructionYear: z.number().int().min(1000).max(2100).optional(),
        /** BAG floor area in m². */
        areaM2: z.number().min(0).optional(),
        wozValueCents: cents.optional(),
        useClass: z.enum(USE_CLASSES).optional(),
      })
      .strict()
      .default({}),
    ownership: z
      .object({
        right: z.enum(OWNERSHIP_RIGHTS).optional(),
        ownerAtApplication: z.boolean().optional(),
        /** Unknown until the decision; then known. */
        ownerAtDecision: z.boolean().optional(),
        ownedSince: isoDate.optional(),
        /** Co-owners and whether each has consented; an empty list means there are none. */
        coOwnerConsents: z.array(z.boolean().nullable()).optional(),
      })
      .strict()
      .default({}),
    history: z
      .object({
        /** Earlier damage reports for this object, any applicant. An empty list means none. */
        damageReports: z.array(EarlierReport).optional(),
        /** Earlier payments for this object by NAM, CVW, TCMG and IMG. */
        payments: z.array(Payment).optional(),
        /** A repair trajectory (HEA/HIN) is ongoing for this object, with what it has cost so far. */
        ongoingRepairCents: cents.optional(),
      })
      .strict()
      .default({}),
    location: z
      .object({
        /** The largest PGV at the address from any quake (Groningen field, Norg, Grijpskerk). */
        maxPgv: pgv.optional(),
        /** The largest PGV after the object's construction year (VES-5a, the default reading). */
        maxPgvAfterConstruction: pgv.optional(),
        /** The largest PGV while the applicant owned the object (VES-5a, the FAQ's reading). */
        maxPgvDuringOwnership: pgv.optional(),
        /** The largest PGV after the last final decision for this object (VES-9, MW-1). */
        maxPgvAfterLastDecision: pgv.optional(),
        inEffectArea: z.boolean().optional(),
        inIedbArea: z.boolean().optional(),
        inSixKmZone: z.boolean().optional(),
        coreArea: z.boolean().optional(),
      })
      .strict()
      .default({}),
    damage: z
      .object({
        types: z.array(z.enum(DAMAGE_TYPES)).optional(),
        /** New settlement damage from deep subsidence (IEDB), after a VES decision (VES-9). */
        newIedbSettlementDamage: z.boolean().optional(),
      })
      .strict()
      .default({}),
    dates: z
      .object({
        application: isoDate.optional(),
        decision: isoDate.optional(),
      })
      .strict()
      .default({}),
  })
  .strict();

export type EligibilityFacts = z.output<typeof EligibilityFacts>;
export type EligibilityFactsInput = z.input<typeof EligibilityFacts>;

/** Validates facts; a ZodError names every path that is wrong. */
export function parseFacts(input: unknown): EligibilityFacts {
  return EligibilityFacts.parse(input);
}

/** The facts schema as JSON Schema, for users outside TypeScript. */
export function factsJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(EligibilityFacts, { io: 'input' }) as Record<string, unknown>;
}
