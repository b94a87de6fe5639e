import { describe, expect, it } from 'vitest';
import { btwIdProblem, ibanProblem, kvkProblem, postcodeProblem } from './identifiers.js';
import { isLegalVatRate, legalVatRates, vatOn } from './vat.js';

describe('btw-id', () => {
  it.each([
    'NL123456782B01', // eleven-test: 9·1+8·2+7·3+6·4+5·5+4·6+3·7+2·8−2 = 154 = 14·11
    'NL 1234 56782 B01',
    'NL000099998B57', // passes ISO 7064 MOD 97-10 (sole proprietor, since 2020)
  ])('accepts %s', (id) => expect(btwIdProblem(id)).toBeNull());

  it.each([
    ['NL123456789B01', /eleven-test and ISO 7064/],
    ['NL12345678B01', /not a Dutch VAT id/],
    ['BE0123456789', /not a Dutch VAT id/],
    ['NL123456782X01', /not a Dutch VAT id/],
  ])('rejects %s', (id, message) => expect(btwIdProblem(id)).toMatch(message));
});

describe('KvK number', () => {
  it('takes any 8 digits, with no eleven-test', () => {
    expect(kvkProblem('12345678')).toBeNull();
    expect(kvkProblem('12345679')).toBeNull();
    expect(kvkProblem('1234567')).toMatch(/8 digits/);
    expect(kvkProblem('1234567A')).toMatch(/8 digits/);
  });
});

describe('postcode', () => {
  it.each(['9711AA', '9711 AB', '1000ZZ'])('accepts %s', (p) =>
    expect(postcodeProblem(p)).toBeNull(),
  );
  it.each([
    ['9711SA', /SA, SD and SS/],
    ['9711SD', /SA, SD and SS/],
    ['9711SS', /SA, SD and SS/],
    ['0711AA', /not starting with 0/],
    ['971AA', /4 digits/],
  ])('rejects %s', (p, message) => expect(postcodeProblem(p)).toMatch(message));
});

describe('IBAN', () => {
  it.each([
    'NL91ABNA0417164300',
    'NL91 ABNA 0417 1643 00',
    'BE68539007547034',
    'DE89370400440532013000',
  ])('accepts %s', (iban) => expect(ibanProblem(iban)).toBeNull());
  it.each([
    ['NL91ABNA0417164301', /MOD 97/],
    ['NL91ABNA041716430', /18 characters/],
    ['XX', /not an IBAN/],
  ])('rejects %s', (iban, message) => expect(ibanProblem(iban)).toMatch(message));
});

describe('the reasons', () => {
  it('are English by default and Dutch on request', () => {
    expect(ibanProblem('XX')).toBe("'XX' is not an IBAN");
    expect(ibanProblem('XX', 'nl')).toBe("'XX' is geen IBAN");
    expect(btwIdProblem('NL123456789B01', 'nl')).toMatch(/noch de elfproef noch ISO 7064/);
    expect(kvkProblem('1', 'nl')).toMatch(/8 cijfers/);
    expect(postcodeProblem('0711AA', 'nl')).toMatch(/niet beginnend met 0/);
  });
});

describe('VAT rates by execution date', () => {
  it.each([
    ['2012-09-30', 1_900, true],
    ['2012-09-30', 2_100, false],
    ['2012-10-01', 2_100, true],
    ['2012-10-01', 1_900, false],
    ['2018-12-31', 600, true],
    ['2018-12-31', 900, false],
    ['2019-01-01', 900, true],
    ['2019-01-01', 600, false],
    ['2026-11-23', 0, true],
  ])('on %s, %i basis points is legal: %s', (date, rate, legal) => {
    expect(isLegalVatRate(rate, date)).toBe(legal);
  });
  it('lists the rates and rounds VAT half away from zero', () => {
    expect(legalVatRates('2026-01-01')).toEqual([2_100, 900, 0]);
    expect(vatOn(250, 2_100)).toBe(53); // 52.5 → 53
    expect(vatOn(-250, 2_100)).toBe(-53);
  });
});
