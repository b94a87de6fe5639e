import { describe, expect, it } from 'vitest';
import { InputError, InvoiceInputError, checkStructuredInvoice } from './index.js';

const invoice = {
  number: 'F1',
  issueDate: '2026-03-02',
  supplier: { name: 'Herstelbedrijf B.V.' },
  customer: { name: 'J. de Vries' },
  lines: [{ description: 'Scheur', quantity: 1, unitPriceCents: 100 }],
  totals: {},
};

const errorOf = (input: unknown, context?: unknown): InvoiceInputError => {
  try {
    checkStructuredInvoice(input, context as never);
  } catch (error) {
    return error as InvoiceInputError;
  }
  throw new Error('checked');
};

describe('checkStructuredInvoice input errors', () => {
  it('throw an InvoiceInputError (an InputError) with a line per problem and the problems', () => {
    const error = errorOf({ supplier: {}, customer: {}, totals: { vatCents: 'x' } });
    expect(error).toBeInstanceOf(InvoiceInputError);
    expect(error).toBeInstanceOf(InputError);
    expect(error.name).toBe('InvoiceInputError');
    expect(error.message.split('\n')).toEqual([
      'invoice.lines: missing (expected an array)',
      'invoice.totals.vatCents: must be whole cents, got "x"',
    ]);
    expect(error.issues[0]).toEqual({
      path: ['lines'],
      code: 'invalid_type',
      message: 'missing (expected an array)',
    });
  });

  it.each([
    [{ ...invoice, heaCaseNr: 'HEA-1001' }, 'invoice.heaCaseNr: unknown field'],
    [
      { ...invoice, supplier: { name: 'X', kvk: '63456789' } },
      'invoice.supplier.kvk: unknown field',
    ],
    [
      { ...invoice, lines: [{ quantity: 1, unitPriceCents: 100, room: 'W1' }] },
      'invoice.lines.0.room: unknown field',
    ],
  ])('reject an unknown field, naming it: %j', (input, message) => {
    expect(errorOf(input).message).toBe(message);
  });

  it('reject an unknown field of the context under context', () => {
    expect(errorOf(invoice, { scheme: 'HEA', decided: '2025-01-01' }).message).toBe(
      'context.decided: unknown field',
    );
    expect(errorOf(invoice, { scheme: 'X' }).message).toBe(
      'context.scheme: must be one of "STUW", "HEA", got "X"',
    );
  });
});

describe('checkStructuredInvoice result', () => {
  it('says which rules the missing context left unchecked', () => {
    expect(checkStructuredInvoice(invoice).skipped).toEqual([
      'FAC-3',
      'FAC-4',
      'FAC-X5',
      'FAC-HEA',
      'FAC-X7',
    ]);
    expect(
      checkStructuredInvoice(invoice, { scheme: 'STUW', damageReportedOn: '2019-01-01' }).skipped,
    ).toEqual(['FAC-4', 'FAC-X5']);
  });
});
