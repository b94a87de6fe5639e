/**
 * A repair invoice in one structure, whatever it came in as (JSON or UBL). Amounts are integer
 * cents; VAT rates basis points (21 % = 2100); dates ISO calendar dates. Unknown fields are an
 * error at every level: a misspelt optional field (`heaCaseNr`) would otherwise be silently
 * missing, and reported as missing by its rule.
 */
// zod/mini: the functional form tree-shakes (the chaining API adds ~26 kB gzip to a browser bundle).
import { strictObject } from '@img-groningen/vocabulary/schema';
import * as z from 'zod/mini';

const isoDate = z.iso.date({ error: 'must be a date as YYYY-MM-DD' });
const cents = z.int({ error: 'must be whole cents' });
const optionalString = () => z.optional(z.string());
const basisPoints = z.int().check(z.minimum(0), z.maximum(10_000));

export const Address = strictObject({
  street: optionalString(),
  houseNumber: optionalString(),
  postcode: optionalString(),
  city: optionalString(),
  /** ISO 3166-1 alpha-2; NL when left out. */
  country: z._default(z.string().check(z.length(2)), 'NL'),
});

export const Party = strictObject({
  name: optionalString(),
  address: z.optional(Address),
  kvkNumber: optionalString(),
  btwId: optionalString(),
  iban: optionalString(),
  legalForm: z.optional(
    z.enum(['eenmanszaak', 'vof', 'bv', 'nv', 'stichting', 'vereniging', 'anders']),
  ),
  /** SBI activity codes from the KVK register, when known (FAC-1). */
  sbiCodes: z.optional(z.array(z.string())),
});

export const InvoiceLine = strictObject({
  id: optionalString(),
  description: optionalString(),
  roomCode: optionalString(),
  damageNumbers: z.optional(z.array(z.string())),
  /** Hours of work in this line (services, FAC-S3). */
  hours: z.optional(z.number().check(z.minimum(0))),
  quantity: z.number(),
  unitPriceCents: cents,
  /** The line's own charges (positive) and allowances (negative). */
  adjustmentCents: z.optional(cents),
  /** Net line amount; quantity × unit price (plus adjustments) when left out. */
  lineAmountCents: z.optional(cents),
  vatRateBasisPoints: z.optional(basisPoints),
  executionDate: z.optional(isoDate),
  /** Extra work (meerwerk) beyond the quotation. */
  extraWork: z.optional(z.boolean()),
});

export const VatSubtotal = strictObject({
  rateBasisPoints: z.int().check(z.minimum(0)),
  baseCents: cents,
  vatCents: cents,
  category: optionalString(),
});

export const Invoice = strictObject({
  kind: z._default(z.enum(['invoice', 'creditNote']), 'invoice'),
  number: optionalString(),
  issueDate: z.optional(isoDate),
  currency: z._default(z.string().check(z.length(3)), 'EUR'),
  supplier: Party,
  customer: Party,
  damageLocation: z.optional(Address),
  heaCaseNumber: optionalString(),
  adviceReportNumber: optionalString(),
  lines: z.array(InvoiceLine),
  /** Allowances (negative) and charges (positive) on the whole invoice, each with its VAT rate. */
  documentAdjustments: z.optional(
    z.array(
      strictObject({
        amountCents: cents,
        vatRateBasisPoints: z.optional(basisPoints),
        reason: optionalString(),
      }),
    ),
  ),
  vatBreakdown: z.optional(z.array(VatSubtotal)),
  totals: strictObject({
    exclVatCents: z.optional(cents),
    vatCents: z.optional(cents),
    inclVatCents: z.optional(cents),
    payableCents: z.optional(cents),
  }),
  /** When and how the invoice reached the IMG (FAC-4). */
  submittedOn: z.optional(isoDate),
  submittedDigitally: z.optional(z.boolean()),
});

export type Invoice = z.output<typeof Invoice>;
/** An invoice as a caller writes it. */
export type InvoiceInput = z.input<typeof Invoice>;
export type Address = z.output<typeof Address>;

/** What the validation needs to know about the application the invoice belongs to. */
export const InvoiceContext = strictObject({
  scheme: z.enum(['STUW', 'HEA']),
  damageReportedOn: z.optional(isoDate),
  decisionDate: z.optional(isoDate),
  damageLocation: z.optional(Address),
  applicant: z.optional(
    strictObject({
      name: optionalString(),
      address: z.optional(Address),
      btwId: optionalString(),
      kvkNumber: optionalString(),
    }),
  ),
});
export type InvoiceContext = z.output<typeof InvoiceContext>;
/** The context as a caller writes it. */
export type InvoiceContextInput = z.input<typeof InvoiceContext>;
