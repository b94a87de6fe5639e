/**
 * Dutch identifiers on invoices (domain.md §8): the VAT id (btw-id), the KvK number, the postcode
 * and the IBAN. Each check says why an identifier is wrong, in English by default or in Dutch
 * (`'nl'`, as the findings' Dutch message needs it), or returns null when it is right.
 */
import type { Language } from './findings.js';

/** btw-id: NL + 9 digits + B + 2 digits. */
const BTW_ID = /^NL(\d{9})B(\d{2})$/;

/** The 9 digits pass the eleven-test: 9·d1 + 8·d2 + … + 2·d8 − d9 is a multiple of 11. */
export function passesMod11(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(digits[i]);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

/** ISO 7064 MOD 97-10 over the whole id, letters as numbers (A = 10 … Z = 35): the remainder is 1. */
export function passesMod97(id: string): boolean {
  let remainder = 0;
  for (const ch of id) {
    const value = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

/** The text in the language asked for. */
const say = (lang: Language, nl: string, en: string) => (lang === 'nl' ? nl : en);

/** What is wrong with a Dutch VAT id (btw-id), or null when it is valid. */
export function btwIdProblem(raw: string, lang: Language = 'en'): string | null {
  const id = raw.replace(/[\s.]/g, '').toUpperCase();
  const match = BTW_ID.exec(id);
  if (!match)
    return say(
      lang,
      `'${raw}' is geen Nederlands btw-id: NL, 9 cijfers, B en 2 cijfers`,
      `'${raw}' is not a Dutch VAT id: NL, 9 digits, B and 2 digits`,
    );
  // Since 2020 sole proprietors have ids that pass MOD 97-10 instead of the eleven-test.
  if (!passesMod11(match[1]!) && !passesMod97(id))
    return say(
      lang,
      `'${raw}' doorstaat noch de elfproef noch ISO 7064 MOD 97-10`,
      `'${raw}' fails both the eleven-test and ISO 7064 MOD 97-10`,
    );
  return null;
}

/** KvK number: 8 digits. There is no check digit: never reject on an eleven-test. */
export function kvkProblem(raw: string, lang: Language = 'en'): string | null {
  return /^\d{8}$/.test(raw.trim())
    ? null
    : say(lang, `'${raw}' is geen KvK-nummer: 8 cijfers`, `'${raw}' is not a KvK number: 8 digits`);
}

/** What is wrong with a Dutch postcode, or null when it is valid. */
export function postcodeProblem(raw: string, lang: Language = 'en'): string | null {
  const code = raw.replace(/\s/g, '').toUpperCase();
  if (!/^[1-9]\d{3}[A-Z]{2}$/.test(code))
    return say(
      lang,
      `'${raw}' is geen Nederlandse postcode: 4 cijfers (niet beginnend met 0) en 2 letters`,
      `'${raw}' is not a Dutch postcode: 4 digits (not starting with 0) and 2 letters`,
    );
  if (['SA', 'SD', 'SS'].includes(code.slice(4)))
    return say(
      lang,
      `'${raw}': de letters SA, SD en SS komen in Nederlandse postcodes niet voor`,
      `'${raw}': the letters SA, SD and SS are not used in Dutch postcodes`,
    );
  return null;
}

const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  NL: 18,
  BE: 16,
  DE: 22,
  FR: 27,
  LU: 20,
  GB: 22,
  DK: 18,
  NO: 15,
  SE: 24,
  ES: 24,
  IT: 27,
  AT: 20,
};

/** IBAN: the country's length and ISO 13616 MOD 97 (the rearranged number leaves 1). */
export function ibanProblem(raw: string, lang: Language = 'en'): string | null {
  const iban = raw.replace(/\s/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(iban))
    return say(lang, `'${raw}' is geen IBAN`, `'${raw}' is not an IBAN`);
  const length = IBAN_LENGTHS[iban.slice(0, 2)];
  if (length !== undefined && iban.length !== length)
    return say(
      lang,
      `'${raw}': een IBAN uit ${iban.slice(0, 2)} heeft ${length} tekens`,
      `'${raw}': an IBAN of ${iban.slice(0, 2)} has ${length} characters`,
    );
  if (iban.startsWith('NL') && !/^NL\d{2}[A-Z]{4}\d{10}$/.test(iban))
    return say(
      lang,
      `'${raw}': een Nederlands IBAN is NL, 2 controlecijfers, 4 letters van de bank en 10 cijfers`,
      `'${raw}': a Dutch IBAN is NL, 2 check digits, 4 letters of the bank and 10 digits`,
    );
  if (!passesMod97(iban.slice(4) + iban.slice(0, 4)))
    return say(
      lang,
      `'${raw}' heeft onjuiste controlecijfers voor een IBAN (MOD 97)`,
      `'${raw}' fails the IBAN check digits (MOD 97)`,
    );
  return null;
}
