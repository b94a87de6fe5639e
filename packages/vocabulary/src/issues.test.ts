import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { InputError, describeIssues, inputProblems, parseInput } from './issues.js';
import { strictObject } from './schema.js';

const Facts = strictObject({
  applicant: z.optional(
    strictObject({
      kind: z.optional(z.enum(['natural', 'legal'])),
      count: z.optional(z.int().check(z.minimum(1))),
    }),
  ),
  year: z.optional(z.int({ error: 'must be a whole year' })),
  lines: z.optional(z.array(strictObject({ amount: z.number() }))),
});

const errorOf = (input: unknown): InputError => {
  try {
    parseInput(Facts, input, 'facts');
  } catch (error) {
    return error as InputError;
  }
  throw new Error('no error');
};

describe('parseInput', () => {
  it('returns the data when the input fits', () => {
    expect(parseInput(Facts, { year: 1965 }, 'facts')).toEqual({ year: 1965 });
  });

  it('throws an InputError with one line per problem: the path under the root, why, and the value found', () => {
    const error = errorOf({
      applicant: { kind: 'robot', count: 0, nmae: 'x' },
      year: 'abc',
      lines: [{}],
      extra: true,
    });
    expect(error).toBeInstanceOf(InputError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('InputError');
    expect(error.message.split('\n').sort()).toEqual(
      [
        'facts.applicant.kind: must be one of "natural", "legal", got "robot"',
        'facts.applicant.count: must be at least 1, got 0',
        'facts.applicant.nmae: unknown field',
        'facts.year: must be a whole year, got "abc"',
        'facts.lines.0.amount: missing (expected a number)',
        'facts.extra: unknown field',
      ].sort(),
    );
    expect(error.issues).toContainEqual({
      path: ['applicant', 'nmae'],
      code: 'unrecognized_keys',
      message: 'unknown field',
    });
    expect(error.issues).toContainEqual({
      path: ['lines', 0, 'amount'],
      code: 'invalid_type',
      message: 'missing (expected a number)',
    });
  });

  it('names the input as a whole by its root, and cuts a long value short', () => {
    expect(errorOf('x'.repeat(1_000)).message).toBe(
      `facts: expected an object, got "${'x'.repeat(38)}…`,
    );
    expect(errorOf(null).message).toBe('facts: expected an object, got null');
    expect(errorOf({ lines: {} }).message).toBe('facts.lines: expected an array, got an object');
  });

  it('throws the subclass it is given', () => {
    class FactsError extends InputError {}
    expect(() => parseInput(Facts, { year: 1.5 }, 'facts', FactsError)).toThrow(FactsError);
  });
});

describe('describeIssues', () => {
  it('puts every problem in one line, for a command', () => {
    const result = Facts.safeParse({ applicant: { kind: 'robot' }, zz: 1 }, { reportInput: true });
    expect(describeIssues(result.error!.issues)).toBe(
      'applicant.kind: must be one of "natural", "legal", got "robot"; zz: unknown field',
    );
  });

  it('says why from the code when the message is the generic one, even without the input', () => {
    expect(
      inputProblems([
        { path: ['a'], message: 'Invalid input', code: 'too_big', maximum: 5, inclusive: false },
        { path: [], message: 'Invalid input', code: 'invalid_format', format: 'date' },
        { path: ['b'], message: 'KVK number: 8 digits', code: 'invalid_format' },
      ]).map((p) => p.message),
    ).toEqual(['must be less than 5', 'must be a valid date', 'KVK number: 8 digits']);
  });
});
