/**
 * Validation of a repair invoice against the IMG's requirements (domain.md §6): the formal
 * requirements (FAC-F*), the specification (FAC-S*), the other rules (FAC-1 … FAC-4), the extra
 * requirements of repair by own contractor (FAC-HEA) and what a careful reviewer checks beyond
 * the source (FAC-X*: amounts that add up, legal VAT rates, well-formed identifiers, the damage
 * location). Every finding names its rule and the field.
 */
import { btwIdProblem, ibanProblem, kvkProblem, postcodeProblem } from './identifiers.js';
import { finding, formatEuro, formatRate, type Finding } from './findings.js';
import type { Address, Invoice, InvoiceContext } from './model.js';
import { isLegalVatRate, vatOn } from './vat.js';

/** FAC-4: invoices at most 5 years after the decision. */
export const SUBMISSION_TERM_YEARS = 5;
/** FAC-HEA: repair costs up to EUR 60,000 (HER-1). */
export const HEA_MAX_TOTAL_CENTS = 6_000_000;
/** Rounding tolerance per VAT rate and per total, in cents (EN 16931 rounds to 2 decimals). */
export const ROUNDING_TOLERANCE_CENTS = 1;
/** Construction and repair businesses: SBI section F (41, 42, 43). */
const REPAIR_SBI = /^4[123]/;

const fullAddress = (a: Address | undefined) => Boolean(a?.street && a.postcode && a.city);
const sameAddress = (a: Address | undefined, b: Address | undefined) =>
  Boolean(
    a &&
    b &&
    a.postcode &&
    b.postcode &&
    a.postcode.replace(/\s/g, '').toUpperCase() === b.postcode.replace(/\s/g, '').toUpperCase() &&
    (a.houseNumber ?? '').trim().toLowerCase() === (b.houseNumber ?? '').trim().toLowerCase(),
  );
