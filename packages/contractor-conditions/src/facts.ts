/**
 * What we know about a contractor, validated with zod. A field left out is unknown (the rule
 * that needs it says "unknown"); `null` means known to be absent (no KVK registration, no
 * agreement accepted). Dates are ISO calendar dates (Europe/Amsterdam).
 */
// zod/mini: the functional form tree-shakes (the chaining API adds ~26 kB gzip to a browser bundle).
import { parseInput } from '@img-groningen/vocabulary/issues';
import { strictObject } from '@img-groningen/vocabulary/schema';
import * as z from 'zod/mini';
import { isIsoDate } from '@img-groningen/statutory-terms';

/**
 * An ISO calendar date, YYYY-MM-DD: zod's ISO date (so the published JSON Schema says
 * `format: date` with its pattern, as the library checks), and a day that exists.
 */
export const isoDate = z.iso
  .date({ error: 'must be a calendar date as YYYY-MM-DD' })
  .check(z.refine(isIsoDate, { error: 'must be a calendar date as YYYY-MM-DD' }));

/** A VCA safety diploma and when it was issued (valid for 10 years). */
export const SafetyDiploma = strictObject({
  /** B-VCA (basic) or VOL-VCA (also written VCA-VOL; for supervisors, includes the basic). */
  kind: z.pipe(
    z.enum(['B-VCA', 'VOL-VCA', 'VCA-VOL']),
    z.transform((k): 'B-VCA' | 'VOL-VCA' => (k === 'VCA-VOL' ? 'VOL-VCA' : k)),
  ),
  issued: isoDate,
});

/** An employee or subcontractor and their safety certificates (AAN-4). */
export const Worker = strictObject({
  /** How the letter names them (a staff number, initials). */
  id: z.string().check(z.minLength(1)),
  role: z.enum(['employee', 'subcontractor']),
  diplomas: z.array(SafetyDiploma),
  /** An exemption from the basic certificate, with its end when it has one. */
  exemption: z.optional(
    strictObject({ reason: z.string().check(z.minLength(1)), until: z.nullable(isoDate) }),
  ),
});

/** A business activity registered with the KVK (AAN-3d reads the code only). */
export const SbiActivity = strictObject({
  code: z.string().check(z.regex(/^\d{2,5}$/, { error: 'SBI code: 2 to 5 digits' })),
  /** SBI 2008 or the 5-digit SBI 2025 that the KVK uses since September 2025; informative. */
  classification: z.optional(z.enum(['SBI2008', 'SBI2025'])),
});

/**
 * A membership of a disputes committee (AAN-3c). Either `recognised` says whether the
 * government recognises the committee, or its `committee` name is looked up in the list of
 * recognised committees (`RECOGNISED_DISPUTES_COMMITTEES`, or the one passed in).
 */
export const CommitteeMembership = strictObject({
  committee: z.optional(z.string().check(z.minLength(1))),
  recognised: z.optional(z.boolean()),
  /** Member since; a member since an unknown date counts as a member now. */
  from: z.optional(z.nullable(isoDate)),
  until: z.optional(z.nullable(isoDate)),
});

/**
 * What we know about a contractor; every field is optional (left out: unknown). Unknown fields
 * are an error, here and in every nested object: a typo would otherwise be silently unknown.
 */
export const ContractorFacts = strictObject({
  /** The company's name, for the decision letter; no rule reads it. */
  name: z.optional(z.string().check(z.minLength(1))),
  /** The KVK registration (AAN-1, AAN-2, AAN-3d); `null`: not registered. */
  kvk: z.optional(
    z.nullable(
      strictObject({
        number: z.optional(z.string().check(z.regex(/^\d{8}$/, { error: 'KVK number: 8 digits' }))),
        /** Registered since; a registration of unknown date counts as registered. */
        registeredSince: z.optional(isoDate),
        deregisteredOn: z.optional(z.nullable(isoDate)),
        /** ISO 3166-1 alpha-2 country of establishment, e.g. NL. */
        countryOfEstablishment: z.optional(
          z.string().check(z.regex(/^[A-Z]{2}$/, { error: 'a two-letter country code, e.g. NL' })),
        ),
        activities: z.optional(z.array(SbiActivity)),
      }),
    ),
  ),
  /** From the Centraal Insolventieregister: bankruptcy or suspension of payments, with dates. */
  insolvency: z.optional(
    z.array(
      strictObject({
        kind: z.enum(['faillissement', 'surseance']),
        from: isoDate,
        until: z.nullable(isoDate),
      }),
    ),
  ),
  disputesCommittees: z.optional(z.array(CommitteeMembership)),
  staff: z.optional(z.array(Worker)),
  /**
   * The agreement with the IMG (AAN-6); `null`: not accepted. `acceptedOn` and `version` are
   * read only when known (a later acceptance date, or a required version, can make it fail).
   */
  agreement: z.optional(
    z.nullable(
      strictObject({
        version: z.optional(z.string().check(z.minLength(1))),
        acceptedOn: z.optional(isoDate),
      }),
    ),
  ),
  portalCommunication: z.optional(z.boolean()),
  registeredBy: z.optional(z.enum(['self', 'representative'])),
});

/** The facts after validation. */
export type ContractorFacts = z.output<typeof ContractorFacts>;
/** The facts as a caller writes them. */
export type ContractorFactsInput = z.input<typeof ContractorFacts>;
/** A worker after validation. */
export type Worker = z.output<typeof Worker>;

/**
 * Validates facts. Facts that do not fit throw an `InputError` with one line per problem
 * (`facts.kvk.number: KVK number: 8 digits, got "abc"`) and the problems in `issues`; an unknown
 * field is one of them (`facts.nmae: unknown field`).
 */
export function parseContractorFacts(input: unknown): ContractorFacts {
  return parseInput(ContractorFacts, input, 'facts');
}
