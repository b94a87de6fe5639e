/**
 * The applications per scheme (`applications.perScheme`) as chart series, the same on the
 * overview and on a municipality's page: received = decided + withdrawn + open, so the four
 * together account for every application.
 */
import type { SchemeCount } from '@img-groningen/reporting';
import type { Series } from './components/ChartCard.vue';
import { PALETTE } from './palette';

/** Each measure with its colour and, as a distinction besides colour, every other one dashed. */
const MEASURES = [
  ['received', PALETTE.donkerblauw],
  ['decided', PALETTE.lichtblauw],
  ['withdrawn', PALETTE.paars],
  ['open', PALETTE.oranje],
] as const;

export function schemeSeries(
  schemes: readonly SchemeCount[],
  t: (key: string) => string,
): Series[] {
  return MEASURES.map(([measure, colour], i) => ({
    label: t(`measure.${measure}`),
    values: schemes.map((s) => s[measure]),
    colour,
    dashed: i % 2 === 1,
  }));
}
