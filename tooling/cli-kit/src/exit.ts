/**
 * Exit codes, the same for every command:
 * 0 — done, and the answer is positive (or the command gives no verdict);
 * 1 — done, and the answer is negative (rejected, not admitted) or some records were rejected;
 * 2 — nothing useful done: a usage error, or input that cannot be read or parsed.
 */
export const EXIT = { ok: 0, negative: 1, unusable: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** Ends the command with a message on stderr (and the usage, when given) and exit code 2. */
export function fail(name: string, message: string, usage?: string): never {
  process.stderr.write(`${name}: ${message}\n${usage ? `\n${usage}\n` : ''}`);
  process.exit(EXIT.unusable);
}

/** A command's usage error: `usageOf(NAME, USAGE)('--x must be …')` ends with the message, the usage and exit 2. */
export function usageOf(name: string, usage: string): (message: string) => never {
  return (message) => fail(name, message, usage);
}

/**
 * Runs a command's main function: an error that escapes it is reported in one line (no stack
 * trace) with exit code 2.
 */
export function runMain(name: string, main: () => unknown): void {
  // A reader that stops early (`| head`) closes the pipe: that ends the command quietly, with the
  // exit code it had so far, never with a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.ok);
    fail(name, error.message);
  });
  Promise.resolve()
    .then(main)
    .catch((error: unknown) => fail(name, error instanceof Error ? error.message : String(error)));
}
