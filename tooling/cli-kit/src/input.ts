import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fail } from './exit.js';

/** A file, or standard input for `-`; a file that cannot be read ends the command (exit 2). */
export function inputStream(name: string, file: string): NodeJS.ReadableStream {
  const stream = file === '-' ? process.stdin : createReadStream(file);
  stream.on('error', (error: Error) => fail(name, `cannot read ${file}: ${error.message}`));
  return stream;
}

/** The whole text of a file or of standard input (`-`). */
export function readText(name: string, file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    return fail(name, `cannot read ${file}: ${(error as Error).message}`);
  }
}

/** A JSON document from a file or standard input; unreadable or invalid JSON ends the command. */
export function readJson(name: string, file: string, what = file): unknown {
  const text = readText(name, file);
  try {
    return JSON.parse(text);
  } catch (error) {
    return fail(name, `${what} is not valid JSON: ${(error as Error).message}`);
  }
}

/** One line of an input with its number (from 1), for messages. */
export interface NumberedLine {
  line: string;
  number: number;
}

/** The lines of a file or of standard input, numbered; blank lines are skipped. */
export async function* readLines(name: string, file: string): AsyncGenerator<NumberedLine> {
  let number = 0;
  for await (const line of createInterface({
    input: inputStream(name, file),
    crlfDelay: Infinity,
  })) {
    number++;
    if (line.trim() !== '') yield { line, number };
  }
}

/** Writes to stdout and waits when its buffer is full, so large outputs stream. */
export async function writeOut(text: string): Promise<void> {
  if (!process.stdout.write(text))
    await new Promise((resolve) => process.stdout.once('drain', resolve));
}
