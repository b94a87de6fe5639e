import { describe, expect, it } from 'vitest';
import { InputError, parseFacts } from './index.js';

const messageOf = (input: unknown): string => {
  try {
    parseFacts(input);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as InputError).message;
  }
  throw new Error('parsed');
};

describe('parseFacts errors', () => {
  it('say per line which field is wrong, why, and what was found', () => {
    expect(
      messageOf({ object: { constructionYear: 'abc' }, location: { maxPgv: -1 } }).split('\n'),
    ).toEqual([
      'facts.object.constructionYear: must be a whole year, got "abc"',
      'facts.location.maxPgv: PGV cannot be negative, got -1',
    ]);
    expect(messageOf({ applicant: { kind: 'robot' } })).toBe(
      'facts.applicant.kind: must be one of "natural", "legal", got "robot"',
    );
    expect(messageOf([])).toBe('facts: expected an object, got an array');
  });

  it('reject an unknown field, in a group and in a list entry, naming it', () => {
    expect(messageOf({ applicant: { knd: 'natural' } })).toBe('facts.applicant.knd: unknown field');
    expect(messageOf({ history: { payments: [{ amountCents: 100, payer: 'NAM' }] } })).toBe(
      'facts.history.payments.0.payer: unknown field',
    );
    expect(messageOf({ applicant: {}, extra: 1 })).toBe('facts.extra: unknown field');
  });

  it('carry the problems as data', () => {
    try {
      parseFacts({ object: { addressCount: 1.5 } });
    } catch (error) {
      expect((error as InputError).issues).toEqual([
        {
          path: ['object', 'addressCount'],
          code: 'invalid_type',
          message: 'must be a whole number, got 1.5',
        },
      ]);
    }
    expect.assertions(1);
  });
});
