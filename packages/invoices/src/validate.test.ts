import { describe, expect, it } from 'vitest';
import { Invoice, InvoiceContext, type InvoiceInput } from './model.js';
import { isAccepted, skippedRules, validateInvoice } from './validate.js';
import type { Finding } from './findings.js';

const valid: InvoiceInput = {
  number: 'F2026-0042',
  issueDate: '2026-03-02',
  supplier: {
    name: 'Herstelbedrijf Venneborg B.V.',
    address: { street: 'Molenweg', houseNumber: '4', postcode: '9711AB', city: 'Groningen' },
    kvkNumber: '63456789',
    btwId: 'NL123456782B01',
    iban: 'NL91ABNA0417164300',
    legalForm: 'bv',
    sbiCodes: ['43341'],
  },
  customer: {
    name: 'J. de Vries',
    address: { street: 'Kerkstraat', houseNumber: '12', postcode: '9919AA', city: 'Loppersum' },
  },
  damageLocation: {
    street: 'Kerkstraat',
    houseNumber: '12',
    postcode: '9919AA',
    city: 'Loppersum',
  },
  heaCaseNumber: 'HEA-1001',
  adviceReportNumber: 'AR-2025-77',
  lines: [
    {
      description: 'Scheur in binnenmuur herstellen',
      roomCode: 'W1',
      damageNumbers: ['S1'],
      hours: 6,
      quantity: 6,
      unitPriceCents: 6_250,
      vatRateBasisPoints: 2_100,
      executionDate: '2026-02-20',
    },
    {
      description: 'Schilderwerk woonkamer',
      roomCode: 'W1',
      damageNumbers: ['S2'],
      hours: 4,
      quantity: 4,
      unitPriceCents: 5_000,
      vatRateBasisPoints: 900,
      executionDate: '2026-02-21',
    },
  ],
  vatBreakdown: [
    { rateBasisPoints: 2_100, baseCents: 37_500, vatCents: 7_875 },
    { rateBasisPoints: 900, baseCents: 20_000, vatCents: 1_800 },
  ],
  totals: { exclVatCents: 57_500, vatCents: 9_675, inclVatCents: 67_175 },
  submittedOn: '2026-03-03',
  submittedDigitally: true,
};
const context = InvoiceContext.parse({
  scheme: 'HEA',
  damageReportedOn: '2025-06-01',
  decisionDate: '2025-09-01',
  damageLocation: {
    street: 'Kerkstraat',
    houseNumber: '12',
    postcode: '9919AA',
    city: 'Loppersum',
  },
  applicant: { name: 'J. de Vries' },
});

const check = (patch: (i: InvoiceInput) => void, ctx = context): Finding[] => {
  const input = structuredClone(valid);
  patch(input);
  return validateInvoice(Invoice.parse(input), ctx);
};
const ids = (patch: (i: InvoiceInput) => void, ctx = context): string[] => [
  ...new Set(check(patch, ctx).map((f) => f.ruleId)),
];

