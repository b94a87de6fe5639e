/**
 * One batch of NDJSON lines: parse, validate, evaluate, format. Used in the CLI's own thread for
 * small inputs and in worker threads for large ones, so both give the same output.
 */
import { describeIssues } from '@img-groningen/cli-kit';
import { EligibilityFacts } from '../facts.js';
import { evaluateVes, type EvaluateOptions, type VesEvaluation } from '../evaluate.js';

export interface Batch {
  seq: number;
  /** The number of the batch's first line in the whole input. */
  firstLine: number;
  /** Whole lines, each ending in a newline (the last may lack it). */
  text: string;
  options: EvaluateOptions;
  explain: boolean;
}

export interface BatchResult {
  seq: number;
  output: string;
  errors: { line: number; message: string }[];
  /** Lines answered with an outcome other than eligible (for the exit code). */
  negative: number;
}

export type Checked = { ok: true; value: VesEvaluation } | { ok: false; message: string };

export function evaluateText(text: string, options: EvaluateOptions): Checked {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `not valid JSON: ${(error as Error).message}` };
  }
  // reportInput: the messages show the value found (`got "abc"`).
  const parsed = EligibilityFacts.safeParse(input, { reportInput: true });
  if (!parsed.success) {
    return { ok: false, message: describeIssues(parsed.error.issues) };
  }
  return { ok: true, value: evaluateVes(parsed.data, options) };
}

/** The result with each rule's id and outcome (and, explained, its reason and facts). */
export function present(result: VesEvaluation, explain: boolean) {
  return {
    outcome: result.outcome,
    rules: result.rules.map((r) =>
      explain
        ? {
            id: r.id,
            outcome: r.outcome,
            ...(r.branch && { branch: r.branch }),
            reason: r.reason,
            facts: r.facts,
          }
        : { id: r.id, outcome: r.outcome, ...(r.branch && { branch: r.branch }) },
    ),
    missing: result.missing,
    newApplicationPossible: result.newApplication.possible,
    baselineSurvey: result.baselineSurvey.needed,
    amountCents: result.amount.cents,
  };
}

/**
 * The result as one line of JSON, written by hand: the CLI streams hundreds of thousands of
 * lines a second, and building objects only to serialise them costs more than the evaluation.
 * The text equals `JSON.stringify(present(result, false))` (a test holds them together).
 */
export function compact(result: VesEvaluation): string {
  let rules = '';
  for (const r of result.rules) {
    rules += `${rules ? ',' : ''}{"id":"${r.id}","outcome":"${r.outcome}"${r.branch ? `,"branch":"${r.branch}"` : ''}}`;
  }
  const missing = result.missing.length === 0 ? '' : `"${result.missing.join('","')}"`;
  return `{"outcome":"${result.outcome}","rules":[${rules}],"missing":[${missing}],"newApplicationPossible":${result.newApplication.possible},"baselineSurvey":${result.baselineSurvey.needed},"amountCents":${result.amount.cents}}`;
}

export function runBatch(batch: Batch): BatchResult {
  let output = '';
  const errors: BatchResult['errors'] = [];
  let negative = 0;
  const { text } = batch;
  let lineNumber = batch.firstLine;
  for (let start = 0; start < text.length; lineNumber++) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const line = text.slice(start, text.charCodeAt(end - 1) === 13 ? end - 1 : end);
    start = end + 1;
    if (line.trim() === '') continue;
    const result = evaluateText(line, batch.options);
    if (result.ok) {
      output += `${batch.explain ? JSON.stringify(present(result.value, true)) : compact(result.value)}\n`;
      if (result.value.outcome !== 'eligible') negative++;
    } else errors.push({ line: lineNumber, message: result.message });
  }
  return { seq: batch.seq, output, errors, negative };
}

/** How many newlines a text holds. */
export function countNewlines(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
  return count;
}
