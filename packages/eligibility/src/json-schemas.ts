/** The JSON Schema files this package ships (`schema/`), from its zod schemas. */
import type { JsonSchemaFiles } from '@img-groningen/cli-kit';
import { EligibilityFacts } from './facts.js';

export const JSON_SCHEMA_FILES: JsonSchemaFiles = {
  'facts.schema.json': {
    schema: EligibilityFacts,
    title: 'IMG eligibility facts',
    description:
      'The facts about one applicant and one object that @img-groningen/eligibility evaluates (VES, AVV, repair, maatwerk). Every field is optional: a fact left out is unknown and its rule says "unknown". Unknown fields are an error. Dates are ISO calendar dates, money integer cents, PGV mm/s at 1 % exceedance.',
  },
};
