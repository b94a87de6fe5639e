/**
 * The fixed grains of the public figures: for every public procedure, the inputs a weekly
 * publication freezes. Public callers can ask for exactly these (the week's date is implied by
 * the publication); anything else is refused with the list of what is published.
 */
import { AREA_KINDS, SCHEME_CODES } from '@img-groningen/db/schema';
import { canonicalInput } from '../canonical-input';

/** What the inputs are made from: the data's municipalities and the years up to the week's. */
export interface GrainDimensions {
  municipalities: readonly string[];
  /** From the first year a public procedure accepts (2018) to the week's year. */
  years: readonly number[];
}

export type PublicInput = Record<string, string | number> | undefined;

export interface PublishedProcedure {
  path: string;
  /** The inputs published, without `asOf`; `undefined` for a procedure without input. */
  inputs(d: GrainDimensions): PublicInput[];
  /** In words, for the error a public caller gets for an input outside the grain. */
  grain: string;
  /** False for a procedure that takes no date (it describes the data, not a day). */
  dated?: false;
}

const BASES = ['gross', 'net'] as const;
export const FIRST_PUBLIC_YEAR = 2018;

/** Every combination of the optional dimensions given, each either left out or one of its values. */
function combinations(
  dimensions: Record<string, readonly (string | number)[]>,
): Record<string, string | number>[] {
  let result: Record<string, string | number>[] = [{}];
  for (const [name, values] of Object.entries(dimensions)) {
    result = result.flatMap((partial) => [
      partial,
      ...values.map((v) => ({ ...partial, [name]: v })),
    ]);
  }
  return result;
}

/** Scheme and municipality may be combined (the public grain); the area goes with a scheme at most. */
const placeAndScheme = (municipalities: readonly string[]) => [
  ...combinations({ scheme: SCHEME_CODES, municipality: municipalities }),
  ...combinations({ scheme: SCHEME_CODES }).flatMap((s) =>
    AREA_KINDS.map((area) => ({ ...s, area })),
  ),
];

const perYear = (years: readonly number[], rows: Record<string, string | number>[]) =>
  years.flatMap((year) => rows.map((r) => ({ year, ...r })));

export const PUBLISHED_PROCEDURES: readonly PublishedProcedure[] = [
  {
    path: 'meta.info',
    inputs: () => [undefined],
    grain: 'no input',
    dated: false,
  },
  {
    path: 'applications.perScheme',
    inputs: ({ municipalities }) => [
      undefined,
      ...municipalities.map((municipality) => ({ municipality })),
    ],
    grain: 'all municipalities, or one',
  },
  {
    path: 'progress.weekly',
    inputs: ({ municipalities, years }) => perYear(years, placeAndScheme(municipalities)),
    grain:
      'a year; optionally a scheme, a municipality (with or without a scheme) or an area (with or without a scheme)',
  },
  {
    path: 'relatedCases.weekly',
    inputs: ({ years }) => years.map((year) => ({ year })),
    grain: 'a year',
  },
  {
    path: 'leadTimes.cohorts',
    inputs: ({ years }) =>
      perYear(
        years,
        SCHEME_CODES.map((scheme) => ({ scheme })),
      ),
    grain: 'a year and a scheme',
  },
  {
    path: 'leadTimes.realized',
    inputs: () => SCHEME_CODES.flatMap((scheme) => BASES.map((basis) => ({ scheme, basis }))),
    grain: 'a scheme and a basis (gross or net)',
  },
  {
    path: 'leadTimes.weekly',
    inputs: ({ years }) =>
      perYear(
        years,
        combinations({ scheme: SCHEME_CODES }).flatMap((s) =>
          BASES.map((basis) => ({ ...s, basis })),
        ),
      ),
    grain: 'a year and a basis (gross or net); optionally a scheme',
  },
  {
    path: 'leadTimes.expected',
    inputs: () => [undefined, ...SCHEME_CODES.map((scheme) => ({ scheme }))],
    grain: 'all schemes, or one',
  },
  {
    path: 'leadTimes.ageing',
    inputs: ({ municipalities }) => placeAndScheme(municipalities),
    grain:
      'optionally a scheme, a municipality (with or without a scheme) or an area (with or without a scheme)',
  },
  {
    path: 'objections.weekly',
    inputs: ({ years }) => years.map((year) => ({ year })),
    grain: 'a year',
  },
  {
    path: 'objections.summary',
    inputs: () => [undefined],
    grain: 'no input',
  },
];

/**
 * The key an input is stored under: canonical JSON with sorted keys, without `asOf`. Callers pass
 * the input as the procedure's schema parsed it (defaults such as `basis: 'gross'` filled in), and
 * the grains name every such default, so equal questions find the same answer.
 */
export const inputKey = (input: unknown): string => canonicalInput(input, ['asOf']);
