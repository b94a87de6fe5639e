/**
 * The rules of Peppol BIS Billing 3.0 and the Dutch national rules (NLCIUS) that we implement,
 * in TypeScript over the UBL tree. Each rule returns the places where it is broken. The peer
 * suite (test/peppol) checks them against the official unit tests; rules not listed here are
 * reported as not implemented by the suite runner.
 */
import {
  all,
  at,
  attr,
  children,
  elements,
  text,
  textOf,
  type Node,
  type UblDocument,
} from './xml.js';

/** One UBL business rule: its id, severity, description and check. */
export interface UblRule {
  id: string;
  description: string;
  severity: 'error' | 'warning';
  /** Paths (element names) where the rule is broken; empty when it holds. */
  check(doc: UblDocument): string[];
}

const num = (value: string | undefined) => (value === undefined ? undefined : Number(value));
const slack = (a: number, b: number, tolerance: number) => Math.abs(a - b) <= tolerance;
const lines = (doc: UblDocument) =>
  all(doc.root, doc.kind === 'invoice' ? 'InvoiceLine' : 'CreditNoteLine');
const quantityName = (doc: UblDocument) =>
  doc.kind === 'invoice' ? 'InvoicedQuantity' : 'CreditedQuantity';
const supplierParty = (doc: UblDocument) => at(doc.root, 'AccountingSupplierParty', 'Party');
const customerParty = (doc: UblDocument) => at(doc.root, 'AccountingCustomerParty', 'Party');
const countryOf = (party: Node | undefined) =>
  text(party, 'PostalAddress', 'Country', 'IdentificationCode');
const supplierInNl = (doc: UblDocument) => countryOf(supplierParty(doc)) === 'NL';
/** An invoice with a positive, or a credit note with a negative, amount due: the customer pays. */
const customerPaysSupplier = (d: UblDocument) => {
  const payable = num(text(d.root, 'LegalMonetaryTotal', 'PayableAmount')) ?? 0;
  return d.kind === 'invoice' ? payable > 0 : payable < 0;
};
const hasFullAddress = (address: Node | undefined) =>
  Boolean(text(address, 'StreetName') && text(address, 'CityName') && text(address, 'PostalZone'));
const when = (broken: boolean, path: string) => (broken ? [path] : []);
/** Schematron's `exists()`: an element counts when present, even when empty. */
const has = (node: Node | undefined, ...path: string[]) => at(node, ...path) !== undefined;
/** Profile 01 (billing) is the one whose type-code lists P0100 and P0101 check. */
const isProfile01 = (d: UblDocument) => /:billing:01:1\.0$/.test(text(d.root, 'ProfileID') ?? '');

/** Every allowance/charge element, document and line level (not price level). */
const allowanceCharges = (doc: UblDocument) => [
  ...children(doc.root, 'AllowanceCharge'),
  ...lines(doc).flatMap((l) => children(l, 'AllowanceCharge')),
];
const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));
const INVOICE_TYPE_CODES = new Set([
  '71',
  '80',
  '82',
  '84',
  '102',
  '218',
  '219',
  '331',
  '380',
  '382',
  '383',
  '386',
  '388',
  '393',
  '395',
  '553',
  '575',
  '623',
  '780',
  '817',
  '870',
  '875',
  '876',
  '877',
]);
const CREDIT_NOTE_TYPE_CODES = new Set([
  '81',
  '83',
  '261',
  '262',
  '296',
  '308',
  '381',
  '396',
  '420',
  '458',
  '532',
]);
const NL_PAYMENT_MEANS = new Set(['30', '48', '49', '57', '58', '59']);

