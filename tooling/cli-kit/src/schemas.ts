import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toJSONSchema } from 'zod/mini';
import type { $ZodType } from 'zod/v4/core';
import { nearestManifest } from './version.js';

/** One JSON Schema file: the zod schema it is the input form of, and what it describes. */
export interface JsonSchemaFile {
  schema: $ZodType;
  title: string;
  description: string;
}

/**
 * JSON Schema files of a package's input types, for users outside TypeScript, by file name.
 * Written by the package's `schema` script, shipped in its `schema/` folder, and checked current
 * by a test.
 */
export type JsonSchemaFiles = Readonly<Record<string, JsonSchemaFile>>;

/** Where a published file of a package can be fetched: its `$id`, stable across versions. */
const PUBLISHED_AT = 'https://unpkg.com/';

/**
 * The JSON Schema of one file in `dir`: `$id` (the file as published under the package's name),
 * `title` and `description`, then the input form of the zod schema (defaults make fields optional).
 */
export function jsonSchemaOf(
  dir: URL,
  name: string,
  file: JsonSchemaFile,
): Record<string, unknown> {
  const manifest = nearestManifest(dir);
  if (!manifest) throw new Error(`no package.json above ${dir.pathname}`);
  const path = relative(manifest.dir, fileURLToPath(new URL(name, dir)));
  const { $schema, ...rest } = toJSONSchema(file.schema, { io: 'input' }) as Record<
    string,
    unknown
  >;
  return {
    $schema,
    $id: `${PUBLISHED_AT}${manifest.name}/${path}`,
    title: file.title,
    description: file.description,
    ...rest,
  };
}

/** Writes every file into `dir` (a URL of the package's `schema/` folder, with a trailing slash). */
export function writeJsonSchemas(dir: URL, files: JsonSchemaFiles): void {
  for (const [name, file] of Object.entries(files)) {
    const target = new URL(name, dir);
    writeFileSync(target, `${JSON.stringify(jsonSchemaOf(dir, name, file), null, 2)}\n`);
    console.log(`wrote ${target.pathname}`);
  }
}

/** The files in `dir` that differ from their schema (empty when all are current). */
export function staleJsonSchemas(dir: URL, files: JsonSchemaFiles): string[] {
  return Object.entries(files).flatMap(([name, file]) => {
    let committed: unknown;
    try {
      committed = JSON.parse(readFileSync(new URL(name, dir), 'utf8'));
    } catch {
      return [name];
    }
    return JSON.stringify(committed) === JSON.stringify(jsonSchemaOf(dir, name, file))
      ? []
      : [name];
  });
}
