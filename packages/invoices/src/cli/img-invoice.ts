#!/usr/bin/env node
/**
 * img-invoice check <file.xml | file.json> [--context ctx.json] [--json]
 *
 * Exit 0 when the invoice is accepted, 1 when rejected, 2 when the input cannot be read or parsed.
 */
import { EXIT, parseCli, readJson, readText, runMain, usageOf } from '@img-groningen/cli-kit';
import {
  InvoiceInputError,
  checkStructuredInvoice,
  checkUblInvoice,
  type CheckResult,
} from '../check.js';
import type { InvoiceContextInput } from '../model.js';
import { UblError } from '../ubl/xml.js';

const USAGE =
  'usage: img-invoice check <file.xml | file.json | -> [--context ctx.json] [--json] [--lang nl|en]';

const NAME = 'img-invoice';

/** A usage error: the message, the usage and exit code 2. */
const fail: (message: string) => never = usageOf(NAME, USAGE);

function main() {
  const { values, positionals } = parseCli({
    name: NAME,
    usage: USAGE,
    moduleUrl: import.meta.url,
    options: {
      context: { type: 'string' },
      json: { type: 'boolean' },
      lang: { type: 'string' },
    },
  });
  const [command, file] = positionals;
  if (command !== 'check') fail(command ? `unknown command '${command}'` : 'a command is needed');
  if (!file) fail('check needs a file (or - for standard input)');
  const lang = values.lang ?? 'nl';
  if (lang !== 'nl' && lang !== 'en') fail(`--lang must be nl or en, got '${lang}'`);
  const context = values.context
    ? (readJson(NAME, values.context, `the context ${values.context}`) as InvoiceContextInput)
    : undefined;
  const text = readText(NAME, file);
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
  process.exitCode = result.accepted ? EXIT.ok : EXIT.negative;
}

runMain(NAME, main);
