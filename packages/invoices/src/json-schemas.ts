/** The JSON Schema files this package ships (`schema/`), from its zod schemas. */
import { Invoice, InvoiceContext } from './model.js';

export const JSON_SCHEMA_FILES = {
  'invoice.schema.json': Invoice,
  'context.schema.json': InvoiceContext,
} as const;
