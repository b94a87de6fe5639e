/**
 * What the database command-line tools share (`@img-groningen/db/cli`): strict argument parsing
 * with a usage message on every mistake (exit 2), and the two ways to name a database.
 */
import { resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { createDatabase, type DatabaseHandle } from '../client';
import { migrate } from '../migrate';

export const DATABASE_OPTIONS = {
  'database-url': { type: 'string' },
  'data-dir': { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

export const DATABASE_USAGE = `  --database-url URL PostgreSQL (default: $DATABASE_URL)
  --data-dir DIR     an embedded PGlite database kept in DIR`;

export interface Cli {
  /** Says what is wrong, with the usage, and exits with 2. */
  fail(message: string): never;
  /** The caller's folder: pnpm runs a script in the package folder and says where it was called. */
  here: string;
}

export function createCli(name: string, usage: string): Cli {
  return {
    fail(message) {
      process.stderr.write(`${name}: ${message}\n\n${usage}\n`);
      process.exit(2);
    },
    here: process.env.INIT_CWD ?? process.cwd(),
  };
}

/** Parses strictly; `--help` prints the usage and exits 0. */
export function parseCli<const O extends NonNullable<ParseArgsConfig['options']>>(
  cli: Cli,
  usage: string,
  options: O,
) {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${usage}\n`);
    process.exit(0);
  }
  try {
    return parseArgs({ args, allowPositionals: true as const, strict: true as const, options });
  } catch (error) {
    return cli.fail((error as Error).message);
  }
}

/** Opens and migrates the database named by --database-url, DATABASE_URL or --data-dir. */
export async function openCliDatabase(
  cli: Cli,
  values: { 'database-url'?: string | undefined; 'data-dir'?: string | undefined },
): Promise<DatabaseHandle> {
  const url = values['database-url'] ?? process.env.DATABASE_URL;
  if (!url && !values['data-dir'])
    cli.fail('say which database: --database-url, DATABASE_URL or --data-dir');
  const dataDir = values['data-dir'] ? resolve(cli.here, values['data-dir']) : undefined;
  const db = await createDatabase({ url, dataDir: url ? undefined : dataDir });
  await migrate(db);
  return db;
}
