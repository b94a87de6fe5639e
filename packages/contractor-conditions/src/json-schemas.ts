/** The JSON Schema files this package ships (`schema/`), from its zod schemas. */
import { ContractorFacts } from './facts.js';

// Checked as cli-kit's JsonSchemaFiles where it is written and tested: the library build, which
// compiles this file, has no Node types for cli-kit.
export const JSON_SCHEMA_FILES = {
  'facts.schema.json': {
    schema: ContractorFacts,
    title: 'IMG contractor facts',
    description:
      'What is known about a contractor for the admission rules of repair by own contractor (HEA, AAN-1 to AAN-7) in @img-groningen/contractor-conditions. A field left out is unknown; null means known to be absent. Unknown fields are an error. Dates are ISO calendar dates (Europe/Amsterdam).',
  },
} as const;
