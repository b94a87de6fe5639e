/**
 * @img-groningen/cli-kit — what every command of the domain packages does the same way:
 * arguments (`--help`, `--version`), reading a file or standard input, line by line for NDJSON,
 * validation messages with their path, and the exit codes.
 */
export { EXIT, fail, runMain, usageOf } from './exit.js';
export type { ExitCode } from './exit.js';
export { parseCli } from './args.js';
export type { CliSpec, ParsedCli } from './args.js';
export { packageVersion } from './version.js';
export { inputStream, readLines, readText, readJson, writeOut } from './input.js';
export type { NumberedLine } from './input.js';
export { describeIssues } from './issues.js';
export type { Issue } from './issues.js';
export { jsonSchemaOf, staleJsonSchemas, writeJsonSchemas } from './schemas.js';
export type { JsonSchemaFile, JsonSchemaFiles } from './schemas.js';
