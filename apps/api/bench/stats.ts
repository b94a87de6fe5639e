import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const median = (values: readonly number[]): number => percentile(values, 0.5);

/** The nearest-rank percentile: the smallest value with at least p of the values at or below it. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!;
}

/** Keeps the figures as JSON in bench/results/ (ignored by git) for the notes. */
export function report(name: string, figures: Record<string, unknown>): void {
  const dir = join(process.cwd(), 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, `${name}.json`),
    `${JSON.stringify({ name, at: new Date().toISOString(), ...figures }, null, 2)}\n`,
  );
}
