/**
 * Disclosure control for public figures, one rule per kind of figure (the methodology page says
 * them in words, `DISCLOSURE_RULES`):
 * - counts: 1–9 is never published ("<10"), other counts are rounded to 5;
 * - zeros beside hidden counts: in a series or a row where a count is hidden, a zero is shown
 *   "<10" too, unless it is known beforehand (`hideZerosBeside`);
 * - a total beside its parts (the country beside its two areas): hidden when, with the parts as
 *   published, it would pin a hidden part (`protectTotalOfParts`);
 * - tables with totals: a cell that would let a hidden one be recovered by subtraction is hidden
 *   too ("afgeschermd", never "<10": it may be large);
 * - shares of a group: only when every count they imply is 0 or at least 10 (`publicShares`);
 * - rates and averages: computed from the published (rounded, protected) counts, so they tell
 *   nothing the counts do not;
 * - percentiles and medians: only when at least 10 cases lie on either side, judged on the
 *   published count (`percentileShown`);
 * - money derived from a count: only with that count, rounded so that it pins the count no
 *   closer than the count's own rounding (`publicExposure`).
 */

/** Counts below this are suppressed in public outputs. */
export const SMALL_CELL_THRESHOLD = 10;
/** Public counts are rounded to a multiple of this. */
export const ROUNDING_BASE = 5;

/**
 * Why a count is not shown: `small` — it is fewer than 10 (shown "<10"): from 1 to 9, or a zero
 * beside hidden counts (`hideZerosBeside`); `complementary` — it is hidden to protect another cell,
 * is never zero and may be of any size (shown "afgeschermd").
 */
export type SuppressionReason = 'small' | 'complementary';

export type PublicCount =
  | { value: number; suppressed: false }
  | { value: null; suppressed: true; reason: SuppressionReason };

const isSmall = (n: number) => n > 0 && n < SMALL_CELL_THRESHOLD;

/** A count hidden for the reason given. */
export const hiddenCount = (reason: SuppressionReason): PublicCount => ({
  value: null,
  suppressed: true,
  reason,
});

function checkCount(count: number): void {
  if (!Number.isInteger(count) || count < 0)
    throw new RangeError(`a count must be a whole number >= 0, got ${count}`);
}

/** A count as published: rounded to 5, or hidden as small when from 1 to 9. */
export function publicCount(count: number): PublicCount {
  checkCount(count);
  if (isSmall(count)) return hiddenCount('small');
  // Rounding may not bring a published count back into the suppressed band.
  return {
    value: Math.max(
      count === 0 ? 0 : SMALL_CELL_THRESHOLD,
      Math.round(count / ROUNDING_BASE) * ROUNDING_BASE,
    ),
    suppressed: false,
  };
}

export interface ProtectedTable {
  cells: PublicCount[][];
  rowTotals: PublicCount[];
  columnTotals: PublicCount[];
  grandTotal: PublicCount;
}

/**
 * Protects a table of counts that is published with its row and column totals.
 * Primary suppression hides every count from 1 to 9 (`small`). Complementary suppression then
 * hides, in any row or column with exactly one hidden cell, the smallest other non-zero cell, so
 * that no hidden count can be recovered by subtracting the visible ones from a published total;
 * when no such cell is left, the total itself is hidden. Repeats until nothing changes. What is
 * hidden to protect another is marked `complementary`.
 *
 * `shownElsewhere`: columns whose counts other answers publish as they are (perScheme's open,
 * which is also the week's stock); `totalsShownElsewhere`: columns whose total is (the ageing's,
 * which is the stock). They are never hidden to protect another: hidden here and shown there, they
 * would protect nothing and contradict.
 */
