/**
 * The published packages, what a consumer imports from each, and the size budget of the main
 * entry (minified + gzip, bundled for the browser; issue #18).
 */
export interface Published {
  /** Folder under packages/. */
  dir: string;
  name: string;
  /** Entries besides the main one that a browser page may import. */
  extraEntries: string[];
  /** Size budget of the main entry in kB (1,000 bytes), minified and gzipped. */
  budgetKb: number | null;
}

export const PUBLISHED: readonly Published[] = [
  { dir: 'vocabulary', name: '@img-groningen/vocabulary', extraEntries: [], budgetKb: null },
  { dir: 'statutory-terms', name: '@img-groningen/statutory-terms', extraEntries: [], budgetKb: 3 },
  {
    dir: 'geo-thresholds',
    name: '@img-groningen/geo-thresholds',
    extraEntries: ['field-outline', 'models'],
    budgetKb: 30,
  },
  { dir: 'eligibility', name: '@img-groningen/eligibility', extraEntries: [], budgetKb: 25 },
  { dir: 'invoices', name: '@img-groningen/invoices', extraEntries: [], budgetKb: 45 },
  {
    dir: 'contractor-conditions',
    name: '@img-groningen/contractor-conditions',
    extraEntries: [],
    budgetKb: 25,
  },
];
