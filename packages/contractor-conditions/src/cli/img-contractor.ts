#!/usr/bin/env node
/**
 * img-contractor check <facts.json | -> [--on YYYY-MM-DD] [--json] [--letter text|html] [--lang nl|en]
 * img-contractor recheck <register.ndjson | -> --on YYYY-MM-DD [--horizon 90] [--json]
 *
 * check: exit 0 admitted, 1 rejected or information missing, 2 input unreadable or invalid.
 * recheck: a line that cannot be read is reported with its number and skipped; exit 1 then.
 */
import { readFileSync } from 'node:fs';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { isIsoDate } from '@img-groningen/statutory-terms';
import { ZodError } from 'zod';
import {
  decisionLetter,
  evaluateAdmission,
  parseContractorFacts,
  recheckRegister,
  renderLetterHtml,
  renderLetterText,
  type RegisterEntry,
} from '../index';

const USAGE = `usage:
  img-contractor check <facts.json | -> [--on YYYY-MM-DD] [--json] [--letter text|html] [--lang nl|en]
  img-contractor recheck <register.ndjson | -> --on YYYY-MM-DD [--horizon 90] [--json]`;

function usage(message: string): never {
  process.stderr.write(`img-contractor: ${message}\n\n${USAGE}\n`);
  process.exit(2);
}

const describeZod = (error: ZodError) =>
  error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
const today = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());

async function main() {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        on: { type: 'string' },
        json: { type: 'boolean' },
        letter: { type: 'string' },
        lang: { type: 'string' },
        horizon: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    usage((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const [command, file] = positionals;
  const on = values.on ?? today();
  if (!isIsoDate(on)) usage(`--on must be a calendar date as YYYY-MM-DD, got '${on}'`);
  if (command === 'check') return check(file, on, values);
  if (command === 'recheck') return recheck(file, on, values);
  usage(command ? `unknown command '${command}'` : 'a command is needed');
}

function check(
  file: string | undefined,
  on: string,
  values: { json?: boolean | undefined; letter?: string | undefined; lang?: string | undefined },
) {
  if (!file) usage('check needs a facts file (or - for standard input)');
  let text: string;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    usage(`cannot read ${file}: ${(error as Error).message}`);
  }
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    usage(`${file} is not valid JSON: ${(error as Error).message}`);
  }
  let facts;
  try {
    facts = parseContractorFacts(input);
  } catch (error) {
    if (error instanceof ZodError) usage(`${file}: ${describeZod(error)}`);
    throw error;
  }
  const lang = values.lang ?? 'nl';
  if (lang !== 'nl' && lang !== 'en') usage(`--lang must be nl or en, got '${lang}'`);
  const admission = evaluateAdmission(facts, on);
  if (values.letter) {
    if (values.letter !== 'text' && values.letter !== 'html')
      usage(`--letter must be text or html, got '${values.letter}'`);
    const letter = decisionLetter(admission, {
      contractorName: facts.name,
      kvkNumber: facts.kvk?.number ?? null,
    });
    process.stdout.write(
      values.letter === 'html' ? renderLetterHtml(letter, lang) : renderLetterText(letter, lang),
    );
  } else if (values.json) {
    process.stdout.write(`${JSON.stringify(admission, null, 2)}\n`);
  } else {
    process.stdout.write(`${facts.name} on ${on}: ${admission.outcome}\n`);
    for (const rule of admission.rules)
      process.stdout.write(
        `  ${rule.id.padEnd(7)} ${rule.outcome.padEnd(7)} ${rule.reason[lang]}\n`,
      );
  }
  process.exitCode = admission.outcome === 'admitted' ? 0 : 1;
}

async function recheck(
  file: string | undefined,
  on: string,
  values: { json?: boolean | undefined; horizon?: string | undefined },
) {
  if (!file) usage('recheck needs a register file (NDJSON, or - for standard input)');
  const horizon = values.horizon === undefined ? 90 : Number(values.horizon);
  if (!Number.isInteger(horizon) || horizon < 0)
    usage(`--horizon must be a whole number of days, got '${values.horizon}'`);
  const input = file === '-' ? process.stdin : createReadStream(file);
  input.on('error', (error: Error) => usage(`cannot read ${file}: ${error.message}`));
  const register: RegisterEntry[] = [];
  let lineNumber = 0;
  let bad = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    lineNumber++;
    if (line.trim() === '') continue;
    try {
      const record = JSON.parse(line) as { id?: unknown; facts?: unknown };
      const facts = parseContractorFacts(record.facts ?? record);
      register.push({
        id: typeof record.id === 'string' ? record.id : (facts.kvk?.number ?? `line ${lineNumber}`),
        facts,
      });
    } catch (error) {
      bad++;
      process.stderr.write(
        `line ${lineNumber}: ${error instanceof ZodError ? describeZod(error) : `not valid JSON: ${(error as Error).message}`}\n`,
      );
    }
  }
  const report = recheckRegister(register, on, horizon);
  if (values.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else {
    process.stdout.write(
      `Checked ${report.checked} contractors on ${on}; horizon to ${report.horizonEnd}.\n`,
    );
    process.stdout.write(`Not compliant now: ${report.notCompliant.length}\n`);
    for (const c of report.notCompliant)
      process.stdout.write(
        `  ${c.id}: ${c.outcome} (${c.failing.join(', ') || 'information missing'})\n`,
      );
    process.stdout.write(`Falling out within ${horizon} days: ${report.fallingOut.length}\n`);
    for (const c of report.fallingOut)
      process.stdout.write(`  ${c.date} ${c.id}: ${c.failing.join(', ')}\n`);
  }
  if (bad > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`img-contractor: ${(error as Error).message}\n`);
  process.exit(2);
});