export function protectTable(
  counts: readonly (readonly number[])[],
  {
    shownElsewhere = [],
    totalsShownElsewhere = shownElsewhere,
  }: { shownElsewhere?: readonly number[]; totalsShownElsewhere?: readonly number[] } = {},
): ProtectedTable {
  const rows = counts.length;
  const columns = rows === 0 ? 0 : counts[0]!.length;
  for (const row of counts) {
    if (row.length !== columns)
      throw new RangeError('every row must have the same number of columns');
    for (const c of row) checkCount(c);
  }
  const rowTotal = counts.map((row) => row.reduce((a, b) => a + b, 0));
  const columnTotal = Array.from({ length: columns }, (_, j) =>
    counts.reduce((sum, row) => sum + row[j]!, 0),
  );
  const grand = rowTotal.reduce((a, b) => a + b, 0);
  const reasonOf = (n: number): SuppressionReason | null => (isSmall(n) ? 'small' : null);
  const hidden = counts.map((row) => row.map(reasonOf));
  const rowHidden = rowTotal.map(reasonOf);
  const columnHidden = columnTotal.map(reasonOf);

  /**
   * One line (a row or a column) with a published total: with exactly one hidden cell, hide the
   * smallest other non-zero cell, or the total when there is none. Index loops, no closures: a
   * publication protects tens of thousands of lines.
   */
  const kept = Array.from({ length: columns }, (_, j) => shownElsewhere.includes(j));
  const totalKept = Array.from({ length: columns }, (_, j) => totalsShownElsewhere.includes(j));
  const protectLine = (
    length: number,
    at: (k: number) => [number, number],
    totalHidden: readonly (SuppressionReason | null)[],
    line: number,
    totalKept: boolean,
  ): boolean => {
    if (totalHidden[line] !== null) return false;
    let hiddenCount = 0;
    let smallest = -1;
    let smallestValue = Number.POSITIVE_INFINITY;
    for (let k = 0; k < length; k++) {
      const [i, j] = at(k);
      if (hidden[i]![j] !== null) hiddenCount++;
      else if (counts[i]![j]! > 0 && counts[i]![j]! < smallestValue && !kept[j]) {
        smallestValue = counts[i]![j]!;
        smallest = k;
      }
    }
    if (hiddenCount !== 1) return false;
    if (smallest >= 0) {
      const [i, j] = at(smallest);
      hidden[i]![j] = 'complementary';
    } else if (!totalKept) (totalHidden as (SuppressionReason | null)[])[line] = 'complementary';
    else return false;
    return true;
  };

  for (let changed = true, guard = 0; changed && guard < 10_000; guard++) {
    changed = false;
    for (let i = 0; i < rows; i++)
      if (protectLine(columns, (j) => [i, j], rowHidden, i, false)) changed = true;
    for (let j = 0; j < columns; j++)
      if (protectLine(rows, (i) => [i, j], columnHidden, j, totalKept[j]!)) changed = true;
  }
  const show = (n: number, reason: SuppressionReason | null): PublicCount =>
    reason ? hiddenCount(reason) : publicCount(n);
  return {
    cells: counts.map((row, i) => row.map((c, j) => show(c, hidden[i]![j]!))),
    rowTotals: rowTotal.map((t, i) => show(t, rowHidden[i]!)),
    columnTotals: columnTotal.map((t, j) => show(t, columnHidden[j]!)),
    grandTotal: show(grand, reasonOf(grand)),
  };
}

/**
 * Zeros beside hidden counts. In a group of counts that belong together — a weekly series, a row
 * that adds up to its total — a zero is shown only when no count of the group is hidden; where one
 * is, the zeros are shown "<10" (`small`) as well, except those known beforehand (`known`, e.g. the
 * weeks before a scheme opened). Shown, the zeros would say which hidden counts are at least 1,
 * and a total or a running stock beside them then pins those counts (ADR 0004).
 */
export function hideZerosBeside(
  counts: readonly PublicCount[],
  known: (index: number) => boolean = () => false,
): PublicCount[] {
  if (!counts.some((c) => c.suppressed)) return [...counts];
  return counts.map((c, i) => (c.value === 0 && !known(i) ? hiddenCount('small') : c));
}

/**
 * A count that stands outside its group but with it (a stock published beside its weekly series):
 * its zero hidden as "<10" when its group hides its zeros (`hideZerosBeside`).
 */
export const zeroHiddenIf = (count: PublicCount, groupHidesZeros: boolean): PublicCount =>
  count.value === 0 && groupHidesZeros ? hiddenCount('small') : count;

/**
 * What anyone can tell about a count from its published form, as an interval: a shown count to
 * within its rounding (10 stands for 10–12), "<10" for 0–9 (a zero may be hidden beside hidden
 * counts), "afgeschermd" for at least 1.
 */
export function publishedBounds(cell: PublicCount): [number, number] {
  if (cell.suppressed)
    return cell.reason === 'small' ? [0, SMALL_CELL_THRESHOLD - 1] : [1, Number.POSITIVE_INFINITY];
  const v = cell.value;
  if (v === 0) return [0, 0];
  const half = Math.floor(ROUNDING_BASE / 2);
  return [v === SMALL_CELL_THRESHOLD ? v : v - half, v + half];
}

