/**
 * Reference rows: the schemes with their terms and the municipalities of Groningen and
 * Drenthe. These are facts, not random data, so a real import uses them unchanged.
 */
import type { SchemeCode } from '../schema/index';

export interface SchemeRow {
  code: SchemeCode;
  nameNl: string;
  nameEn: string;
  openedOn: string;
  closedOn: string | null;
  isFinal: boolean;
  objectionTermWeeks: number;
  decisionTargetDays: number | null;
  fixedAmountCents: number | null;
  weeklyCapacity: number | null;
}

/** TERM-1: 12 weeks for physical damage, 6 weeks for value loss and non-material damage. */
const PHYSICAL = 12;
const OTHER = 6;
/** TERM-3: the IMG's target for physical-damage reports, in days. */
const HALF_YEAR = 182;

/** Opening dates are those the demo data uses; see docs/glossary.md for each scheme. */
export const SCHEMES: readonly SchemeRow[] = [
  {
    code: 'MAATWERK',
    nameNl: 'Maatwerkprocedure fysieke schade',
    nameEn: 'Tailored procedure (physical damage)',
    openedOn: '2018-03-19',
    closedOn: null,
    isFinal: false,
    objectionTermWeeks: PHYSICAL,
    decisionTargetDays: HALF_YEAR,
    fixedAmountCents: null,
    weeklyCapacity: null,
  },
  {
    code: 'VES',
    nameNl: 'Vaste vergoeding',
    nameEn: 'Fixed compensation',
    openedOn: '2021-11-01',
    closedOn: null,
    isFinal: true,
    objectionTermWeeks: PHYSICAL,
    decisionTargetDays: null,
    fixedAmountCents: 1_000_000,
    weeklyCapacity: null,
  },
  {
    code: 'AVV',
    nameNl: 'Aanvullende vaste vergoeding',
    nameEn: 'Supplementary fixed compensation',
    openedOn: '2024-10-07',
    closedOn: null,
    isFinal: true,
    objectionTermWeeks: PHYSICAL,
    decisionTargetDays: null,
    fixedAmountCents: 1_000_000,
    weeklyCapacity: 1_000,
  },
  {
    code: 'HEA',
    nameNl: 'Herstel met eigen aannemer',
    nameEn: 'Repair by own contractor',
    openedOn: '2024-10-07',
    closedOn: null,
    isFinal: false,
    objectionTermWeeks: PHYSICAL,
    decisionTargetDays: null,
    fixedAmountCents: null,
    weeklyCapacity: null,
  },
  {
    code: 'HIN',
    nameNl: 'Herstel door IMG (herstel in natura)',
    nameEn: 'Repair by an IMG contractor',
    openedOn: '2024-10-07',
    closedOn: null,
    isFinal: false,
    objectionTermWeeks: PHYSICAL,
    decisionTargetDays: null,
    fixedAmountCents: null,
    weeklyCapacity: null,
  },
  {
    code: 'VHV',
    nameNl: 'Vaste herhaalvergoeding',
    nameEn: 'Fixed repeat compensation',
    openedOn: '2026-07-06',
    closedOn: null,
    isFinal: true,
    objectionTermWeeks: PHYSICAL,
    decisionTargetDays: null,
    fixedAmountCents: null,
    weeklyCapacity: null,
  },
  {
    code: 'WDW',
    nameNl: 'Waardedaling woningen',
    nameEn: 'Value loss (homes)',
    openedOn: '2020-09-01',
    closedOn: null,
    isFinal: true,
    objectionTermWeeks: OTHER,
    decisionTargetDays: null,
    fixedAmountCents: null,
    weeklyCapacity: null,
  },
  {
    code: 'WDNW',
    nameNl: 'Waardedaling niet-woningen',
    nameEn: 'Value loss (non-residential)',
    openedOn: '2021-07-05',
    closedOn: null,
    isFinal: true,
    objectionTermWeeks: OTHER,
    decisionTargetDays: null,
    fixedAmountCents: null,
    weeklyCapacity: null,
  },
  {
    code: 'IMS',
    nameNl: 'Immateriële schade',
    nameEn: 'Non-material damage',
    openedOn: '2022-05-23',
    closedOn: null,
    isFinal: false,
    objectionTermWeeks: OTHER,
    decisionTargetDays: null,
    fixedAmountCents: null,
    weeklyCapacity: null,
  },
  {
    code: 'STUW',
    nameNl: 'Stuwmeerregeling',
    nameEn: 'Backlog scheme (Stuwmeer)',
    openedOn: '2020-03-02',
    closedOn: '2020-07-01',
    isFinal: true,
    objectionTermWeeks: PHYSICAL,
    decisionTargetDays: null,
    fixedAmountCents: null,
    weeklyCapacity: null,
  },
];

export interface MunicipalityRow {
  code: string;
  name: string;
  province: 'Groningen' | 'Drenthe';
  validFrom: string | null;
  validTo: string | null;
  mergedInto: string | null;
}

/**
 * When a municipality began in its current form, for those that began recently (CBS
 * gemeentelijke indelingen). Others began before the data and carry null.
 */
export const MUNICIPALITY_STARTS: Readonly<Record<string, string>> = {
  GM0014: '2019-01-01', // Groningen with Haren and Ten Boer
  GM1895: '2010-01-01', // Oldambt
  GM1950: '2018-01-01', // Westerwolde
  GM1952: '2018-01-01', // Midden-Groningen
  GM1966: '2019-01-01', // Het Hogeland
  GM1969: '2019-01-01', // Westerkwartier
  GM1979: '2021-01-01', // Eemsdelta
};
