/**
 * A repair invoice in one structure, whatever it came in as (JSON or UBL). Amounts are integer
 * cents; VAT rates basis points (21 % = 2100); dates ISO calendar dates.
 */
import { z } from 'zod';

const isoDate = z.iso.date({ error: 'must be a date as YYYY-MM-DD' });
const cents = z.number().int({ error: 'must be whole cents' });

export const Address = z.object({
  street: z.string().optional(),
  houseNumber: z.string().optional(),
  postcode: z.string().optional(),
  city: z.string().optional(),
  /** ISO 3166-1 alpha-2; NL when left out. */
  country: z.string().length(2).default('NL'),
});

export const Party = z.object({
  name: z.string().optional(),
  address: Address.optional(),
  kvkNumber: z.string().optional(),
  btwId: z.string().optional(),
  iban: z.string().optional(),
  legalForm: z
    .enum(['eenmanszaak', 'vof', 'bv', 'nv', 'stichting', 'vereniging', 'anders'])
    .optional(),
  /** SBI activity codes from the KVK register, when known (FAC-1). */
  sbiCodes: z.array(z.string()).optional(),
});

export const InvoiceLine = z.object({
  id: z.string().optional(),
  description: z.string().optional(),
  roomCode: z.string().optional(),
  damageNumbers: z.array(z.string()).optional(),
  /** Hours of work in this line (services, FAC-S3). */
  hours: z.number().min(0).optional(),
  quantity: z.number(),
  unitPriceCents: cents,
  /** The line's own charges (positive) and allowances (negative). */
  adjustmentCents: cents.optional(),
  /** Net line amount; quantity × unit price (plus adjustments) when left out. */
  lineAmountCents: cents.optional(),
  vatRateBasisPoints: z.number().int().min(0).max(10_000).optional(),
  executionDate: isoDate.optional(),
  /** Extra work (meerwerk) beyond the quotation. */
  extraWork: z.boolean().optional(),
});

export const VatSubtotal = z.object({
  rateBasisPoints: z.number().int().min(0),
  baseCents: cents,
  vatCents: cents,
  category: z.string().optional(),
});

export const Invoice = z.object({
  kind: z.enum(['invoice', 'creditNote']).default('invoice'),
  number: z.string().optional(),
  issueDate: isoDate.optional(),
  currency: z.string().length(3).default('EUR'),
  supplier: Party,
  customer: Party,
  damageLocation: Address.optional(),
  heaCaseNumber: z.string().optional(),
  adviceReportNumber: z.string().optional(),
  lines: z.array(InvoiceLine),
  /** Allowances (negative) and charges (positive) on the whole invoice, each with its VAT rate. */
  documentAdjustments: z
    .array(
      z.object({
        amountCents: cents,
        vatRateBasisPoints: z.number().int().min(0).max(10_000).optional(),
        reason: z.string().optional(),
      }),
    )
    .optional(),
  vatBreakdown: z.array(VatSubtotal).optional(),
  totals: z.object({
    exclVatCents: cents.optional(),
    vatCents: cents.optional(),
    inclVatCents: cents.optional(),
    payableCents: cents.optional(),
  }),
  /** When and how the invoice reached the IMG (FAC-4). */
  submittedOn: isoDate.optional(),
  submittedDigitally: z.boolean().optional(),
});

export type Invoice = z.output<typeof Invoice>;
export type InvoiceInput = z.input<typeof Invoice>;
export type Address = z.output<typeof Address>;

/** What the validation needs to know about the application the invoice belongs to. */
export const InvoiceContext = z.object({
  scheme: z.enum(['STUW', 'HEA']),
  damageReportedOn: isoDate.optional(),
  decisionDate: isoDate.optional(),
  damageLocation: Address.optional(),
  applicant: z
    .object({
      name: z.string().optional(),
      address: Address.optional(),
      btwId: z.string().optional(),
      kvkNumber: z.string().optional(),
    })
    .optional(),
});
export type InvoiceContext = z.output<typeof InvoiceContext>;
export type InvoiceContextInput = z.input<typeof InvoiceContext>;
