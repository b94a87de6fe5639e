/** The JSON Schema files this package ships (`schema/`), from its zod schemas. */
import { ContractorFacts } from './facts.js';

export const JSON_SCHEMA_FILES = { 'facts.schema.json': ContractorFacts } as const;
