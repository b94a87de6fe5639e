/** The JSON Schema files this package ships (`schema/`), from its zod schemas. */
import { EligibilityFacts } from './facts.js';

// Checked as cli-kit's JsonSchemaFiles where it is written and tested: the library build, which
// compiles this file, has no Node types for cli-kit.
export const JSON_SCHEMA_FILES = {
  'facts.schema.json': {
    schema: EligibilityFacts,
    title: 'IMG eligibility facts',
    description:
      'The facts about one applicant and one object that @img-groningen/eligibility evaluates (VES, AVV, repair, maatwerk). Every field is optional: a fact left out is unknown and its rule says "unknown". Unknown fields are an error. Dates are ISO calendar dates, money integer cents, PGV mm/s at 1 % exceedance.',
  },
} as const;
