import { readFileSync, writeFileSync } from 'node:fs';
import { toJSONSchema } from 'zod/mini';
import type { $ZodType } from 'zod/v4/core';

/**
 * JSON Schema files of a package's input types, for users outside TypeScript: each file is
 * the input form of a zod schema. Written by the package's `schema` script, shipped in its
 * `schema/` folder, and checked current by a test.
 */
export type JsonSchemaFiles = Readonly<Record<string, $ZodType>>;

/** The JSON Schema of one zod schema: the input form (defaults make fields optional). */
export function jsonSchemaOf(schema: $ZodType): Record<string, unknown> {
  return toJSONSchema(schema, { io: 'input' }) as Record<string, unknown>;
}

/** Writes every file into `dir` (a URL of the package's `schema/` folder, with a trailing slash). */
export function writeJsonSchemas(dir: URL, files: JsonSchemaFiles): void {
  for (const [name, schema] of Object.entries(files)) {
    const file = new URL(name, dir);
    writeFileSync(file, `${JSON.stringify(jsonSchemaOf(schema), null, 2)}\n`);
    console.log(`wrote ${file.pathname}`);
  }
}

/** The files in `dir` that differ from their schema (empty when all are current). */
export function staleJsonSchemas(dir: URL, files: JsonSchemaFiles): string[] {
  return Object.entries(files).flatMap(([name, schema]) => {
    let committed: unknown;
    try {
      committed = JSON.parse(readFileSync(new URL(name, dir), 'utf8'));
    } catch {
      return [name];
    }
    return JSON.stringify(committed) === JSON.stringify(jsonSchemaOf(schema)) ? [] : [name];
  });
}
