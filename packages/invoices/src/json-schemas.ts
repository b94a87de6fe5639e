/** The JSON Schema files this package ships (`schema/`), from its zod schemas. */
import { Invoice, InvoiceContext } from './model.js';

// Checked as cli-kit's JsonSchemaFiles where it is written and tested: the library build, which
// compiles this file, has no Node types for cli-kit.
export const JSON_SCHEMA_FILES = {
  'invoice.schema.json': {
    schema: Invoice,
    title: 'IMG repair invoice',
    description:
      'A structured repair invoice (Stuwmeerregeling contractor variant, HEA) as @img-groningen/invoices validates it. Amounts are integer cents, VAT rates basis points (21 % = 2100), dates ISO calendar dates. Unknown fields are an error.',
  },
  'context.schema.json': {
    schema: InvoiceContext,
    title: 'IMG invoice context',
    description:
      'What @img-groningen/invoices needs to know about the application an invoice belongs to: the scheme (STUW or HEA), when the damage was reported, the decision date, the damage location and the applicant. Rules that read a part left out are not checked and listed as skipped. Unknown fields are an error.',
  },
} as const;
