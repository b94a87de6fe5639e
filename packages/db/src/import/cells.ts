/**
 * Validators for one CSV cell each. A cell is text; an empty cell is NULL (PostgreSQL's CSV
 * convention). Each validator has a fast check, run on millions of cells, and a zod schema that
 * says what is wrong when the check fails — the message the report shows.
 */
import { z } from 'zod';

/** The check's answer for a cell that is not valid. */
export const INVALID = Symbol('invalid');

export interface Cell {
  /** The value to store (null for NULL), or INVALID. */
  check(value: string): string | null | typeof INVALID;
  /** Why the value is not valid, in a few words. */
  reason(value: string): string;
}

function fromZod(schema: z.ZodType, check: Cell['check']): Cell {
  return {
    check,
    reason(value) {
      const result = schema.safeParse(value);
      return result.success ? 'is not valid' : (result.error.issues[0]?.message ?? 'is not valid');
    },
  };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isoDate = z.iso.date({ error: 'must be a date as YYYY-MM-DD' });
/** Whether a YYYY-MM-DD string is a real day; exports repeat the same few thousand days. */
const realDays = new Map<string, boolean>();
function isRealDay(value: string): boolean {
  let known = realDays.get(value);
  if (known === undefined) {
    known = ISO_DATE.test(value) && isoDate.safeParse(value).success;
    if (realDays.size > 100_000) realDays.clear();
    realDays.set(value, known);
  }
  return known;
}

export const cell = {
  int(min = 0, max = 2_147_483_647): Cell {
    const schema = z
      .string()
      .regex(/^-?[0-9]+$/, { error: 'must be a whole number' })
      .refine((v) => Number(v) >= min && Number(v) <= max, {
        error: `must be from ${min} to ${max}`,
      });
    return fromZod(schema, (v) => {
      if (!/^-?[0-9]{1,16}$/.test(v)) return INVALID;
      const n = Number(v);
      return n >= min && n <= max ? v : INVALID;
    });
  },
  date(): Cell {
    return fromZod(isoDate, (v) => (isRealDay(v) ? v : INVALID));
  },
  text(max = 500): Cell {
    const schema = z
      .string()
      .min(1, { error: 'must not be empty' })
      .max(max, { error: `at most ${max} characters` });
    return fromZod(schema, (v) => (v.length >= 1 && v.length <= max ? v : INVALID));
  },
  pattern(re: RegExp, what: string): Cell {
    return fromZod(z.string().regex(re, { error: `must be ${what}` }), (v) =>
      re.test(v) ? v : INVALID,
    );
  },
  oneOf(values: readonly string[], what: string): Cell {
    const known = new Set(values);
    const schema = z.string().refine((v) => known.has(v), {
      error: (issue) => `unknown ${what} '${String(issue.input)}'`,
    });
    return fromZod(schema, (v) => (known.has(v) ? v : INVALID));
  },
  bool(): Cell {
    const schema = z.enum(['t', 'f', 'true', 'false'], { error: 'must be t or f' });
    return fromZod(schema, (v) =>
      v === 't' || v === 'true' ? 't' : v === 'f' || v === 'false' ? 'f' : INVALID,
    );
  },
  /** A PostgreSQL array literal of known words, e.g. {a,b}. */
  words(values: readonly string[], what: string): Cell {
    const known = new Set(values);
    const ok = (v: string) =>
      /^\{[a-z_,]*\}$/.test(v) &&
      v
        .slice(1, -1)
        .split(',')
        .filter(Boolean)
        .every((w) => known.has(w));
    const schema = z
      .string()
      .regex(/^\{[a-z_,]*\}$/, { error: 'must be a list as {a,b}' })
      .refine(ok, { error: `holds an unknown ${what}` });
    return fromZod(schema, (v) => (ok(v) ? v : INVALID));
  },
};

/** Allows an empty cell (NULL). */
export function optional(validator: Cell): Cell {
  return {
    check: (v) => (v === '' ? null : validator.check(v)),
    reason: (v) => validator.reason(v),
  };
}
