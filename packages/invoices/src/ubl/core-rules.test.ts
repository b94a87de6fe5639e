import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkUbl } from './rules.js';
import { parseUbl } from './xml.js';

const examples = new URL('../../test/peppol/examples/', import.meta.url);
const base = readFileSync(new URL('base-example.xml', examples), 'utf8');
const broken = (xml: string) => [
  ...new Set(
    checkUbl(parseUbl(xml))
      .filter((f) => f.severity === 'error')
      .map((f) => f.ruleId),
  ),
];

describe('EN 16931 core rules', () => {
  it.each([
    'base-example.xml',
    'base-creditnote-correction.xml',
    'Allowance-example.xml',
    'Vat-category-S.xml',
    'vat-category-E.xml',
  ])('hold for the valid example %s', (file) => {
    expect(
      broken(readFileSync(new URL(file, examples), 'utf8')).filter((id) => id.startsWith('BR-')),
    ).toEqual([]);
  });

  it.each([
    ['BR-02', (x: string) => x.replace('<cbc:ID>Snippet1</cbc:ID>', '')],
    ['BR-03', (x: string) => x.replace(/<cbc:IssueDate>[^<]*<\/cbc:IssueDate>/, '')],
    [
      'BR-05',
      (x: string) => x.replace(/<cbc:DocumentCurrencyCode>[^<]*<\/cbc:DocumentCurrencyCode>/, ''),
    ],
    ['BR-16', (x: string) => x.replace(/<cac:InvoiceLine>[\s\S]*<\/cac:InvoiceLine>/, '')],
    ['BR-25', (x: string) => x.replace('<cbc:Name>item name</cbc:Name>', '')],
    [
      'BR-CO-10',
      (x: string) =>
        x.replace(
          /(<cac:LegalMonetaryTotal>\s*<cbc:LineExtensionAmount currencyID="EUR">)[^<]*/,
          '$19999.99',
        ),
    ],
    [
      'BR-CO-15',
      (x: string) => x.replace(/(<cbc:TaxInclusiveAmount currencyID="EUR">)[^<]*/, '$11.00'),
    ],
    ['BR-CO-16', (x: string) => x.replace(/(<cbc:PayableAmount currencyID="EUR">)[^<]*/, '$11.00')],
  ])('%s fires when its element or sum is wrong', (rule, mutate) => {
    const xml = mutate(base);
    expect(xml).not.toBe(base);
    expect(broken(xml)).toContain(rule);
  });
});