/** The Peppol BIS 3 and Dutch national (NLCIUS) rules this package checks. */
export const UBL_RULES: readonly UblRule[] = [
  // Peppol BIS Billing 3.0
  {
    id: 'PEPPOL-EN16931-R001',
    severity: 'error',
    description: 'Business process (ProfileID) MUST be provided.',
    check: (d) => when(!has(d.root, 'ProfileID'), 'ProfileID'),
  },
  {
    id: 'PEPPOL-EN16931-R002',
    severity: 'warning',
    description: 'No more than one note is allowed on document level.',
    check: (d) => when(children(d.root, 'Note').length > 1, 'Note'),
  },
  {
    id: 'PEPPOL-EN16931-R003',
    severity: 'error',
    description: 'A buyer reference or purchase order reference MUST be provided.',
    check: (d) =>
      when(
        !has(d.root, 'BuyerReference') && !has(d.root, 'OrderReference', 'ID'),
        'BuyerReference',
      ),
  },
  {
    id: 'PEPPOL-EN16931-R004',
    severity: 'error',
    description:
      'Specification identifier MUST have the value urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0.',
    check: (d) =>
      when(
        !(text(d.root, 'CustomizationID') ?? '').startsWith(
          'urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0',
        ),
        'CustomizationID',
      ),
  },
  {
    id: 'PEPPOL-EN16931-R005',
    severity: 'error',
    description:
      'VAT accounting currency code MUST be different from invoice currency code when provided.',
    check: (d) => {
      const tax = text(d.root, 'TaxCurrencyCode');
      return when(
        tax !== undefined && tax === text(d.root, 'DocumentCurrencyCode'),
        'TaxCurrencyCode',
      );
    },
  },
  {
    id: 'PEPPOL-EN16931-R007',
    severity: 'error',
    description:
      'Business process MUST be in the format urn:fdc:peppol.eu:2017:poacc:billing:NN:1.0.',
    check: (d) => {
      const p = text(d.root, 'ProfileID');
      return when(
        p !== undefined && !/^urn:fdc:peppol\.eu:2017:poacc:billing:\d{2}:1\.0$/.test(p),
        'ProfileID',
      );
    },
  },
  {
    id: 'PEPPOL-EN16931-R010',
    severity: 'error',
    description: 'Buyer electronic address MUST be provided.',
    check: (d) =>
      when(!has(customerParty(d), 'EndpointID'), 'AccountingCustomerParty/Party/EndpointID'),
  },
  {
    id: 'PEPPOL-EN16931-R020',
    severity: 'error',
    description: 'Seller electronic address MUST be provided.',
    check: (d) =>
      when(!has(supplierParty(d), 'EndpointID'), 'AccountingSupplierParty/Party/EndpointID'),
  },
  {
    id: 'PEPPOL-EN16931-R040',
    severity: 'error',
    description:
      'Allowance/charge amount must equal base amount × percentage / 100 when both are given.',
    check: (d) =>
      allowanceCharges(d).flatMap((ac) => {
        const base = num(text(ac, 'BaseAmount'));
        const pct = num(text(ac, 'MultiplierFactorNumeric'));
        const amount = num(text(ac, 'Amount'));
        return when(
          base !== undefined &&
            pct !== undefined &&
            amount !== undefined &&
            !slack(amount, (base * pct) / 100, 0.02),
          'AllowanceCharge/Amount',
        );
      }),
  },
  {
    id: 'PEPPOL-EN16931-R041',
    severity: 'error',
    description: 'Allowance/charge base amount MUST be provided when the percentage is provided.',
    check: (d) =>
      allowanceCharges(d).flatMap((ac) =>
        when(
          text(ac, 'MultiplierFactorNumeric') !== undefined && text(ac, 'BaseAmount') === undefined,
          'AllowanceCharge/BaseAmount',
        ),
      ),
  },
  {
    id: 'PEPPOL-EN16931-R042',
    severity: 'error',
    description: 'Allowance/charge percentage MUST be provided when the base amount is provided.',
    check: (d) =>
      allowanceCharges(d).flatMap((ac) =>
        when(
          text(ac, 'BaseAmount') !== undefined && text(ac, 'MultiplierFactorNumeric') === undefined,
          'AllowanceCharge/MultiplierFactorNumeric',
        ),
      ),
  },
  {
    id: 'PEPPOL-EN16931-R043',
    severity: 'error',
    description: "Allowance/charge indicator MUST be 'true' or 'false'.",
    check: (d) =>
      [
        ...allowanceCharges(d),
        ...lines(d).flatMap((l) => all(l, 'Price', 'AllowanceCharge')),
      ].flatMap((ac) =>
        when(
          !['true', 'false'].includes(text(ac, 'ChargeIndicator') ?? ''),
          'AllowanceCharge/ChargeIndicator',
        ),
      ),
  },
  {
    id: 'PEPPOL-EN16931-R044',
    severity: 'error',
    description: 'A charge on price level is not allowed: only the value false.',
    check: (d) =>
      lines(d)
        .flatMap((l) => all(l, 'Price', 'AllowanceCharge'))
        .flatMap((ac) =>
          when(text(ac, 'ChargeIndicator') !== 'false', 'Price/AllowanceCharge/ChargeIndicator'),
        ),
  },
  {
    id: 'PEPPOL-EN16931-R046',
    severity: 'error',
    description:
      'Item net price MUST equal gross price − allowance amount when the gross price is provided.',
    check: (d) =>
      lines(d).flatMap((l) => {
        const ac = at(l, 'Price', 'AllowanceCharge');
        const gross = num(text(ac, 'BaseAmount'));
        const allowance = num(text(ac, 'Amount')) ?? 0;
        const net = num(text(l, 'Price', 'PriceAmount'));
        return when(
          gross !== undefined && net !== undefined && !slack(net, gross - allowance, 0.000001),
          'Price/PriceAmount',
        );
      }),
  },
  {
    id: 'PEPPOL-EN16931-R051',
    severity: 'error',
    description:
      'All currencyID attributes MUST have the same value as the invoice currency code, except the total VAT in accounting currency.',
    check: (d) => {
      const currency = text(d.root, 'DocumentCurrencyCode');
      const tax = text(d.root, 'TaxCurrencyCode');
      const broken: string[] = [];
      for (const element of elements(d.root)) {
        const name = element.name;
        const id = attr(element, 'currencyID');
        if (
          id !== undefined &&
          id !== currency &&
          !(name === 'TaxAmount' && tax !== undefined && id === tax)
        )
          broken.push(`${name}/@currencyID`);
      }
      return broken;
    },
  },
  {
    id: 'PEPPOL-EN16931-R053',
    severity: 'error',
    description: 'Only one tax total with tax subtotals MUST be provided.',
    check: (d) =>
      when(
        children(d.root, 'TaxTotal').filter((t) => children(t, 'TaxSubtotal').length > 0).length !==
          1,
        'TaxTotal',
      ),
  },
  {
    id: 'PEPPOL-EN16931-R054',
    severity: 'error',
    description:
      'Only one tax total without tax subtotals MUST be provided when the tax currency code is provided.',
    check: (d) => {
      const without = children(d.root, 'TaxTotal').filter(
        (t) => children(t, 'TaxSubtotal').length === 0,
      ).length;
      return when(has(d.root, 'TaxCurrencyCode') ? without !== 1 : without > 0, 'TaxTotal');
    },
  },
  {
    id: 'PEPPOL-EN16931-R055',
    severity: 'error',
    description:
      'Invoice total VAT amount and total VAT amount in accounting currency MUST have the same sign.',
    check: (d) => {
      const tax = text(d.root, 'TaxCurrencyCode');
      if (!tax) return [];
      const amounts = children(d.root, 'TaxTotal')
        .map((t) => child(t))
        .filter((x): x is number => x !== undefined);
      return when(
        amounts.length === 2 &&
          Math.sign(amounts[0]!) !== Math.sign(amounts[1]!) &&
          amounts[0] !== 0 &&
          amounts[1] !== 0,
        'TaxTotal/TaxAmount',
      );
      function child(t: Node) {
        return num(text(t, 'TaxAmount'));
      }
    },
  },
  {
    id: 'PEPPOL-EN16931-R061',
    severity: 'error',
    description: 'Mandate reference MUST be provided for direct debit.',
    check: (d) =>
      children(d.root, 'PaymentMeans').flatMap((pm) =>
        when(
          ['49', '59'].includes(text(pm, 'PaymentMeansCode') ?? '') &&
            !has(pm, 'PaymentMandate', 'ID'),
          'PaymentMeans/PaymentMandate/ID',
        ),
      ),
  },
  {
    id: 'PEPPOL-EN16931-R080',
    severity: 'error',
    description: 'Only one project reference is allowed on document level.',
    check: (d) =>
      when(
        children(d.root, 'AdditionalDocumentReference').filter(
          (r) => text(r, 'DocumentTypeCode') === '50',
        ).length > 1,
        'AdditionalDocumentReference',
      ),
  },
  {
    id: 'PEPPOL-EN16931-R100',
    severity: 'error',
    description: 'Only one invoiced object is allowed per line.',
    check: (d) =>
      lines(d).flatMap((l) =>
        when(children(l, 'DocumentReference').length > 1, 'DocumentReference'),
      ),
  },
  {
    id: 'PEPPOL-EN16931-R101',
    severity: 'error',
    description:
      'A line document reference can only be used for the invoiced object (type code 130).',
    check: (d) =>
      lines(d).flatMap((l) =>
        children(l, 'DocumentReference').flatMap((r) =>
          when(text(r, 'DocumentTypeCode') !== '130', 'DocumentReference/DocumentTypeCode'),
        ),
      ),
  },
  {
    id: 'PEPPOL-EN16931-R110',
    severity: 'error',
    description: 'The start date of a line period MUST lie within the invoice period.',
    check: (d) => {
      const start = text(d.root, 'InvoicePeriod', 'StartDate');
      if (!start) return [];
      return lines(d).flatMap((l) => {
        const s = text(l, 'InvoicePeriod', 'StartDate');
        return when(s !== undefined && s < start, 'InvoicePeriod/StartDate');
      });
    },
  },
  {
    id: 'PEPPOL-EN16931-R111',
    severity: 'error',
    description: 'The end date of a line period MUST lie within the invoice period.',
    check: (d) => {
      const end = text(d.root, 'InvoicePeriod', 'EndDate');
      if (!end) return [];
      return lines(d).flatMap((l) => {
        const e = text(l, 'InvoicePeriod', 'EndDate');
        return when(e !== undefined && e > end, 'InvoicePeriod/EndDate');
      });
    },
  },
  {
    id: 'PEPPOL-EN16931-R120',
    severity: 'error',
    description:
      'Line net amount MUST equal quantity × (net price / base quantity) + line charges − line allowances.',
    check: (d) =>
      lines(d).flatMap((l) => {
        const qty = num(text(l, quantityName(d)));
        const price = num(text(l, 'Price', 'PriceAmount'));
        const base = num(text(l, 'Price', 'BaseQuantity')) ?? 1;
        const amount = num(text(l, 'LineExtensionAmount'));
        if (qty === undefined || price === undefined || amount === undefined || base === 0)
          return [];
        let adjustments = 0;
        for (const ac of children(l, 'AllowanceCharge'))
          adjustments +=
            (text(ac, 'ChargeIndicator') === 'true' ? 1 : -1) * (num(text(ac, 'Amount')) ?? 0);
        return when(
          !slack(amount, qty * (price / base) + adjustments, 0.02),
          'LineExtensionAmount',
        );
      }),
  },
  {
    id: 'PEPPOL-EN16931-R121',
    severity: 'error',
    description: 'Base quantity MUST be a positive number above zero.',
    check: (d) =>
      lines(d).flatMap((l) => {
        const b = text(l, 'Price', 'BaseQuantity');
        return when(b !== undefined && !(Number(b) > 0), 'Price/BaseQuantity');
      }),
  },
  {
    id: 'PEPPOL-EN16931-R130',
    severity: 'error',
    description:
      'The unit code of the price base quantity MUST be the same as the invoiced quantity.',
    check: (d) =>
      lines(d).flatMap((l) => {
        const base = at(l, 'Price', 'BaseQuantity');
        const q = at(l, quantityName(d));
        return when(
          base !== undefined &&
            attr(base, 'unitCode') !== undefined &&
            attr(base, 'unitCode') !== attr(q, 'unitCode'),
          'Price/BaseQuantity/@unitCode',
        );
      }),
  },
  {
    id: 'PEPPOL-EN16931-CL007',
    severity: 'error',
    description: 'Currency code must be according to ISO 4217.',
    check: (d) => {
      const broken: string[] = [];
      const doc = text(d.root, 'DocumentCurrencyCode');
      if (doc && !CURRENCIES.has(doc)) broken.push('DocumentCurrencyCode');
      for (const e of elements(d.root)) {
        const name = e.name;
        const c = attr(e, 'currencyID');
        if (c !== undefined && !CURRENCIES.has(c)) broken.push(`${name}/@currencyID`);
      }
      return broken;
    },
  },
  {
    id: 'PEPPOL-EN16931-F001',
    severity: 'error',
    description: 'A date MUST be formatted YYYY-MM-DD.',
    check: (d) => {
      const broken: string[] = [];
      for (const e of elements(d.root)) {
        const name = e.name;
        if (name.endsWith('Date') && !/^\d{4}-\d{2}-\d{2}$/.test(textOf(e) ?? ''))
          broken.push(name);
      }
      return broken;
    },
  },
  {
    id: 'PEPPOL-EN16931-P0100',
    severity: 'error',
    description: 'Invoice type code MUST be set according to the profile.',
    check: (d) =>
      d.kind === 'invoice' && isProfile01(d)
        ? when(!INVOICE_TYPE_CODES.has(text(d.root, 'InvoiceTypeCode') ?? ''), 'InvoiceTypeCode')
        : [],
  },
  {
    id: 'PEPPOL-EN16931-P0101',
    severity: 'error',
    description: 'Credit note type code MUST be set according to the profile.',
    check: (d) =>
      d.kind === 'creditNote' && isProfile01(d)
        ? when(
            !CREDIT_NOTE_TYPE_CODES.has(text(d.root, 'CreditNoteTypeCode') ?? ''),
            'CreditNoteTypeCode',
          )
        : [],
  },

  // EN 16931 core rules (a selection: the mandatory elements and the sums)
  {
    id: 'BR-01',
    severity: 'error',
    description: 'An invoice shall have a specification identifier (CustomizationID).',
    check: (d) => when(!text(d.root, 'CustomizationID'), 'CustomizationID'),
  },
  {
    id: 'BR-02',
    severity: 'error',
    description: 'An invoice shall have an invoice number.',
    check: (d) => when(!text(d.root, 'ID'), 'ID'),
  },
  {
    id: 'BR-03',
    severity: 'error',
    description: 'An invoice shall have an issue date.',
    check: (d) => when(!text(d.root, 'IssueDate'), 'IssueDate'),
  },
  {
    id: 'BR-04',
    severity: 'error',
    description: 'An invoice shall have an invoice type code.',
    check: (d) =>
      when(
        !text(d.root, d.kind === 'invoice' ? 'InvoiceTypeCode' : 'CreditNoteTypeCode'),
        d.kind === 'invoice' ? 'InvoiceTypeCode' : 'CreditNoteTypeCode',
      ),
  },
  {
    id: 'BR-05',
    severity: 'error',
    description: 'An invoice shall have an invoice currency code.',
    check: (d) => when(!text(d.root, 'DocumentCurrencyCode'), 'DocumentCurrencyCode'),
  },
  {
    id: 'BR-06',
    severity: 'error',
    description: 'An invoice shall contain the seller name.',
    check: (d) =>
      when(
        !text(supplierParty(d), 'PartyLegalEntity', 'RegistrationName'),
        'AccountingSupplierParty/Party/PartyLegalEntity/RegistrationName',
      ),
  },
  {
    id: 'BR-07',
    severity: 'error',
    description: 'An invoice shall contain the buyer name.',
    check: (d) =>
      when(
        !text(customerParty(d), 'PartyLegalEntity', 'RegistrationName'),
        'AccountingCustomerParty/Party/PartyLegalEntity/RegistrationName',
      ),
  },
  {
    id: 'BR-08',
    severity: 'error',
    description: 'An invoice shall contain the seller postal address.',
    check: (d) =>
      when(!has(supplierParty(d), 'PostalAddress'), 'AccountingSupplierParty/Party/PostalAddress'),
  },
  {
    id: 'BR-09',
    severity: 'error',
    description: 'The seller postal address shall contain a country code.',
    check: (d) =>
      when(
        !countryOf(supplierParty(d)),
        'AccountingSupplierParty/Party/PostalAddress/Country/IdentificationCode',
      ),
  },
  {
    id: 'BR-10',
    severity: 'error',
    description: 'An invoice shall contain the buyer postal address.',
    check: (d) =>
      when(!has(customerParty(d), 'PostalAddress'), 'AccountingCustomerParty/Party/PostalAddress'),
  },
  {
    id: 'BR-11',
    severity: 'error',
    description: 'The buyer postal address shall contain a country code.',
    check: (d) =>
      when(
        !countryOf(customerParty(d)),
        'AccountingCustomerParty/Party/PostalAddress/Country/IdentificationCode',
      ),
  },
  {
    id: 'BR-12',
    severity: 'error',
    description: 'An invoice shall have the sum of invoice line net amounts.',
    check: (d) =>
      when(
        !text(d.root, 'LegalMonetaryTotal', 'LineExtensionAmount'),
        'LegalMonetaryTotal/LineExtensionAmount',
      ),
  },
  {
    id: 'BR-13',
    severity: 'error',
    description: 'An invoice shall have the invoice total amount without VAT.',
    check: (d) =>
      when(
        !text(d.root, 'LegalMonetaryTotal', 'TaxExclusiveAmount'),
        'LegalMonetaryTotal/TaxExclusiveAmount',
      ),
  },
  {
    id: 'BR-14',
    severity: 'error',
    description: 'An invoice shall have the invoice total amount with VAT.',
    check: (d) =>
      when(
        !text(d.root, 'LegalMonetaryTotal', 'TaxInclusiveAmount'),
        'LegalMonetaryTotal/TaxInclusiveAmount',
      ),
  },
  {
    id: 'BR-15',
    severity: 'error',
    description: 'An invoice shall have the amount due for payment.',
    check: (d) =>
      when(
        !text(d.root, 'LegalMonetaryTotal', 'PayableAmount'),
        'LegalMonetaryTotal/PayableAmount',
      ),
  },
  {
    id: 'BR-16',
    severity: 'error',
    description: 'An invoice shall have at least one invoice line.',
    check: (d) =>
      when(lines(d).length === 0, d.kind === 'invoice' ? 'InvoiceLine' : 'CreditNoteLine'),
  },
  {
    id: 'BR-21',
    severity: 'error',
    description: 'Each invoice line shall have an invoice line identifier.',
    check: (d) => lines(d).flatMap((l) => when(!text(l, 'ID'), 'InvoiceLine/ID')),
  },
  {
    id: 'BR-22',
    severity: 'error',
    description: 'Each invoice line shall have an invoiced quantity.',
    check: (d) =>
      lines(d).flatMap((l) => when(!text(l, quantityName(d)), `InvoiceLine/${quantityName(d)}`)),
  },
  {
    id: 'BR-24',
    severity: 'error',
    description: 'Each invoice line shall have an invoice line net amount.',
    check: (d) =>
      lines(d).flatMap((l) =>
        when(!text(l, 'LineExtensionAmount'), 'InvoiceLine/LineExtensionAmount'),
      ),
  },
  {
    id: 'BR-25',
    severity: 'error',
    description: 'Each invoice line shall contain the item name.',
    check: (d) => lines(d).flatMap((l) => when(!text(l, 'Item', 'Name'), 'InvoiceLine/Item/Name')),
  },
  {
    id: 'BR-26',
    severity: 'error',
    description: 'Each invoice line shall contain the item net price.',
    check: (d) =>
      lines(d).flatMap((l) =>
        when(!text(l, 'Price', 'PriceAmount'), 'InvoiceLine/Price/PriceAmount'),
      ),
  },
  {
    id: 'BR-27',
    severity: 'error',
    description: 'The item net price shall not be negative.',
    check: (d) =>
      lines(d).flatMap((l) => {
        const p = num(text(l, 'Price', 'PriceAmount'));
        return when(p !== undefined && p < 0, 'InvoiceLine/Price/PriceAmount');
      }),
  },
  {
    id: 'BR-CO-10',
    severity: 'error',
    description: 'Sum of invoice line net amount = Σ invoice line net amounts.',
    check: (d) => {
      const total = num(text(d.root, 'LegalMonetaryTotal', 'LineExtensionAmount'));
      if (total === undefined) return [];
      const sum = lines(d).reduce((s, l) => s + (num(text(l, 'LineExtensionAmount')) ?? 0), 0);
      return when(!slack(total, sum, 0.005), 'LegalMonetaryTotal/LineExtensionAmount');
    },
  },
  {
    id: 'BR-CO-13',
    severity: 'error',
    description:
      'Invoice total without VAT = Σ line net amounts − document allowances + document charges.',
    check: (d) => {
      const total = num(text(d.root, 'LegalMonetaryTotal', 'TaxExclusiveAmount'));
      const net = num(text(d.root, 'LegalMonetaryTotal', 'LineExtensionAmount'));
      if (total === undefined || net === undefined) return [];
      const allowances = num(text(d.root, 'LegalMonetaryTotal', 'AllowanceTotalAmount')) ?? 0;
      const charges = num(text(d.root, 'LegalMonetaryTotal', 'ChargeTotalAmount')) ?? 0;
      return when(
        !slack(total, net - allowances + charges, 0.005),
        'LegalMonetaryTotal/TaxExclusiveAmount',
      );
    },
  },
  {
    id: 'BR-CO-14',
    severity: 'error',
    description: 'Invoice total VAT amount = Σ VAT category tax amounts.',
    check: (d) => {
      const total = children(d.root, 'TaxTotal').find((t) => children(t, 'TaxSubtotal').length > 0);
      if (!total) return [];
      const amount = num(text(total, 'TaxAmount')) ?? 0;
      const sum = children(total, 'TaxSubtotal').reduce(
        (s, sub) => s + (num(text(sub, 'TaxAmount')) ?? 0),
        0,
      );
      return when(!slack(amount, sum, 0.005), 'TaxTotal/TaxAmount');
    },
  },
  {
    id: 'BR-CO-15',
    severity: 'error',
    description: 'Invoice total with VAT = invoice total without VAT + invoice total VAT amount.',
    check: (d) => {
      const incl = num(text(d.root, 'LegalMonetaryTotal', 'TaxInclusiveAmount'));
      const excl = num(text(d.root, 'LegalMonetaryTotal', 'TaxExclusiveAmount'));
      if (incl === undefined || excl === undefined) return [];
      const currency = text(d.root, 'DocumentCurrencyCode');
      const vat = children(d.root, 'TaxTotal')
        .map((t) => at(t, 'TaxAmount'))
        .find((a) => attr(a, 'currencyID') === currency);
      return when(
        !slack(incl, excl + (num(textOf(vat)) ?? 0), 0.005),
        'LegalMonetaryTotal/TaxInclusiveAmount',
      );
    },
  },
  {
    id: 'BR-CO-16',
    severity: 'error',
    description: 'Amount due for payment = total with VAT − paid amount + rounding amount.',
    check: (d) => {
      const due = num(text(d.root, 'LegalMonetaryTotal', 'PayableAmount'));
      const incl = num(text(d.root, 'LegalMonetaryTotal', 'TaxInclusiveAmount'));
      if (due === undefined || incl === undefined) return [];
      const prepaid = num(text(d.root, 'LegalMonetaryTotal', 'PrepaidAmount')) ?? 0;
      const rounding = num(text(d.root, 'LegalMonetaryTotal', 'PayableRoundingAmount')) ?? 0;
      return when(
        !slack(due, incl - prepaid + rounding, 0.005),
        'LegalMonetaryTotal/PayableAmount',
      );
    },
  },

  // Dutch national rules (NLCIUS / SI-UBL 2.0 in Peppol)
  {
    id: 'NL-R-001',
    severity: 'error',
    description:
      'For suppliers in the Netherlands, a credit note MUST contain an invoice reference.',
    check: (d) =>
      when(
        supplierInNl(d) &&
          d.kind === 'creditNote' &&
          !text(d.root, 'BillingReference', 'InvoiceDocumentReference', 'ID'),
        'BillingReference/InvoiceDocumentReference/ID',
      ),
  },
  {
    id: 'NL-R-002',
    severity: 'error',
    description:
      "For suppliers in the Netherlands the supplier's address MUST contain street name, city name and post code.",
    check: (d) =>
      when(
        supplierInNl(d) && !hasFullAddress(at(supplierParty(d), 'PostalAddress')),
        'AccountingSupplierParty/Party/PostalAddress',
      ),
  },
  {
    id: 'NL-R-003',
    severity: 'error',
    description:
      'For suppliers in the Netherlands, the legal entity identifier MUST be a KVK or OIN number (schemeID 0106 or 0190).',
    check: (d) =>
      when(
        supplierInNl(d) &&
          !['0106', '0190'].includes(
            attr(at(supplierParty(d), 'PartyLegalEntity', 'CompanyID'), 'schemeID') ?? '',
          ),
        'AccountingSupplierParty/Party/PartyLegalEntity/CompanyID/@schemeID',
      ),
  },
  {
    id: 'NL-R-004',
    severity: 'error',
    description:
      'For suppliers in the Netherlands, a customer in the Netherlands MUST have street name, city name and post code.',
    check: (d) =>
      when(
        supplierInNl(d) &&
          countryOf(customerParty(d)) === 'NL' &&
          !hasFullAddress(at(customerParty(d), 'PostalAddress')),
        'AccountingCustomerParty/Party/PostalAddress',
      ),
  },
  {
    id: 'NL-R-005',
    severity: 'error',
    description:
      'For suppliers in the Netherlands, a customer in the Netherlands MUST have a KVK or OIN legal entity identifier (0106 or 0190).',
    check: (d) =>
      when(
        supplierInNl(d) &&
          countryOf(customerParty(d)) === 'NL' &&
          !['0106', '0190'].includes(
            attr(at(customerParty(d), 'PartyLegalEntity', 'CompanyID'), 'schemeID') ?? '',
          ),
        'AccountingCustomerParty/Party/PartyLegalEntity/CompanyID/@schemeID',
      ),
  },
  {
    id: 'NL-R-006',
    severity: 'error',
    description:
      'For suppliers in the Netherlands, a fiscal representative in the Netherlands MUST have street name, city name and post code.',
    check: (d) => {
      const rep = at(d.root, 'TaxRepresentativeParty');
      return when(
        supplierInNl(d) &&
          rep !== undefined &&
          text(rep, 'PostalAddress', 'Country', 'IdentificationCode') === 'NL' &&
          !hasFullAddress(at(rep, 'PostalAddress')),
        'TaxRepresentativeParty/PostalAddress',
      );
    },
  },
  {
    id: 'NL-R-007',
    severity: 'error',
    description:
      'For suppliers in the Netherlands, payment means MUST be given when the customer pays the supplier.',
    check: (d) =>
      when(
        supplierInNl(d) && customerPaysSupplier(d) && children(d.root, 'PaymentMeans').length === 0,
        'PaymentMeans',
      ),
  },
  // The unit tests apply NL-R-008 only between Dutch parties (a Swedish customer may pay by code 1).
  {
    id: 'NL-R-008',
    severity: 'error',
    description:
      'For suppliers in the Netherlands, the payment means code MUST be one of 30, 48, 49, 57, 58 or 59.',
    check: (d) =>
      supplierInNl(d) && countryOf(customerParty(d)) === 'NL'
        ? children(d.root, 'PaymentMeans').flatMap((pm) =>
            when(
              !NL_PAYMENT_MEANS.has(text(pm, 'PaymentMeansCode') ?? ''),
              'PaymentMeans/PaymentMeansCode',
            ),
          )
        : [],
  },
  {
    id: 'NL-R-009',
    severity: 'error',
    description:
      'For suppliers in the Netherlands, an order line reference requires an order reference on the document.',
    check: (d) =>
      when(
        supplierInNl(d) &&
          lines(d).some((l) => text(l, 'OrderLineReference', 'LineID') !== undefined) &&
          !text(d.root, 'OrderReference', 'ID'),
        'OrderReference/ID',
      ),
  },
];

/** The ids of the UBL rules this package checks. */
export const IMPLEMENTED_UBL_RULES = new Set(UBL_RULES.map((r) => r.id));

/** Runs every implemented rule; the ids of the broken ones with where. */
export function checkUbl(
  doc: UblDocument,
): { ruleId: string; severity: 'error' | 'warning'; path: string; description: string }[] {
  const findings: {
    ruleId: string;
    severity: 'error' | 'warning';
    path: string;
    description: string;
  }[] = [];
  for (const rule of UBL_RULES)
    for (const path of rule.check(doc))
      findings.push({
        ruleId: rule.id,
        severity: rule.severity,
        path,
        description: rule.description,
      });
  return findings;
}