const normal = (s: string | undefined) => (s ?? '').toLowerCase().replace(/[^a-z0-9]/g, '');
const addYears = (date: string, years: number) =>
  `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;

/** Quantity × price, plus the line's own charges, minus its allowances. */
export function computedLineAmount(line: Invoice['lines'][number]): number {
  return Math.round(line.quantity * line.unitPriceCents) + (line.adjustmentCents ?? 0);
}

/** A line's net amount in cents: as given, or quantity times unit price plus adjustments. */
export function lineAmount(line: Invoice['lines'][number]): number {
  return line.lineAmountCents ?? computedLineAmount(line);
}

/** The IMG's rules (FAC-*) and the consistency checks on a structured invoice, with the application's context. */
export function validateInvoice(invoice: Invoice, context?: InvoiceContext): Finding[] {
  const f: Finding[] = [];
  const { supplier, customer } = invoice;

  // Formal requirements.
  if (!supplier.name || !fullAddress(supplier.address))
    f.push(
      finding(
        'FAC-F1',
        'supplier',
        'Volledige bedrijfsnaam en adres van de leverancier ontbreken.',
        "The supplier's full company name and address are missing.",
      ),
    );
  if (!customer.name || !fullAddress(customer.address))
    f.push(
      finding(
        'FAC-F2',
        'customer',
        'Volledige naam en adres van de klant ontbreken.',
        "The customer's full name and address are missing.",
      ),
    );
  if (!supplier.btwId)
    f.push(
      finding(
        'FAC-F3',
        'supplier.btwId',
        'Het btw-nummer ontbreekt.',
        'The VAT number is missing.',
      ),
    );
  else {
    if (btwIdProblem(supplier.btwId))
      f.push(
        finding(
          'FAC-X3',
          'supplier.btwId',
          `Het btw-nummer is niet geldig: ${btwIdProblem(supplier.btwId, 'nl')}.`,
          `The VAT number is not valid: ${btwIdProblem(supplier.btwId, 'en')}.`,
        ),
      );
  }
  if (!supplier.kvkNumber)
    f.push(
      finding(
        'FAC-F4',
        'supplier.kvkNumber',
        'Het KvK-nummer ontbreekt.',
        'The KvK number is missing.',
      ),
    );
  else {
    if (kvkProblem(supplier.kvkNumber))
      f.push(
        finding(
          'FAC-X4',
          'supplier.kvkNumber',
          `Het KvK-nummer is niet geldig: ${kvkProblem(supplier.kvkNumber, 'nl')}.`,
          `The KvK number is not valid: ${kvkProblem(supplier.kvkNumber, 'en')}.`,
        ),
      );
  }
  if (!invoice.issueDate)
    f.push(
      finding('FAC-F5', 'issueDate', 'De factuurdatum ontbreekt.', 'The invoice date is missing.'),
    );
  if (!invoice.number)
    f.push(
      finding('FAC-F6', 'number', 'Het factuurnummer ontbreekt.', 'The invoice number is missing.'),
    );
  for (const [path, address] of [
    ['supplier.address', supplier.address],
    ['customer.address', customer.address],
    ['damageLocation', invoice.damageLocation],
  ] as const) {
    if (address?.postcode && (address.country ?? 'NL') === 'NL') {
      if (postcodeProblem(address.postcode))
        f.push(
          finding(
            'FAC-X6',
            `${path}.postcode`,
            `De postcode is niet geldig: ${postcodeProblem(address.postcode, 'nl')}.`,
            `The postcode is not valid: ${postcodeProblem(address.postcode, 'en')}.`,
          ),
        );
    }
  }

  // Specification requirements, per line.
  if (invoice.lines.length === 0)
    f.push(
      finding(
        'FAC-S1',
        'lines',
        'De factuur heeft geen regels met goederen of diensten.',
        'The invoice has no lines of goods or services.',
      ),
    );
  invoice.lines.forEach((line, i) => {
    const at = `lines[${i}]`;
    if (!line.description?.trim())
      f.push(
        finding(
          'FAC-S1',
          `${at}.description`,
          'De omschrijving van de goederen of diensten ontbreekt.',
          'The description of the goods or services is missing.',
        ),
      );
    if (line.hours === undefined)
      f.push(
        finding(
          'FAC-S3',
          `${at}.hours`,
          'Het aantal uren ontbreekt.',
          'The number of hours is missing.',
        ),
      );
    if (!line.executionDate)
      f.push(
        finding(
          'FAC-S4',
          `${at}.executionDate`,
          'De datum van uitvoering ontbreekt.',
          'The execution date is missing.',
        ),
      );
    if (line.vatRateBasisPoints === undefined)
      f.push(
        finding(
          'FAC-S6',
          `${at}.vatRateBasisPoints`,
          'Het btw-tarief ontbreekt.',
          'The VAT rate is missing.',
        ),
      );
    else if (line.executionDate && !isLegalVatRate(line.vatRateBasisPoints, line.executionDate)) {
      f.push(
        finding(
          'FAC-X2',
          `${at}.vatRateBasisPoints`,
          `Een btw-tarief van ${formatRate(line.vatRateBasisPoints, 'nl')} gold niet op ${line.executionDate}.`,
          `A VAT rate of ${formatRate(line.vatRateBasisPoints, 'en')} did not apply on ${line.executionDate}.`,
        ),
      );
    }
    if (
      line.lineAmountCents !== undefined &&
      Math.abs(line.lineAmountCents - computedLineAmount(line)) > ROUNDING_TOLERANCE_CENTS
    ) {
      f.push(
        finding(
          'FAC-X1',
          `${at}.lineAmountCents`,
          'Het regelbedrag is niet aantal maal prijs.',
          'The line amount is not quantity times price.',
        ),
      );
    }
    if (
      context?.damageReportedOn &&
      line.executionDate &&
      line.executionDate < context.damageReportedOn
    ) {
      f.push(
        finding(
          'FAC-3',
          `${at}.executionDate`,
          `Het werk (${line.executionDate}) was voor de schademelding (${context.damageReportedOn}).`,
          `The work (${line.executionDate}) predates the damage report (${context.damageReportedOn}).`,
        ),
      );
    }
  });
  if (!fullAddress(invoice.damageLocation))
    f.push(
      finding(
        'FAC-S2',
        'damageLocation',
        'Het volledige adres van de schadelocatie ontbreekt.',
        'The full address of the damage location is missing.',
      ),
    );
  const { exclVatCents, vatCents, inclVatCents } = invoice.totals;
  if (exclVatCents === undefined)
    f.push(
      finding(
        'FAC-S5',
        'totals.exclVatCents',
        'Het bedrag exclusief btw ontbreekt.',
        'The amount excluding VAT is missing.',
      ),
    );
  if (vatCents === undefined)
    f.push(
      finding(
        'FAC-S7',
        'totals.vatCents',
        'Het btw-bedrag ontbreekt.',
        'The VAT amount is missing.',
      ),
    );
  if (inclVatCents === undefined)
    f.push(
      finding(
        'FAC-S8',
        'totals.inclVatCents',
        'Het bedrag inclusief btw ontbreekt.',
        'The amount including VAT is missing.',
      ),
    );

  // Amounts that add up: lines, VAT per rate (several rates may mix), totals.
  const adjustments = invoice.documentAdjustments ?? [];
  const net =
    invoice.lines.reduce((sum, line) => sum + lineAmount(line), 0) +
    adjustments.reduce((sum, a) => sum + a.amountCents, 0);
  if (exclVatCents !== undefined && Math.abs(net - exclVatCents) > ROUNDING_TOLERANCE_CENTS) {
    f.push(
      finding(
        'FAC-X1',
        'totals.exclVatCents',
        `De regels tellen op tot ${formatEuro(net, 'nl')}, niet tot ${formatEuro(exclVatCents, 'nl')}.`,
        `The lines add up to ${formatEuro(net, 'en')}, not ${formatEuro(exclVatCents, 'en')}.`,
      ),
    );
  }
  const byRate = new Map<number, number>();
  for (const line of invoice.lines)
    if (line.vatRateBasisPoints !== undefined)
      byRate.set(
        line.vatRateBasisPoints,
        (byRate.get(line.vatRateBasisPoints) ?? 0) + lineAmount(line),
      );
  for (const a of adjustments)
    if (a.vatRateBasisPoints !== undefined)
      byRate.set(a.vatRateBasisPoints, (byRate.get(a.vatRateBasisPoints) ?? 0) + a.amountCents);
  let expectedVat = 0;
  for (const [rate, base] of byRate) {
    const vat = vatOn(base, rate);
    expectedVat += vat;
    const stated = invoice.vatBreakdown?.find((s) => s.rateBasisPoints === rate);
    if (invoice.vatBreakdown && !stated)
      f.push(
        finding(
          'FAC-X1',
          'vatBreakdown',
          `Geen btw-specificatie voor ${formatRate(rate, 'nl')}.`,
          `No VAT breakdown for ${formatRate(rate, 'en')}.`,
        ),
      );
    if (
      stated &&
      (Math.abs(stated.baseCents - base) > ROUNDING_TOLERANCE_CENTS ||
        Math.abs(stated.vatCents - vat) > ROUNDING_TOLERANCE_CENTS)
    ) {
      f.push(
        finding(
          'FAC-X1',
          `vatBreakdown[${rate / 100}%]`,
          `Btw ${formatRate(rate, 'nl')}: grondslag ${formatEuro(base, 'nl')} en btw ${formatEuro(vat, 'nl')} verwacht.`,
          `VAT ${formatRate(rate, 'en')}: base ${formatEuro(base, 'en')} and VAT ${formatEuro(vat, 'en')} expected.`,
        ),
      );
    }
  }
  if (
    vatCents !== undefined &&
    byRate.size > 0 &&
    Math.abs(vatCents - expectedVat) > ROUNDING_TOLERANCE_CENTS * byRate.size
  ) {
    f.push(
      finding(
        'FAC-X1',
        'totals.vatCents',
        `Het btw-bedrag is ${formatEuro(vatCents, 'nl')}; de tarieven geven ${formatEuro(expectedVat, 'nl')}.`,
        `The VAT amount is ${formatEuro(vatCents, 'en')}; the rates give ${formatEuro(expectedVat, 'en')}.`,
      ),
    );
  }
  if (
    exclVatCents !== undefined &&
    vatCents !== undefined &&
    inclVatCents !== undefined &&
    exclVatCents + vatCents !== inclVatCents
  ) {
    f.push(
      finding(
        'FAC-X1',
        'totals.inclVatCents',
        'Bedrag inclusief btw is niet exclusief plus btw.',
        'The amount including VAT is not the amount excluding VAT plus VAT.',
      ),
    );
  }

  // FAC-1: a business that repairs (construction SBI codes, when known).
  if (supplier.sbiCodes && !supplier.sbiCodes.some((c) => REPAIR_SBI.test(c))) {
    f.push(
      finding(
        'FAC-1',
        'supplier.sbiCodes',
        'De leverancier is geen bedrijf dat bouw- of herstelwerk doet (SBI 41, 42, 43).',
        'The supplier is not a construction or repair business (SBI 41, 42, 43).',
      ),
    );
  }
  // FAC-2: no self-invoicing.
  const applicant = context?.applicant;
  const self =
    (supplier.btwId && customer.btwId && normal(supplier.btwId) === normal(customer.btwId)) ||
    (supplier.kvkNumber && customer.kvkNumber && supplier.kvkNumber === customer.kvkNumber) ||
    (supplier.name &&
      customer.name &&
      normal(supplier.name) === normal(customer.name) &&
      sameAddress(supplier.address, customer.address)) ||
    (supplier.legalForm === 'eenmanszaak' &&
      applicant?.name &&
      normal(supplier.name).includes(normal(applicant.name)));
  if (self)
    f.push(
      finding(
        'FAC-2',
        'supplier',
        'De leverancier factureert aan zichzelf; een eenmanszaak kan geen herstel aan de eigen woning factureren.',
        'The supplier invoices itself; a sole proprietor cannot invoice repairs of their own home.',
      ),
    );
  // FAC-4: digitally, within 5 years of the decision.
  if (invoice.submittedDigitally === false)
    f.push(
      finding(
        'FAC-4',
        'submittedDigitally',
        'De factuur moet digitaal worden ingediend.',
        'The invoice must be submitted digitally.',
      ),
    );
  if (
    context?.decisionDate &&
    invoice.submittedOn &&
    invoice.submittedOn > addYears(context.decisionDate, SUBMISSION_TERM_YEARS)
  ) {
    f.push(
      finding(
        'FAC-4',
        'submittedOn',
        `Ingediend meer dan 5 jaar na het besluit van ${context.decisionDate}.`,
        `Submitted more than 5 years after the decision of ${context.decisionDate}.`,
      ),
    );
  }
  // The damage location must be the object of the application.
  if (
    context?.damageLocation &&
    invoice.damageLocation &&
    !sameAddress(context.damageLocation, invoice.damageLocation)
  ) {
    f.push(
      finding(
        'FAC-X5',
        'damageLocation',
        'De schadelocatie is niet het object van de aanvraag.',
        'The damage location is not the object of the application.',
      ),
    );
  }

  // FAC-HEA: the extra requirements of repair by own contractor.
  if (context?.scheme === 'HEA') {
    if (!supplier.iban)
      f.push(
        finding(
          'FAC-HEA',
          'supplier.iban',
          'Het IBAN van het bedrijf ontbreekt.',
          "The company's IBAN is missing.",
        ),
      );
    else {
      if (ibanProblem(supplier.iban))
        f.push(
          finding(
            'FAC-X7',
            'supplier.iban',
            `Het IBAN is niet geldig: ${ibanProblem(supplier.iban, 'nl')}.`,
            `The IBAN is not valid: ${ibanProblem(supplier.iban, 'en')}.`,
          ),
        );
    }
    if (!invoice.heaCaseNumber || !/^HEA-\d+$/.test(invoice.heaCaseNumber))
      f.push(
        finding(
          'FAC-HEA',
          'heaCaseNumber',
          'Het HEA-zaaknummer (bijvoorbeeld HEA-1001) ontbreekt of is onjuist.',
          'The HEA case number (e.g. HEA-1001) is missing or wrong.',
        ),
      );
    if (!invoice.adviceReportNumber)
      f.push(
        finding(
          'FAC-HEA',
          'adviceReportNumber',
          'Het zaaknummer van het adviesrapport ontbreekt.',
          'The advisory-report case number is missing.',
        ),
      );
    invoice.lines.forEach((line, i) => {
      if (!line.roomCode)
        f.push(
          finding(
            'FAC-HEA',
            `lines[${i}].roomCode`,
            'De ruimtecode ontbreekt.',
            'The room code is missing.',
          ),
        );
      if (!line.damageNumbers?.length)
        f.push(
          finding(
            'FAC-HEA',
            `lines[${i}].damageNumbers`,
            'De herstelde schadenummers ontbreken.',
            'The damage numbers repaired are missing.',
          ),
        );
    });
    if (inclVatCents !== undefined && inclVatCents > HEA_MAX_TOTAL_CENTS) {
      f.push(
        finding(
          'FAC-HEA',
          'totals.inclVatCents',
          'De herstelkosten gaan boven EUR 60.000.',
          'The repair costs exceed EUR 60,000.',
        ),
      );
    }
  }
  return f;
}

/**
 * The rules that read the application's context and were not checked because the context, or
 * the part a rule reads, was not given: FAC-3 (`damageReportedOn`), FAC-4's five-year term
 * (`decisionDate`), FAC-X5 (`damageLocation`) and, with no context at all, the rules of repair by
 * own contractor (FAC-HEA, FAC-X7), since the scheme is not known. With the scheme STUW, the HEA
 * rules do not apply and are not listed.
 */
export function skippedRules(context?: InvoiceContext): string[] {
  return [
    ...(context?.damageReportedOn ? [] : ['FAC-3']),
    ...(context?.decisionDate ? [] : ['FAC-4']),
    ...(context?.damageLocation ? [] : ['FAC-X5']),
    ...(context ? [] : ['FAC-HEA', 'FAC-X7']),
  ];
}

/** Whether findings leave an invoice accepted: no finding of severity error. */
export const isAccepted = (findings: readonly Finding[]) =>
  !findings.some((x) => x.severity === 'error');
