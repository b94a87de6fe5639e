#!/usr/bin/env node
/**
 * img-contractor check <facts.json | -> [--on YYYY-MM-DD] [--json] [--letter text|html] [--lang nl|en]
 * img-contractor recheck <register.ndjson | -> --on YYYY-MM-DD [--horizon 90] [--json]
 *
 * check: exit 0 admitted, 1 rejected or information missing, 2 input unreadable or invalid.
 * recheck: a line that cannot be read is reported with its number and skipped; exit 1 then.
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
  img-contractor recheck <register.ndjson | -> --on YYYY-MM-DD [--horizon 90] [--json]`;

const NAME = 'img-contractor';
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
  const parsed = ContractorFacts.safeParse(readJson(NAME, file));
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
      `${facts.name ?? facts.kvk?.number ?? file} on ${on}: ${admission.outcome}\n`,
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
    let record: { id?: unknown; facts?: unknown };
    try {
      record = JSON.parse(line) as { id?: unknown; facts?: unknown };
    } catch (error) {
      bad++;
      process.stderr.write(`line ${lineNumber}: not valid JSON: ${(error as Error).message}\n`);
      continue;
    }
    const parsed = ContractorFacts.safeParse(record.facts ?? record);
    if (!parsed.success) {
      bad++;
      process.stderr.write(`line ${lineNumber}: ${describeIssues(parsed.error.issues)}\n`);
      continue;
    }
    const facts = parsed.data;
    register.push({
      id: typeof record.id === 'string' ? record.id : (facts.kvk?.number ?? `line ${lineNumber}`),
      facts,
    });
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
  if (bad > 0) process.exitCode = EXIT.negative;
}

runMain(NAME, main);
