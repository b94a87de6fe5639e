/**
 * What we know about a contractor, validated with zod. A field left out is unknown (the rule
 * that needs it says "unknown"); `null` means known to be absent (no KVK registration, no
 * agreement accepted). Dates are ISO calendar dates (Europe/Amsterdam).
 */
import { z } from 'zod';
import { isIsoDate } from '@img-groningen/statutory-terms';

export const isoDate = z
  .string()
  .refine(isIsoDate, { error: 'must be a calendar date as YYYY-MM-DD' });

export const SafetyDiploma = z.object({
  /** B-VCA (basic) or VOL-VCA (also written VCA-VOL; for supervisors, includes the basic). */
  kind: z.enum(['B-VCA', 'VOL-VCA', 'VCA-VOL']).transform((k) => (k === 'VCA-VOL' ? 'VOL-VCA' : k)),
  issued: isoDate,
});

export const Worker = z.object({
  id: z.string().min(1),
  role: z.enum(['employee', 'subcontractor']),
  diplomas: z.array(SafetyDiploma),
  /** An exemption from the basic certificate, with its end when it has one. */
  exemption: z.object({ reason: z.string().min(1), until: isoDate.nullable() }).optional(),
});

export const SbiActivity = z.object({
  code: z.string().regex(/^\d{2,5}$/, { error: 'SBI code: 2 to 5 digits' }),
  /** SBI 2008 or the 5-digit SBI 2025 that the KVK uses since September 2025. */
  classification: z.enum(['SBI2008', 'SBI2025']),
});

export const ContractorFacts = z.object({
  name: z.string().min(1),
  kvk: z
    .object({
      number: z.string().regex(/^\d{8}$/, { error: 'KVK number: 8 digits' }),
      registeredSince: isoDate,
      deregisteredOn: isoDate.nullable().optional(),
      /** ISO 3166-1 alpha-2 country of establishment, e.g. NL. */
      countryOfEstablishment: z
        .string()
        .regex(/^[A-Z]{2}$/, { error: 'a two-letter country code, e.g. NL' })
        .optional(),
      activities: z.array(SbiActivity).optional(),
    })
    .nullable()
    .optional(),
  /** From the Centraal Insolventieregister: bankruptcy or suspension of payments, with dates. */
  insolvency: z
    .array(
      z.object({
        kind: z.enum(['faillissement', 'surseance']),
        from: isoDate,
        until: isoDate.nullable(),
      }),
    )
    .optional(),
  disputesCommittees: z
    .array(z.object({ committee: z.string().min(1), from: isoDate, until: isoDate.nullable() }))
    .optional(),
  staff: z.array(Worker).optional(),
  agreement: z
    .object({ version: z.string().min(1), acceptedOn: isoDate })
    .nullable()
    .optional(),
  portalCommunication: z.boolean().optional(),
  registeredBy: z.enum(['self', 'representative']).optional(),
});

export type ContractorFacts = z.output<typeof ContractorFacts>;
export type ContractorFactsInput = z.input<typeof ContractorFacts>;
export type Worker = z.output<typeof Worker>;

/** Validates facts; the error lists every problem with its path. */
export function parseContractorFacts(input: unknown): ContractorFacts {
  return ContractorFacts.parse(input);
}
