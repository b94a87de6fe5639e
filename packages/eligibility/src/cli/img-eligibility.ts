#!/usr/bin/env node
/**
 * img-eligibility [file | -] [--explain] [--ves5a-period afterConstruction|duringOwnership]
 *
 * Facts in as one JSON document or as NDJSON (one document per line); the results out in the
 * same form, each with `outcome` and `rules[]` (`id`, `outcome`). A single document that is not
 * JSON or breaks the schema gives exit code 2 with the path; in NDJSON mode a bad line is
 * reported with its number and path, the next one is read, and the exit code is 1. Large NDJSON inputs are spread over worker threads; the output keeps
 * the input's order.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { EXIT, fail, inputStream, parseCli, runMain } from '@img-groningen/cli-kit';
import type { EvaluateOptions } from '../evaluate.js';
import {
  countNewlines,
  evaluateText,
  present,
  runBatch,
  type Batch,
  type BatchResult,
} from './ndjson.js';

const USAGE =
  'usage: img-eligibility [file | -] [--explain] [--ves5a-period afterConstruction|duringOwnership]';
/** Characters per batch handed to a worker. */
const BATCH_CHARS = 1 << 19;
/** Inputs up to this size are done in this thread: starting workers would cost more. */
const INLINE_CHARS = Number(process.env.IMG_INLINE ?? 1 << 21);
const MAX_IN_FLIGHT = 6;

const NAME = 'img-eligibility';
function usage(message: string): never {
  return fail(NAME, message, USAGE);
}

/** Runs batches and writes their results in input order, on worker threads once the input is large. */
class BatchRunner {
  private workers: Worker[] = [];
  private nextWorker = 0;
  private readonly done = new Map<number, BatchResult>();
  private nextToWrite = 0;
  private inFlight = 0;
  private waiting: (() => void) | null = null;
  bad = 0;

  private write(result: BatchResult) {
    this.done.set(result.seq, result);
    for (let r = this.done.get(this.nextToWrite); r; r = this.done.get(this.nextToWrite)) {
      this.done.delete(this.nextToWrite);
      this.nextToWrite++;
      if (r.output) process.stdout.write(r.output);
      for (const e of r.errors) process.stderr.write(`line ${e.line}: ${e.message}\n`);
      this.bad += r.errors.length;
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

  // The form is told by the first lines: a complete JSON document on the first non-empty line,
  // with more after it, means NDJSON; otherwise the whole input is one JSON document.
  const runner = new BatchRunner();
  let mode: 'undecided' | 'ndjson' | 'json' = 'undecided';
  let pending = '';
  let seq = 0;
  let nextLine = 1;
  let seen = 0;
  const send = async (text: string) => {
    const batch: Batch = { seq: seq++, firstLine: nextLine, text, options, explain };
    nextLine += countNewlines(text);
    await runner.submit(batch);
  };
  for await (const chunk of input as AsyncIterable<string>) {
    pending += chunk;
    seen += chunk.length;
    if (mode === 'undecided') {
      const lines = pending.split('\n');
      const filled = lines.slice(0, -1).filter((l) => l.trim() !== '');
      if (filled.length < 2 && pending.length < 16 * 1024 * 1024) continue;
      try {
        JSON.parse(filled[0] ?? '');
        mode = filled.length >= 2 ? 'ndjson' : 'json';
      } catch {
        mode = 'json';
      }
    }
    if (mode === 'ndjson') {
      if (seen > INLINE_CHARS) runner.startWorkers();
      while (pending.length >= BATCH_CHARS) {
        const cut = pending.lastIndexOf('\n', BATCH_CHARS);
        if (cut === -1) break;
        await send(pending.slice(0, cut + 1));
        pending = pending.slice(cut + 1);
      }
    }
  }
  if (mode === 'undecided') {
    const filled = pending.split('\n').filter((l) => l.trim() !== '');
    let standsAlone = true;
    try {
      JSON.parse(filled[0] ?? '');
    } catch {
      standsAlone = false;
    }
    mode = filled.length >= 2 && standsAlone ? 'ndjson' : 'json';
  }
  if (mode === 'ndjson') {
    if (pending.length > 0) await send(pending);
    await runner.finish();
    if (runner.bad > 0) {
      process.stderr.write(`${NAME}: ${runner.bad} line(s) rejected\n`);
      process.exitCode = EXIT.negative;
    }
    return;
  }
  if (pending.trim() === '') usage('no input');
  const result = evaluateText(pending, options);
  if (!result.ok) fail(NAME, `${file}: ${result.message}`);
  process.stdout.write(`${JSON.stringify(present(result.value, explain), null, 2)}\n`);
}

runMain(NAME, main);