describe('validateInvoice', () => {
  it('accepts a complete HEA invoice with two VAT rates', () => {
    expect(check(() => {})).toEqual([]);
    expect(isAccepted(check(() => {}))).toBe(true);
  });

  const mutations: [string, (i: InvoiceInput) => void][] = [
    ['FAC-F1', (i: InvoiceInput) => void (i.supplier.address = { city: 'Groningen' })],
    ['FAC-F2', (i: InvoiceInput) => void delete i.customer.name],
    ['FAC-F3', (i: InvoiceInput) => void delete i.supplier.btwId],
    ['FAC-F4', (i: InvoiceInput) => void delete i.supplier.kvkNumber],
    ['FAC-F5', (i: InvoiceInput) => void delete i.issueDate],
    ['FAC-F6', (i: InvoiceInput) => void delete i.number],
    ['FAC-S1', (i: InvoiceInput) => void (i.lines[0]!.description = ' ')],
    ['FAC-S2', (i: InvoiceInput) => void delete i.damageLocation],
    ['FAC-S3', (i: InvoiceInput) => void delete i.lines[1]!.hours],
    ['FAC-S4', (i: InvoiceInput) => void delete i.lines[0]!.executionDate],
    ['FAC-S5', (i: InvoiceInput) => void delete i.totals.exclVatCents],
    ['FAC-S6', (i: InvoiceInput) => void delete i.lines[0]!.vatRateBasisPoints],
    ['FAC-S7', (i: InvoiceInput) => void delete i.totals.vatCents],
    ['FAC-S8', (i: InvoiceInput) => void delete i.totals.inclVatCents],
    ['FAC-1', (i: InvoiceInput) => void (i.supplier.sbiCodes = ['6820'])],
    ['FAC-2', (i: InvoiceInput) => void (i.customer.btwId = i.supplier.btwId)],
    ['FAC-3', (i: InvoiceInput) => void (i.lines[0]!.executionDate = '2025-05-31')],
    ['FAC-4', (i: InvoiceInput) => void (i.submittedDigitally = false)],
    ['FAC-4', (i: InvoiceInput) => void (i.submittedOn = '2030-09-02')],
    ['FAC-X1', (i: InvoiceInput) => void (i.totals.exclVatCents = 57_600)],
    ['FAC-X1', (i: InvoiceInput) => void (i.vatBreakdown![0]!.vatCents = 7_900)],
    ['FAC-X1', (i: InvoiceInput) => void (i.totals.inclVatCents = 67_176)],
    ['FAC-X1', (i: InvoiceInput) => void (i.lines[0]!.lineAmountCents = 40_000)],
    ['FAC-X3', (i: InvoiceInput) => void (i.supplier.btwId = 'NL123456789B01')],
    ['FAC-X4', (i: InvoiceInput) => void (i.supplier.kvkNumber = '1234567')],
    [
      'FAC-X5',
      (i: InvoiceInput) =>
        void (i.damageLocation = {
          street: 'Dorpsstraat',
          houseNumber: '1',
          postcode: '9919AB',
          city: 'Loppersum',
        }),
    ],
    ['FAC-X6', (i: InvoiceInput) => void (i.customer.address!.postcode = '9919SS')],
    ['FAC-X7', (i: InvoiceInput) => void (i.supplier.iban = 'NL91ABNA0417164301')],
    ['FAC-HEA', (i: InvoiceInput) => void delete i.supplier.iban],
    ['FAC-HEA', (i: InvoiceInput) => void (i.heaCaseNumber = '1001')],
    ['FAC-HEA', (i: InvoiceInput) => void delete i.adviceReportNumber],
    ['FAC-HEA', (i: InvoiceInput) => void delete i.lines[0]!.roomCode],
    ['FAC-HEA', (i: InvoiceInput) => void (i.lines[1]!.damageNumbers = [])],
  ];
  it.each(mutations)('reports %s', (rule, patch) => {
    expect(ids(patch)).toContain(rule);
  });

  it('reports a self-invoicing sole proprietor (FAC-2)', () => {
    expect(
      ids(
        (i) => (
          (i.supplier.legalForm = 'eenmanszaak'),
          (i.supplier.name = 'Klusbedrijf J. de Vries')
        ),
      ),
    ).toContain('FAC-2');
  });

  it('checks VAT rates against the execution date (6 %/9 % around 2019-01-01, 19 %/21 % around 2012-10-01)', () => {
    const at = (date: string, rate: number) =>
      ids(
        (i) => {
          i.lines = [{ ...i.lines[0]!, executionDate: date, vatRateBasisPoints: rate }];
          delete i.vatBreakdown;
          delete i.totals.vatCents;
          delete i.totals.inclVatCents;
          i.totals.exclVatCents = 37_500;
        },
        InvoiceContext.parse({ scheme: 'STUW' }),
      );
    expect(at('2018-12-31', 600)).not.toContain('FAC-X2');
    expect(at('2019-01-01', 600)).toContain('FAC-X2');
    expect(at('2019-01-01', 900)).not.toContain('FAC-X2');
    expect(at('2012-09-30', 1_900)).not.toContain('FAC-X2');
    expect(at('2012-10-01', 1_900)).toContain('FAC-X2');
  });

  it('does not ask the HEA extras of a Stuwmeer invoice', () => {
    const stuw = InvoiceContext.parse({ scheme: 'STUW', damageReportedOn: '2018-03-01' });
    expect(ids((i) => (delete i.heaCaseNumber, delete i.supplier.iban), stuw)).toEqual([]);
  });

  it('writes the Dutch message wholly in Dutch, the English wholly in English', () => {
    const message = (rule: string, patch: (i: InvoiceInput) => void) =>
      check(patch).find((f) => f.ruleId === rule)!.message;
    expect(message('FAC-X7', (i) => void (i.supplier.iban = 'NL91ABNA0417164301'))).toEqual({
      nl: "Het IBAN is niet geldig: 'NL91ABNA0417164301' heeft onjuiste controlecijfers voor een IBAN (MOD 97).",
      en: "The IBAN is not valid: 'NL91ABNA0417164301' fails the IBAN check digits (MOD 97).",
    });
    expect(message('FAC-X7', (i) => void (i.supplier.iban = 'NL91ABNA041716430')).nl).toBe(
      "Het IBAN is niet geldig: 'NL91ABNA041716430': een IBAN uit NL heeft 18 tekens.",
    );
    expect(message('FAC-X3', (i) => void (i.supplier.btwId = 'BE0123')).nl).toBe(
      "Het btw-nummer is niet geldig: 'BE0123' is geen Nederlands btw-id: NL, 9 cijfers, B en 2 cijfers.",
    );
    expect(message('FAC-X4', (i) => void (i.supplier.kvkNumber = '1234567')).nl).toBe(
      "Het KvK-nummer is niet geldig: '1234567' is geen KvK-nummer: 8 cijfers.",
    );
    expect(message('FAC-X6', (i) => void (i.customer.address!.postcode = '9919SS')).nl).toBe(
      "De postcode is niet geldig: '9919SS': de letters SA, SD en SS komen in Nederlandse postcodes niet voor.",
    );
  });

  it('writes amounts with the separators of the language', () => {
    const [total] = check((i) => void (i.totals.exclVatCents = 123_457_600)).filter(
      (f) => f.path === 'totals.exclVatCents',
    );
    expect(total!.message).toEqual({
      nl: 'De regels tellen op tot EUR 575,00, niet tot EUR 1.234.576,00.',
      en: 'The lines add up to EUR 575.00, not EUR 1,234,576.00.',
    });
    const breakdown = check((i) => void (i.vatBreakdown![0]!.vatCents = 7_900)).find(
      (f) => f.path === 'vatBreakdown[21%]',
    );
    expect(breakdown!.message.nl).toBe('Btw 21%: grondslag EUR 375,00 en btw EUR 78,75 verwacht.');
  });

  it('names the rules it could not check for lack of context', () => {
    expect(skippedRules(context)).toEqual([]);
    expect(skippedRules(undefined)).toEqual(['FAC-3', 'FAC-4', 'FAC-X5', 'FAC-HEA', 'FAC-X7']);
    expect(skippedRules(InvoiceContext.parse({ scheme: 'STUW' }))).toEqual([
      'FAC-3',
      'FAC-4',
      'FAC-X5',
    ]);
  });

  it('gives every finding a path and a message in Dutch and English', () => {
    for (const f of check(
      (i) => ((i.lines = [{ quantity: 1, unitPriceCents: 100 }]), delete i.number),
    )) {
      expect(f.path).toBeTruthy();
      expect(f.message.nl && f.message.en).toBeTruthy();
    }
  });
});
