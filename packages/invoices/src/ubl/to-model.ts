/**
 * From a UBL Invoice or CreditNote to our invoice model, so that the same IMG rules (FAC-*)
 * apply to e-invoices. Where UBL has no dedicated element for an IMG requirement, the mapping
 * uses the standard extension points (documented in the README):
 * - damage location: `cac:Delivery/cac:DeliveryLocation/cac:Address`;
 * - HEA case number: `cac:ProjectReference/cbc:ID`; advisory-report number:
 *   `cac:OriginatorDocumentReference/cbc:ID`;
 * - per line, hours: a quantity in hours (unit code HUR); room code and damage numbers:
 *   `cac:AdditionalItemProperty` named `ruimtecode` and `schadenummer`; execution date: the
 *   line's `cac:InvoicePeriod/cbc:StartDate`, else the delivery date.
 */
import type { InvoiceInput } from '../model.js';
import { all, at, attr, children, text, type Node, type UblDocument } from './xml.js';

const cents = (value: string | undefined) =>
  value === undefined ? undefined : Math.round(Number(value) * 100);
const basisPoints = (value: string | undefined) =>
  value === undefined ? undefined : Math.round(Number(value) * 100);

function party(node: Node | undefined, iban?: string): InvoiceInput['supplier'] {
  const address = at(node, 'PostalAddress');
  const legal = at(node, 'PartyLegalEntity', 'CompanyID');
  const vat = children(node, 'PartyTaxScheme').find((p) => text(p, 'TaxScheme', 'ID') === 'VAT');
  return {
    name: text(node, 'PartyName', 'Name') ?? text(node, 'PartyLegalEntity', 'RegistrationName'),
    address: address && {
      street:
        [text(address, 'StreetName'), text(address, 'AdditionalStreetName')]
          .filter(Boolean)
          .join(' ') || undefined,
      houseNumber: text(address, 'BuildingNumber'),
      postcode: text(address, 'PostalZone'),
      city: text(address, 'CityName'),
      country: text(address, 'Country', 'IdentificationCode') ?? 'NL',
    },
    kvkNumber:
      attr(legal, 'schemeID') === '0106' ? text(node, 'PartyLegalEntity', 'CompanyID') : undefined,
    btwId: text(vat, 'CompanyID'),
    iban,
  };
}

/** A UBL document as the package's structured invoice (to be validated with `Invoice`). */
export function ublToInvoice(doc: UblDocument): InvoiceInput {
  const { root } = doc;
  const credit = doc.kind === 'creditNote';
  const lineName = credit ? 'CreditNoteLine' : 'InvoiceLine';
  const quantityName = credit ? 'CreditedQuantity' : 'InvoicedQuantity';
  const deliveryDate = text(root, 'Delivery', 'ActualDeliveryDate');
  const iban = all(root, 'PaymentMeans', 'PayeeFinancialAccount')
    .map((a) => text(a, 'ID'))
    .find(Boolean);
  const deliveryAddress = at(root, 'Delivery', 'DeliveryLocation', 'Address');
  const taxTotal =
    children(root, 'TaxTotal').find((t) => children(t, 'TaxSubtotal').length > 0) ??
    children(root, 'TaxTotal')[0];
  const documentCurrency = text(root, 'DocumentCurrencyCode');
  const vatInDocumentCurrency = children(root, 'TaxTotal')
    .map((t) => at(t, 'TaxAmount'))
    .find((a) => attr(a, 'currencyID') === documentCurrency);
  return {
    kind: doc.kind,
    number: text(root, 'ID'),
    issueDate: text(root, 'IssueDate'),
    currency: documentCurrency,
    supplier: party(at(root, 'AccountingSupplierParty', 'Party'), iban),
    customer: party(at(root, 'AccountingCustomerParty', 'Party')),
    damageLocation: deliveryAddress && {
      street: text(deliveryAddress, 'StreetName'),
      houseNumber: text(deliveryAddress, 'BuildingNumber'),
      postcode: text(deliveryAddress, 'PostalZone'),
      city: text(deliveryAddress, 'CityName'),
      country: text(deliveryAddress, 'Country', 'IdentificationCode') ?? 'NL',
    },
    heaCaseNumber: text(root, 'ProjectReference', 'ID'),
    adviceReportNumber: text(root, 'OriginatorDocumentReference', 'ID'),
    lines: children(root, lineName).map((line) => {
      const quantity = at(line, quantityName);
      const baseQuantity = Number(text(line, 'Price', 'BaseQuantity') ?? '1') || 1;
      const property = (name: string) =>
        children(at(line, 'Item'), 'AdditionalItemProperty')
          .filter((p) => text(p, 'Name')?.toLowerCase() === name)
          .map((p) => text(p, 'Value') ?? '');
      const qty = Number(text(quantity) ?? '0');
      return {
        id: text(line, 'ID'),
        description: text(line, 'Item', 'Name') ?? text(line, 'Item', 'Description'),
        roomCode: property('ruimtecode')[0],
        damageNumbers: property('schadenummer'),
        hours: attr(quantity, 'unitCode') === 'HUR' ? qty : undefined,
        quantity: qty,
        unitPriceCents: Math.round(
          (Number(text(line, 'Price', 'PriceAmount') ?? '0') / baseQuantity) * 100,
        ),
        lineAmountCents: cents(text(line, 'LineExtensionAmount')),
        adjustmentCents: children(line, 'AllowanceCharge').reduce(
          (sum, ac) =>
            sum +
            (text(ac, 'ChargeIndicator') === 'true' ? 1 : -1) * (cents(text(ac, 'Amount')) ?? 0),
          0,
        ),
        vatRateBasisPoints: basisPoints(
          text(line, 'Item', 'ClassifiedTaxCategory', 'Percent') ??
            (text(line, 'Item', 'ClassifiedTaxCategory', 'ID') ? '0' : undefined),
        ),
        executionDate: text(line, 'InvoicePeriod', 'StartDate') ?? deliveryDate,
      };
    }),
    documentAdjustments: children(root, 'AllowanceCharge').map((ac) => ({
      amountCents:
        (text(ac, 'ChargeIndicator') === 'true' ? 1 : -1) * (cents(text(ac, 'Amount')) ?? 0),
      vatRateBasisPoints: basisPoints(
        text(ac, 'TaxCategory', 'Percent') ?? (text(ac, 'TaxCategory', 'ID') ? '0' : undefined),
      ),
      reason: text(ac, 'AllowanceChargeReason'),
    })),
    vatBreakdown: children(taxTotal, 'TaxSubtotal').map((s) => ({
      rateBasisPoints: basisPoints(text(s, 'TaxCategory', 'Percent') ?? '0') ?? 0,
      baseCents: cents(text(s, 'TaxableAmount')) ?? 0,
      vatCents: cents(text(s, 'TaxAmount')) ?? 0,
      category: text(s, 'TaxCategory', 'ID'),
    })),
    totals: {
      exclVatCents: cents(text(root, 'LegalMonetaryTotal', 'TaxExclusiveAmount')),
      vatCents: cents(text(vatInDocumentCurrency ?? at(taxTotal, 'TaxAmount'))),
      inclVatCents: cents(text(root, 'LegalMonetaryTotal', 'TaxInclusiveAmount')),
      payableCents: cents(text(root, 'LegalMonetaryTotal', 'PayableAmount')),
    },
    submittedDigitally: true,
  };
}
