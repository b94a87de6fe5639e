#!/usr/bin/env node
/**
 * img-contractor check <facts.json | -> [--on YYYY-MM-DD] [--json] [--letter text|html] [--lang nl|en]
 * img-contractor recheck <register.ndjson | -> [--on YYYY-MM-DD] [--horizon 90] [--json]
 *
 * check: exit 0 admitted, 1 rejected or information missing, 2 input unreadable or invalid.
 * recheck: exit 0 when every contractor is compliant on the date, 1 when one is not (rejected or
 * information missing) or a line could not be read (reported with its number and skipped).
 * `--on` is today in Europe/Amsterdam when left out.
 */
import {
  EXIT,
  describeIssues,
  parseCli,
  readJson,
  readLines,
  runMain,
  usageOf,
} from '@img-groningen/cli-kit';
import { isIsoDate } from '@img-groningen/statutory-terms';
import { strictObject } from '@img-groningen/vocabulary/schema';
import * as z from 'zod/mini';
import {
  ContractorFacts,
  decisionLetter,
  evaluateAdmission,
  recheckRegister,
  renderLetterHtml,
  renderLetterText,
  type RegisterEntry,
} from '../index.js';

const USAGE = `usage:
  img-contractor check <facts.json | -> [--on YYYY-MM-DD] [--json] [--letter text|html] [--lang nl|en]
  img-contractor recheck <register.ndjson | -> [--on YYYY-MM-DD] [--horizon 90] [--json]

  --on       the date to check on (default: today, Europe/Amsterdam)
  --horizon  recheck: days after --on to look for contractors falling out (default 90)

exit status: check: 0 admitted; 1 rejected or needs information.
recheck: 0 every contractor compliant on --on (those falling out later are listed, exit 0);
1 any contractor not compliant on --on, or a line rejected (reported on stderr).
Both: 2 usage error or input that cannot be used.`;

const NAME = 'img-contractor';
/** A line of a register: `{ "id", "facts" }` (or the facts alone); any other field is a typo. */
const RegisterLine = strictObject({ id: z.optional(z.string()), facts: ContractorFacts });
// Typed out: a call ends the command only if its type says `never` where it is declared.
const usage: (message: string) => never = usageOf(NAME, USAGE);
const today = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());

async function main() {
  const { values, positionals } = parseCli({
    name: NAME,
    usage: USAGE,
    moduleUrl: import.meta.url,
    options: {
      on: { type: 'string' },
      json: { type: 'boolean' },
      letter: { type: 'string' },
      lang: { type: 'string' },
      horizon: { type: 'string' },
    },
  });
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
  // reportInput: the messages show the value found (`got "abc"`).
  const parsed = ContractorFacts.safeParse(readJson(NAME, file), { reportInput: true });
  if (!parsed.success) return usage(`${file}: ${describeIssues(parsed.error.issues)}`);
  const facts = parsed.data;
  const lang = values.lang ?? 'nl';
  if (lang !== 'nl' && lang !== 'en') usage(`--lang must be nl or en, got '${lang}'`);
  const admission = evaluateAdmission(facts, on);
  if (values.letter) {
    if (values.letter !== 'text' && values.letter !== 'html')
      usage(`--letter must be text or html, got '${values.letter}'`);
    if (facts.name === undefined)
      usage(`${file}: name: the decision letter needs the company's name`);
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
    process.stdout.write(
      `${facts.name ?? facts.kvk?.number ?? (file === '-' ? 'the contractor' : file)} on ${on}: ${admission.outcome}\n`,
    );
    for (const rule of admission.rules)
      process.stdout.write(
        `  ${`${rule.id}${rule.part ? ` (${rule.part})` : ''}`.padEnd(11)} ${rule.outcome.padEnd(7)} ${rule.reason[lang]}\n`,
      );
  }
  process.exitCode = admission.outcome === 'admitted' ? EXIT.ok : EXIT.negative;
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
  const register: RegisterEntry[] = [];
  let bad = 0;
  for await (const { line, number: lineNumber } of readLines(NAME, file)) {
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (error) {
      bad++;
      process.stderr.write(`line ${lineNumber}: not valid JSON: ${(error as Error).message}\n`);
      continue;
    }
    const wrapped = typeof record === 'object' && record !== null && 'facts' in record;
    // reportInput: the messages show the value found (`got "abc"`).
    const parsed = wrapped
      ? RegisterLine.safeParse(record, { reportInput: true })
      : ContractorFacts.safeParse(record, { reportInput: true });
    if (!parsed.success) {
      bad++;
      process.stderr.write(`line ${lineNumber}: ${describeIssues(parsed.error.issues)}\n`);
      continue;
    }
    const { id, facts } =
      'facts' in parsed.data ? parsed.data : { id: undefined, facts: parsed.data };
    register.push({ id: id ?? facts.kvk?.number ?? `line ${lineNumber}`, facts });
  }
  const report = recheckRegister(register, { onDate: on, horizonDays: horizon });
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
  process.exitCode = bad > 0 || report.notCompliant.length > 0 ? EXIT.negative : EXIT.ok;
}

runMain(NAME, main);
