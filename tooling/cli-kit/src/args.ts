import { parseArgs, type ParseArgsConfig } from 'node:util';
import { fail } from './exit.js';
import { packageVersion } from './version.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** A command: its name, its usage text and its options (`--help` and `--version` are added). */
export interface CliSpec<O extends Options> {
  name: string;
  usage: string;
  options: O;
  /** `import.meta.url` of the command, to find its package's version. */
  moduleUrl: string;
  /** The arguments; `process.argv.slice(2)` by default. */
  args?: string[];
}

/** The parsed arguments. */
export interface ParsedCli<O extends Options> {
  values: ReturnType<typeof parseArgs<{ options: O; allowPositionals: true }>>['values'];
  positionals: string[];
}

/**
 * Parses the arguments. `--help` prints the usage and `--version` the package's version, both
 * to stdout with exit code 0; an unknown option or a missing value is a usage error (exit 2).
 */
export function parseCli<O extends Options>(spec: CliSpec<O>): ParsedCli<O> {
  let parsed;
  try {
    parsed = parseArgs({
      args: spec.args ?? process.argv.slice(2),
      allowPositionals: true,
      options: {
        ...spec.options,
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    return fail(spec.name, (error as Error).message, spec.usage);
  }
  const values = parsed.values as Record<string, unknown>;
  if (values.help) {
    process.stdout.write(`${spec.usage}\n`);
    process.exit(0);
  }
  if (values.version) {
    process.stdout.write(`${packageVersion(spec.moduleUrl)}\n`);
    process.exit(0);
  }
  return {
    values: parsed.values as ParsedCli<O>['values'],
    positionals: parsed.positionals,
  };
}
