// Writes the facts' JSON Schema to schema/facts.schema.json (committed; a test keeps it current).
import { writeFileSync } from 'node:fs';
import { factsJsonSchema } from '../facts.js';

const file = new URL('../../schema/facts.schema.json', import.meta.url);
writeFileSync(file, `${JSON.stringify(factsJsonSchema(), null, 2)}\n`);
console.log(`wrote ${file.pathname}`);
