/**
 * img-db-import: imports a directory of source exports (`<table>.csv` per entity) into
 * PostgreSQL (--database-url or DATABASE_URL) or an embedded PGlite database (--data-dir).
 * Rejected rows go to a report (CSV: file, line, column, reason); a summary ends the run.
 */
import { writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import cliProgress from 'cli-progress';
import { importDirectory } from '../import/import';
import { ENTITIES } from '../import/entities';
import { DATABASE_OPTIONS, DATABASE_USAGE, createCli, openCliDatabase, parseCli } from './args';

const USAGE = `usage: img-db-import DIR [--dry-run] [--as-of YYYY-MM-DD] [--report FILE] [--who NAME]
                     [--database-url URL | --data-dir DIR]
  DIR                a folder with one or more of ${ENTITIES.map((e) => `${e.table}.csv`).join(', ')}
  --dry-run          validate and count what would change; store nothing
  --as-of DATE       the date the export describes (default: its latest registration date)
  --report FILE      where the rejected rows go (default: import-report.csv in the current folder)
  --who NAME         who imports, for the audit log (default: the user name)
${DATABASE_USAGE}`;

const cli = createCli('img-db-import', USAGE);

async function main() {
  const { values, positionals } = parseCli(cli, USAGE, {
    'dry-run': { type: 'boolean' },
    'as-of': { type: 'string' },
    report: { type: 'string' },
    who: { type: 'string' },
    ...DATABASE_OPTIONS,
  });
  if (positionals.length !== 1) cli.fail('give exactly one folder to import');
  if (values['as-of'] !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values['as-of']))
    cli.fail(`--as-of must be a date as YYYY-MM-DD, got '${values['as-of']}'`);
  const { here } = cli;
  const db = await openCliDatabase(cli, values);
  try {
    const steps = ENTITIES.length * 2 + 1;
    const bar = process.stderr.isTTY
      ? new cliProgress.SingleBar(
          { stream: process.stderr, format: ' {bar} {value}/{total} | {step}', hideCursor: true },
          cliProgress.Presets.shades_classic,
        )
      : null;
    bar?.start(steps, 0, { step: 'starting' });
    let done = 0;
    const summary = await importDirectory(db, resolve(here, positionals[0]!), {
      dryRun: values['dry-run'] ?? false,
      asOf: values['as-of'],
      who: values.who ?? userInfo().username,
      onProgress: (step) => {
        done++;
        if (bar) bar.update(done, { step });
        else process.stderr.write(`${step}\n`);
      },
    });
    bar?.update(steps, { step: 'done' });
    bar?.stop();

    const report = resolve(here, values.report ?? 'import-report.csv');
    const quote = (v: string | number | null) =>
      v === null ? '' : /[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v);
    writeFileSync(
      report,
      [
        'file,line,column,reason',
        ...summary.rejections.map((r) => [r.file, r.line, r.column, r.reason].map(quote).join(',')),
      ].join('\n') + '\n',
    );
    const rows = summary.files.map(
      (f) =>
        `  ${f.file.padEnd(20)} ${String(f.inserted).padStart(9)} ${String(f.updated).padStart(9)} ${String(f.unchanged).padStart(9)} ${String(f.rejected).padStart(9)}`,
    );
    process.stdout.write(
      [
        summary.dryRun ? 'Dry run: nothing was stored. It would have been:' : 'Imported:',
        `  ${'file'.padEnd(20)} ${'inserted'.padStart(9)} ${'updated'.padStart(9)} ${'unchanged'.padStart(9)} ${'rejected'.padStart(9)}`,
        ...rows,
        `  ${'total'.padEnd(20)} ${String(summary.totals.inserted).padStart(9)} ${String(summary.totals.updated).padStart(9)} ${String(summary.totals.unchanged).padStart(9)} ${String(summary.totals.rejected).padStart(9)}`,
        summary.rejections.length
          ? `${summary.rejections.length} problems, written to ${report}; the first: ${summary.rejections
              .slice(0, 5)
              .map(
                (r) =>
                  `\n  ${r.file}:${r.line ?? '-'}${r.column ? ` ${r.column}` : ''}: ${r.reason}`,
              )
              .join('')}`
          : 'No rejected rows.',
      ].join('\n') + '\n',
    );
    process.exitCode = summary.rejections.length ? 1 : 0;
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`img-db-import: ${(error as Error).message}\n`);
  process.exit(1);
});