/**
 * A total published beside its parts (the country beside its two areas, each in answers of its
 * own): hidden as `complementary` when, with the parts as published, it would pin a hidden part
 * to one value from 1 to 9. Two parts of 9 make 18, published as 20 (18–22): together with "<10" twice, that
 * says both are 9. `protectTable` cannot see this: it guards lines with one hidden cell.
 */
export function protectTotalOfParts(
  total: PublicCount,
  parts: readonly PublicCount[],
): PublicCount {
  if (total.suppressed || !parts.some((c) => c.suppressed)) return total;
  const [tLo, tHi] = publishedBounds(total);
  const bounds = parts.map(publishedBounds);
  let lo = tLo;
  let hi = tHi;
  // The hidden parts add up to the total less the shown ones.
  parts.forEach((c, i) => {
    if (c.suppressed) return;
    lo -= bounds[i]![1];
    hi -= bounds[i]![0];
  });
  const hidden = bounds.filter((_, i) => parts[i]!.suppressed);
  const hiddenLo = hidden.reduce((a, [l]) => a + l, 0);
  const hiddenHi = hidden.reduce((a, [, h]) => a + h, 0);
  const pinned = hidden.some(([l, h]) => {
    // This part is the hidden sum less the others, within its own bounds.
    const least = Math.max(l, lo - (hiddenHi - h));
    const most = Math.min(h, hi - (hiddenLo - l));
    // Pinned to 0 it tells a zero, no count to protect (and "afgeschermd" is never 0).
    return least >= most && most >= 1;
  });
  return pinned ? hiddenCount('complementary') : total;
}

/** Shares are published with this many decimals (0.962 = 96.2 %). */
export const SHARE_DECIMALS = 3;
const roundTo = (value: number, decimals: number) => {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
};

/**
 * Cumulative shares of one group (e.g. the share of a cohort decided by day 91, 182 and 365),
 * each published only when every count the published shares imply — the first one, each step
 * between two published ones, and what is left after it — is 0 or at least 10. A share is a
 * count divided by the group's size: with the size known to within rounding, a share like 25/26
 * would otherwise say that exactly one case is left.
 *
 * @param reached for each milestone, how many had reached it (non-decreasing)
 * @param left for each milestone, how many had not reached it and were still followed after it
 *   (for Kaplan–Meier the risk set just after the milestone; for a plain share, total − reached)
 * @param share the share to publish for each milestone (for Kaplan–Meier: 1 − S(t))
 * @returns each milestone's share rounded to SHARE_DECIMALS, or null where not published
 */
export function publicShares(
  reached: readonly number[],
  left: readonly number[],
  share: readonly number[],
): (number | null)[] {
  const safe = (n: number) => n === 0 || n >= SMALL_CELL_THRESHOLD;
  let last = 0;
  return reached.map((count, i) => {
    if (!safe(count - last) || !safe(left[i]!)) return null;
    last = count;
    return roundTo(share[i]!, SHARE_DECIMALS);
  });
}

/**
 * A rate from two published counts (e.g. objections per decision): null when either is hidden or
 * the base is 0. It tells nothing the two published counts do not.
 */
export function publicRate(numerator: PublicCount, base: PublicCount): number | null {
  if (numerator.value === null || base.value === null || base.value === 0) return null;
  return roundTo(numerator.value / base.value, SHARE_DECIMALS);
}

/**
 * A percentile (p in 0..1) of n values is published only when at least 10 of them lie on either
 * side of it: otherwise it is close to one case's own value (the p95 of 12 decisions is the
 * longest but one).
 */
export function percentilePublishable(n: number, p: number): boolean {
  // 50 × (1 − 0.8) is 9.999999999999998 in floating point: compare with a little room.
  const atLeast = (x: number) => x >= SMALL_CELL_THRESHOLD - 1e-9;
  return atLeast(n * p) && atLeast(n * (1 - p));
}

/**
 * Whether a percentile of a published count's cases is shown: when even the fewest cases the
 * published count can stand for (10 for "10", 18 for "20") leave 10 on either side
 * (`percentilePublishable`). Decided on the published count, not the true one: otherwise a
 * percentile shown or not would itself say on which side of the threshold the true count lies
 * ("50" with p80 hidden is 48 or 49), and with other published counts pin a small one.
 */
export function percentileShown(count: PublicCount, p: number): boolean {
  return !count.suppressed && percentilePublishable(publishedBounds(count)[0], p);
}

