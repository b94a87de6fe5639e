#!/usr/bin/env node
/**
 * img-eligibility [file | -] [--explain] [--ves5a-period afterConstruction|duringOwnership]
 *
 * Facts in as one JSON document or as NDJSON (one document per line); the results out in the
 * same form, each with `outcome` and `rules[]` (`id`, `outcome`). Exit code 0 when the answer is
 * eligible (NDJSON: every line's), 1 when it is not eligible or needs information (NDJSON: any
 * line's, or a line was rejected), 2 for a usage error or input that cannot be used. A single
 * document that is not JSON or breaks the schema gives exit code 2 with the path; in NDJSON mode
 * a bad line is reported with its number and path and the next one is read. Large NDJSON inputs
 * are spread over worker threads; the output keeps the input's order.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { EXIT, fail, inputStream, parseCli, runMain, usageOf } from '@img-groningen/cli-kit';
import type { EvaluateOptions } from '../evaluate.js';
import {
  countNewlines,
  evaluateText,
  present,
  runBatch,
  type Batch,
  type BatchResult,
} from './ndjson.js';

const USAGE = `usage: img-eligibility [file | -] [--explain] [--ves5a-period afterConstruction|duringOwnership]

  file            facts as one JSON document, or NDJSON (one document a line); - or none: stdin
  --explain       each rule's reason and facts in the answer
  --ves5a-period  VES-5a counts quakes after the construction year (default) or during ownership

exit status: 0 eligible (NDJSON: every line eligible); 1 not eligible or needs information
(NDJSON: any line, or a line rejected, reported on stderr); 2 usage error or unusable input`;
/** Characters per batch handed to a worker. */
const BATCH_CHARS = 1 << 19;
/** Inputs up to this size are done in this thread: starting workers would cost more. */
const INLINE_CHARS = Number(process.env.IMG_INLINE ?? 1 << 21);
const MAX_IN_FLIGHT = 6;

const NAME = 'img-eligibility';
// Typed out: a call ends the command only if its type says `never` where it is declared.
const usage: (message: string) => never = usageOf(NAME, USAGE);

/** Runs batches and writes their results in input order, on worker threads once the input is large. */
class BatchRunner {
  private workers: Worker[] = [];
  private nextWorker = 0;
  private readonly done = new Map<number, BatchResult>();
  private nextToWrite = 0;
  private inFlight = 0;
  private waiting: (() => void) | null = null;
  bad = 0;
  negative = 0;

  private write(result: BatchResult) {
    this.done.set(result.seq, result);
    for (let r = this.done.get(this.nextToWrite); r; r = this.done.get(this.nextToWrite)) {
      this.done.delete(this.nextToWrite);
      this.nextToWrite++;
      if (r.output) process.stdout.write(r.output);
      for (const e of r.errors) process.stderr.write(`line ${e.line}: ${e.message}\n`);
      this.bad += r.errors.length;
      this.negative += r.negative;
    }
  }

  startWorkers() {
    if (this.workers.length > 0) return;
    for (let i = 0; i < Math.max(1, availableParallelism()); i++) {
      // From source the worker needs tsx's loader (worker-boot); the bundle has a plain worker.js.
      const fromSource = import.meta.url.endsWith('.ts');
      const worker = new Worker(
        new URL(fromSource ? './worker-boot.mjs' : './worker.js', import.meta.url),
      );
      worker.on('message', (result: BatchResult) => {
        this.inFlight--;
        this.write(result);
        const resume = this.waiting;
        this.waiting = null;
        resume?.();
      });
      worker.on('error', (error) => fail(NAME, `worker failed: ${error.message}`));
      this.workers.push(worker);
    }
  }

  async submit(batch: Batch) {
    if (this.workers.length === 0) {
      this.write(runBatch(batch));
      return;
    }
    while (this.inFlight >= MAX_IN_FLIGHT)
      await new Promise<void>((resolve) => (this.waiting = resolve));
    this.inFlight++;
    this.workers[this.nextWorker++ % this.workers.length]!.postMessage(batch);
  }

