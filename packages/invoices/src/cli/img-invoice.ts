#!/usr/bin/env node
/**
 * img-invoice check <file.xml | file.json> [--context ctx.json] [--json]
 *
 * Exit 0 when the invoice is accepted, 1 when rejected, 2 when the input cannot be read or parsed.
 * The rules that need the application's context and could not be checked are named beside the
 * verdict (`skipped` in JSON): without --context, "accepted" covers only the invoice itself.
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

const USAGE = `usage: img-invoice check <file.xml | file.json | -> [--context ctx.json] [--json] [--lang nl|en]

  --context  the application's context (scheme, damageReportedOn, decisionDate, damageLocation);
             without it FAC-3, FAC-4's term, FAC-X5 and the HEA rules are not checked, and the
             output says so
  --json     { accepted, skipped, findings } instead of text
  --lang     the findings' language (default nl)

exit status: 0 accepted; 1 rejected; 2 usage error or input that cannot be read or parsed`;

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
      `${JSON.stringify({ accepted: result.accepted, skipped: result.skipped, findings: result.findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, path: f.path, message: f.message })) }, null, 2)}\n`,
    );
  } else {
    // On the verdict's own line: an "accepted" that skipped rules must not be read as a full pass.
    const skipped =
      result.skipped.length === 0
        ? ''
        : `; not checked ${context ? 'for lack of context facts' : 'without --context'}: ${result.skipped.join(', ')}`;
    process.stdout.write(
      `${result.accepted ? 'accepted' : 'rejected'}: ${result.findings.length} finding(s)${skipped}\n`,
    );
    for (const f of result.findings)
      process.stdout.write(
        `  ${f.severity.padEnd(7)} ${f.ruleId.padEnd(20)} ${f.path}: ${f.message[lang]}\n`,
      );
  }
  process.exitCode = result.accepted ? EXIT.ok : EXIT.negative;
}

runMain(NAME, main);
