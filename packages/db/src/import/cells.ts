/**
 * Validators for one CSV cell each, built on zod: a cell is text; the validator checks it and
 * says in a few words what is wrong. An empty cell is NULL (PostgreSQL's CSV convention).
 */
import { z } from 'zod';

export type Cell = z.ZodType<string | null, string>;

const isoDate = z.iso.date({ error: 'must be a date as YYYY-MM-DD' });

export const cell = {
  int: (min = 0, max = 2_147_483_647): Cell =>
    z
      .string()
      .regex(/^-?[0-9]+$/, { error: 'must be a whole number' })
      .refine((v) => Number(v) >= min && Number(v) <= max, {
        error: `must be from ${min} to ${max}`,
      }),
  date: (): Cell => isoDate,
  text: (max = 500): Cell =>
    z
      .string()
      .min(1, { error: 'must not be empty' })
      .max(max, { error: `at most ${max} characters` }),
  pattern: (re: RegExp, what: string): Cell => z.string().regex(re, { error: `must be ${what}` }),
  oneOf: (values: readonly string[], what: string): Cell =>
    z.string().refine((v) => values.includes(v), {
      error: (issue) => `unknown ${what} '${String(issue.input)}'`,
    }),
  bool: (): Cell =>
    z.enum(['t', 'f', 'true', 'false'], { error: 'must be t or f' }).transform((v) => v[0]!),
  /** A PostgreSQL array literal of simple words, e.g. {a,b}. */
  words: (values: readonly string[], what: string): Cell =>
    z
      .string()
      .regex(/^\{[a-z_,]*\}$/, { error: 'must be a list as {a,b}' })
      .refine(
        (v) =>
          v
            .slice(1, -1)
            .split(',')
            .filter(Boolean)
            .every((w) => values.includes(w)),
        {
          error: `holds an unknown ${what}`,
        },
      ),
};

/** Allows an empty cell (NULL). */
export function optional(validator: Cell): Cell {
  return z.union([z.literal('').transform(() => null), validator]) as unknown as Cell;
}
