// Writes the JSON Schema files to schema/ (committed; a test keeps them current).
import { writeJsonSchemas } from '@img-groningen/cli-kit';
import { JSON_SCHEMA_FILES } from '../json-schemas.js';

writeJsonSchemas(new URL('../../schema/', import.meta.url), JSON_SCHEMA_FILES);
