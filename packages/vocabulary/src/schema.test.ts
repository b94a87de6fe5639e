import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { object, strictObject } from './schema.js';

describe('objects on zod fast path', () => {
  const shape = () => ({ a: z.int(), b: z.optional(z.string()) });
  const inputs = [
    { a: 1 },
    { a: 1, b: 'x' },
    { a: 1.5 },
    { b: 2 },
    { a: 1, extra: true },
    'x',
    null,
  ];

  it('parse as zod/mini objects do: same values, same issues, unknown keys dropped', () => {
    for (const input of inputs)
      expect(object(shape()).safeParse(input)).toEqual(z.object(shape()).safeParse(input));
  });

  it('and strictly: unknown keys are an error', () => {
    for (const input of inputs)
      expect(strictObject(shape()).safeParse(input)).toEqual(
        z.strictObject(shape()).safeParse(input),
      );
    expect(strictObject(shape()).safeParse({ a: 1, extra: true }).success).toBe(false);
  });

  it('give the same JSON Schema', () => {
    expect(z.toJSONSchema(strictObject(shape()))).toEqual(z.toJSONSchema(z.strictObject(shape())));
  });
});
