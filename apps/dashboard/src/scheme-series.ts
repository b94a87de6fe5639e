/**
 * The applications per scheme (`applications.perScheme`) as chart series, the same on the
 * overview and on a municipality's page: received = decided + withdrawn + open, so the four
 * together account for every application.
 */
import type { SchemeCount } from '@img-groningen/reporting';
import type { Series } from './components/ChartCard.vue';
import { PALETTE } from './palette';

export function schemeSeries(
  schemes: readonly SchemeCount[],
  t: (key: string) => string,
): Series[] {
  return [
    {
      label: t('measure.received'),
      values: schemes.map((s) => s.received),
      colour: PALETTE.donkerblauw,
    },
    {
      label: t('measure.decided'),
      values: schemes.map((s) => s.decided),
      colour: PALETTE.lichtblauw,
      dashed: true,
    },
    {
      label: t('measure.withdrawn'),
      values: schemes.map((s) => s.withdrawn),
      colour: PALETTE.paars,
    },
    {
      label: t('measure.open'),
      values: schemes.map((s) => s.open),
      colour: PALETTE.oranje,
      dashed: true,
    },
  ];
}