  async finish() {
    while (this.inFlight > 0) await new Promise<void>((resolve) => (this.waiting = resolve));
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

async function main() {
  const { values, positionals } = parseCli({
    name: NAME,
    usage: USAGE,
    moduleUrl: import.meta.url,
    options: {
      explain: { type: 'boolean' },
      'ves5a-period': { type: 'string' },
    },
  });
  const period = values['ves5a-period'] ?? 'afterConstruction';
  if (period !== 'afterConstruction' && period !== 'duringOwnership')
    usage(`--ves5a-period must be afterConstruction or duringOwnership, got '${period}'`);
  const options: EvaluateOptions = { ves5aPeriod: period };
  const explain = values.explain === true;
  const file = positionals[0] ?? '-';
  const input = inputStream(NAME, file);
  input.setEncoding('utf8');

  // The form is told by the first two non-empty lines: NDJSON when either is a JSON object on its
  // own (a pretty-printed document never has such a line; a bad first record must not make the
  // file one document), or when the first is one and more follows; otherwise one JSON document.
  // Newlines are searched only in what came since the last look, so a huge line costs its length.
  const runner = new BatchRunner();
  let mode: 'undecided' | 'ndjson' | 'json' = 'undecided';
  let pending = '';
  let seq = 0;
  let nextLine = 1;
  let seen = 0;
  let lineStart = 0;
  let searched = 0;
  const firstLines: string[] = [];
  const decide = (final: boolean): typeof mode => {
    for (let nl = pending.indexOf('\n', searched); firstLines.length < 2 && nl !== -1;) {
      const line = pending.slice(lineStart, nl);
      if (line.trim() !== '') firstLines.push(line);
      lineStart = searched = nl + 1;
      nl = pending.indexOf('\n', searched);
    }
    searched = Math.max(searched, pending.length);
    const rest = () => pending.slice(lineStart).trim();
    if (final && firstLines.length < 2 && rest() !== '') {
      firstLines.push(rest());
      lineStart = pending.length;
    }
    if (firstLines.length >= 2) return firstLines.some(isStandaloneObject) ? 'ndjson' : 'json';
    if (firstLines.length === 1 && isStandaloneObject(firstLines[0]!) && rest() !== '')
      return 'ndjson';
    return final ? 'json' : 'undecided';
  };
  const send = async (text: string) => {
    const batch: Batch = { seq: seq++, firstLine: nextLine, text, options, explain };
    nextLine += countNewlines(text);
    await runner.submit(batch);
  };
  for await (const chunk of input as AsyncIterable<string>) {
    pending += chunk;
    seen += chunk.length;
    // Only a chunk with a newline can end a line: searching the buffer flattens it, which inside
    // a line of many megabytes would cost its length for every chunk read.
    if (!chunk.includes('\n')) continue;
    if (mode === 'undecided') mode = decide(false);
    if (mode === 'ndjson') {
      if (seen > INLINE_CHARS) runner.startWorkers();
      while (pending.length >= BATCH_CHARS) {
        // Whole lines up to a batch; a line longer than a batch goes alone.
        let cut = pending.lastIndexOf('\n', BATCH_CHARS);
        if (cut === -1) cut = pending.indexOf('\n', BATCH_CHARS);
        if (cut === -1) break;
        await send(pending.slice(0, cut + 1));
        pending = pending.slice(cut + 1);
      }
    }
  }
  if (mode === 'undecided') mode = decide(true);
  if (mode === 'ndjson') {
    if (pending.length > 0) await send(pending);
    await runner.finish();
    if (runner.bad > 0) process.stderr.write(`${NAME}: ${runner.bad} line(s) rejected\n`);
    process.exitCode = runner.bad > 0 || runner.negative > 0 ? EXIT.negative : EXIT.ok;
    return;
  }
  if (pending.trim() === '') usage('no input');
  const result = evaluateText(pending, options);
  if (!result.ok) fail(NAME, `${file}: ${result.message}`);
  process.stdout.write(`${JSON.stringify(present(result.value, explain), null, 2)}\n`);
  process.exitCode = result.value.outcome === 'eligible' ? EXIT.ok : EXIT.negative;
}

/** Whether a line is a JSON object by itself (an NDJSON record; never a line of a pretty-printed document). */
function isStandaloneObject(line: string): boolean {
  const text = line.trim();
  if (!text.startsWith('{')) return false;
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value);
  } catch {
    return false;
  }
}

runMain(NAME, main);