/**
 * An amount of money that adds up at most `maxPerCaseCents` per counted case (e.g. the TERM-5
 * penalty exposure over the overdue objections): published only with its count, and rounded to a
 * multiple of ROUNDING_BASE × the maximum per case, so that dividing it by the maximum pins the
 * count no closer than the count's own rounding.
 */
export function publicExposure(
  cents: number,
  count: PublicCount,
  maxPerCaseCents: number,
): number | null {
  if (count.value === null || count.value === 0) return null;
  const step = ROUNDING_BASE * maxPerCaseCents;
  return Math.round(cents / step) * step;
}

/** The rules above in words, for the methodology (nl, en), keyed by the kind of figure. */
export const DISCLOSURE_RULES = {
  count: {
    nl: 'Aantallen van 1 tot en met 9 worden niet getoond ("<10"); andere aantallen zijn afgerond op 5 (10, 11 en 12 als 10).',
    en: 'Counts from 1 to 9 are not shown ("<10"); other counts are rounded to 5 (10, 11 and 12 as 10).',
  },
  zero: {
    nl: 'In een reeks of rij waarin een aantal verborgen is, staat ook een 0 als "<10" (behalve waar vooraf vaststaat dat het 0 is, zoals de weken voordat een regeling openging): anders zou de 0 verraden welke verborgen aantallen minstens 1 zijn. "<10" betekent dus: minder dan 10, mogelijk 0.',
    en: 'In a series or row where a count is hidden, a 0 is shown as "<10" too (except where it is known beforehand to be 0, such as the weeks before a scheme opened): otherwise the 0 would tell which hidden counts are at least 1. So "<10" means: fewer than 10, possibly 0.',
  },
  total: {
    nl: 'Een landelijk cijfer wordt ook afgeschermd als het samen met de cijfers per gebied (kern en rand) een verborgen aantal precies zou vastleggen, bijvoorbeeld 9 en 9 samen 18.',
    en: 'A national figure is protected too when, together with the figures per area (core and edge), it would pin a hidden count exactly, for example 9 and 9 making 18.',
  },
  complementary: {
    nl: 'In een tabel met totalen wordt ook een tweede cel verborgen als het verborgen getal anders uit het totaal af te leiden is. Zo’n cel heet "afgeschermd": hij kan groot zijn en is niet "<10".',
    en: 'In a table with totals a second cell is hidden too when the hidden count could otherwise be derived from the total. Such a cell is "protected": it may be large and is not "<10".',
  },
  share: {
    nl: 'Een aandeel (bijvoorbeeld het deel van een cohort dat binnen 182 dagen een besluit kreeg) wordt alleen getoond als elk aantal dat eruit volgt 0 of minstens 10 is: het aantal tot de eerste mijlpaal, tussen twee mijlpalen en het aantal dat daarna nog gevolgd wordt.',
    en: 'A share (for example the part of a cohort decided within 182 days) is shown only when every count it implies is 0 or at least 10: the count up to the first milestone, between two milestones and the count still followed after it.',
  },
  rate: {
    nl: 'Verhoudingen en gemiddelden worden berekend uit de gepubliceerde, afgeronde aantallen; ze zeggen niets wat die aantallen niet al zeggen.',
    en: 'Rates and averages are computed from the published, rounded counts; they say nothing those counts do not.',
  },
  percentile: {
    nl: 'Een percentiel of mediaan wordt alleen getoond als er aan beide kanten minstens 10 zaken liggen, en dat wordt beoordeeld op het gepubliceerde, afgeronde aantal (het kleinste aantal waarvoor het kan staan): een getoond of verborgen percentiel zegt zo niets extra over het aantal. De mediaan verschijnt dus vanaf 25 (20 kan voor 18 staan), de p80 vanaf 55, de p95 vanaf 205.',
    en: 'A percentile or median is shown only when at least 10 cases lie on either side of it, judged on the published, rounded count (the fewest cases it can stand for): whether a percentile is shown then says nothing more about the count. So the median appears from 25 (20 may stand for 18), the p80 from 55, the p95 from 205.',
  },
  money: {
    nl: 'Een bedrag dat per zaak een maximum heeft (de dwangsom) wordt alleen getoond als het aantal zaken getoond wordt, en afgerond op 5 keer dat maximum.',
    en: 'An amount with a maximum per case (the penalty) is shown only when the number of cases is shown, and rounded to 5 times that maximum.',
  },
} as const;
