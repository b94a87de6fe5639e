#!/usr/bin/env node
/**
 * img-invoice check <file.xml | file.json> [--context ctx.json] [--json]
 *
 * Exit 0 when the invoice is accepted, 1 when rejected, 2 when the input cannot be read or parsed.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  InvoiceInputError,
  checkStructuredInvoice,
  checkUblInvoice,
  type CheckResult,
} from '../check';
import type { InvoiceContextInput } from '../model';
import { UblError } from '../ubl/xml';

const USAGE =
  'usage: img-invoice check <file.xml | file.json | -> [--context ctx.json] [--json] [--lang nl|en]';

function fail(message: string): never {
  process.stderr.write(`img-invoice: ${message}\n${USAGE}\n`);
  process.exit(2);
}

function readJson(file: string, what: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    fail(`cannot read ${what} ${file}: ${(error as Error).message}`);
  }
}

function main() {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        context: { type: 'string' },
        json: { type: 'boolean' },
        lang: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    fail((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const [command, file] = positionals;
  if (command !== 'check') fail(command ? `unknown command '${command}'` : 'a command is needed');
  if (!file) fail('check needs a file (or - for standard input)');
  const lang = values.lang ?? 'nl';
  if (lang !== 'nl' && lang !== 'en') fail(`--lang must be nl or en, got '${lang}'`);
  const context = values.context
    ? (readJson(values.context, 'the context') as InvoiceContextInput)
    : undefined;
  let text: string;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    fail(`cannot read ${file}: ${(error as Error).message}`);
  }
  let result: CheckResult;
  try {
    if (text.trimStart().startsWith('<')) result = checkUblInvoice(text, context);
    else {
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (error) {
        fail(`${file} is neither XML nor valid JSON: ${(error as Error).message}`);
      }
      result = checkStructuredInvoice(json, context);
    }
  } catch (error) {
    if (error instanceof UblError || error instanceof InvoiceInputError)
      fail(`${file}: ${error.message}`);
    throw error;
  }
  if (values.json) {
    process.stdout.write(
      `${JSON.stringify({ accepted: result.accepted, findings: result.findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, path: f.path, message: f.message })) }, null, 2)}\n`,
    );
  } else {
    process.stdout.write(
      `${result.accepted ? 'accepted' : 'rejected'}: ${result.findings.length} finding(s)\n`,
    );
    for (const f of result.findings)
      process.stdout.write(
        `  ${f.severity.padEnd(7)} ${f.ruleId.padEnd(20)} ${f.path}: ${f.message[lang]}\n`,
      );
  }
  process.exitCode = result.accepted ? 0 : 1;
}

try {
  main();
} catch (error) {
  process.stderr.write(`img-invoice: ${(error as Error).message}\n`);
  process.exit(2);
}
