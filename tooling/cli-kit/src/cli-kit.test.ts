import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { describeIssues, jsonSchemaOf, packageVersion } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'cli-kit-'));
const script = fileURLToPath(new URL('../test/demo-command.ts', import.meta.url));
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { encoding: 'utf8' });
const at = (file: string) => join(dir, file);

describe('cli-kit', () => {
  it('prints usage for --help and a version for --version, exit 0', () => {
    expect(run('--help')).toMatchObject({ status: 0, stdout: 'usage: demo FILE [--strict]\n' });
    expect(run('--version').status).toBe(0);
    expect(run('--version').stdout).toMatch(/^(\d+\.\d+\.\d+.*|unknown)\n$/);
  });

  it('exits 2 with the reason and the usage on a usage error, never a stack trace', () => {
    const unknown = run('--nope');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/^demo: Unknown option '--nope'/);
    expect(unknown.stderr).toContain('usage: demo');
    const missing = run();
    expect(missing).toMatchObject({ status: 2 });
    expect(missing.stderr).toMatch(/a file is needed/);
  });

  it('exits 2 for unreadable or invalid input, 1 for a negative answer, 0 for a positive one', () => {
    writeFileSync(join(dir, 'bad.json'), '{');
    writeFileSync(join(dir, 'no.json'), '{"ok": false}');
    writeFileSync(join(dir, 'yes.json'), '{"ok": true}');
    writeFileSync(join(dir, 'empty.json'), '{}');
    expect(run(at('missing.json')).status).toBe(2);
    expect(run(at('bad.json')).stderr).toMatch(/bad.json is not valid JSON/);
    expect(run(at('no.json')).status).toBe(1);
    expect(run(at('yes.json')).status).toBe(0);
    const thrown = run(at('empty.json'), '--strict');
    expect(thrown.status).toBe(2);
    expect(thrown.stderr).toBe('demo: ok: missing\n');
  });

  it('names each problem with its path', () => {
    expect(
      describeIssues([
        { path: ['kvk', 'number'], message: 'KVK number: 8 digits' },
        { path: [], message: 'expected an object' },
      ]),
    ).toBe('kvk.number: KVK number: 8 digits; (document): expected an object');
  });

  it('names an unknown field at its own path, and the value found when zod reports it', () => {
    expect(
      describeIssues([
        { path: ['applicant'], message: 'Invalid input', code: 'unrecognized_keys', keys: ['nme'] },
        {
          path: ['object', 'constructionYear'],
          message: 'Invalid input',
          code: 'invalid_type',
          expected: 'int',
          input: 'abc',
        },
      ]),
    ).toBe(
      'applicant.nme: unknown field; object.constructionYear: expected a whole number, got "abc"',
    );
  });

  it('says why when the message is only the generic one (zod/mini has no messages)', () => {
    expect(
      describeIssues([
        {
          path: ['applicant', 'kind'],
          message: 'Invalid input',
          code: 'invalid_value',
          values: ['natural', 'legal'],
        },
        {
          path: ['location', 'maxPgv'],
          message: 'Invalid input',
          code: 'invalid_type',
          expected: 'number',
        },
        { path: ['applicant'], message: 'Invalid input', code: 'unrecognized_keys', keys: ['nme'] },
        {
          path: ['object', 'addressCount'],
          message: 'Invalid input',
          code: 'too_small',
          minimum: 1,
          inclusive: true,
        },
      ]),
    ).toBe(
      'applicant.kind: must be one of "natural", "legal"; location.maxPgv: expected a number; applicant.nme: unknown field; object.addressCount: must be at least 1',
    );
  });

  it('gives a JSON Schema its $id under the package name, its title and description', () => {
    const schema = jsonSchemaOf(new URL('../test/', import.meta.url), 'demo.schema.json', {
      schema: z.strictObject({ ok: z.boolean() }),
      title: 'Demo',
      description: 'A demo document.',
    });
    expect(schema).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: 'https://unpkg.com/@img-groningen/cli-kit/test/demo.schema.json',
      title: 'Demo',
      description: 'A demo document.',
      type: 'object',
      additionalProperties: false,
    });
    expect(Object.keys(schema).slice(0, 4)).toEqual(['$schema', '$id', 'title', 'description']);
  });

  it('finds the version in the nearest package.json', () => {
    expect(packageVersion(import.meta.url)).toBe('0.0.0');
  });
});
