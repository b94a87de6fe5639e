/**
 * img-db-generate: make a synthetic data set and load it (PostgreSQL by --database-url or
 * DATABASE_URL, otherwise PGlite in --data-dir), or write it as CSV files (--csv DIR).
 */
import { parseArgs } from 'node:util';
import {
  createDatabase,
  createDataset,
  loadTables,
  migrate,
  writeCsvFiles,
  DEFAULT_AS_OF,
  DEFAULT_SEED,
} from '../index';
import { progressReporter } from './progress';

const USAGE = `usage: img-db-generate [--applications N] [--seed S] [--as-of YYYY-MM-DD]
                       [--database-url URL | --data-dir DIR | --csv DIR]

  --applications N   applications to generate, 1 to 5,000,000 (default 100000)
  --seed S           seed of the random streams (default ${DEFAULT_SEED})
  --as-of DATE       the data set's "as of" date (default ${DEFAULT_AS_OF})
  --database-url URL load into PostgreSQL (default: $DATABASE_URL)
  --data-dir DIR     load into an embedded PGlite database kept in DIR
                     (default without a URL: .data/pglite)
  --csv DIR          write one CSV file per table into DIR instead of loading`;

function fail(message: string): never {
  process.stderr.write(`img-db-generate: ${message}\n\n${USAGE}\n`);
  process.exit(2);
}

function wholeNumber(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value.replace(/_/g, '')))
    fail(`--${name} must be a whole number, got '${value}'`);
  return Number(value.replace(/_/g, ''));
}

async function main() {
  let values;
  try {
    ({ values } = parseArgs({
      // `pnpm generate -- --applications N` (the npm habit) passes the `--` on: skip it.
      args: process.argv.slice(2).filter((a, i) => !(i === 0 && a === '--')),
      options: {
        applications: { type: 'string' },
        seed: { type: 'string' },
        'as-of': { type: 'string' },
        'database-url': { type: 'string' },
        'data-dir': { type: 'string' },
        csv: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (error) {
    fail((error as Error).message);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  let dataset;
  try {
    dataset = createDataset({
      applications: wholeNumber('applications', values.applications, 100_000),
      seed: wholeNumber('seed', values.seed, DEFAULT_SEED),
      asOf: values['as-of'] ?? DEFAULT_AS_OF,
    });
  } catch (error) {
    fail((error as Error).message);
  }
  const { applications, seed, asOf } = dataset.options;
  process.stderr.write(
    `Generating ${applications.toLocaleString('en')} applications (seed ${seed}, as of ${asOf})\n`,
  );

  if (values.csv) {
    const files = await writeCsvFiles(values.csv, dataset.tables);
    process.stderr.write(`Wrote ${Object.keys(files).length} CSV files to ${values.csv}\n`);
    return;
  }
  // An explicit --data-dir wins over a DATABASE_URL in the environment.
  const url = values['data-dir'] ? undefined : (values['database-url'] ?? process.env.DATABASE_URL);
  const handle = await createDatabase({
    url,
    dataDir: url ? undefined : (values['data-dir'] ?? '.data/pglite'),
  });
  try {
    await migrate(handle);
    const report = progressReporter();
    const result = await loadTables(handle, dataset.tables, report.update);
    report.stop();
    const total = Object.values(result.rows).reduce((a, b) => a + b, 0);
    process.stderr.write(
      `Loaded ${total.toLocaleString('en')} rows into ${handle.driver} in ${(result.milliseconds / 1000).toFixed(1)} s: ` +
        `${Object.entries(result.rows)
          .map(([t, n]) => `${t} ${n}`)
          .join(', ')}\n`,
    );
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`img-db-generate: ${(error as Error).message}\n`);
  process.exit(1);
});
