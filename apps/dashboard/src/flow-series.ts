/**
 * The weekly flows of `progress.weekly` as chart series, the same on every page that draws
 * them: inflow and outflow, and on the progress page the stock and the paused stock too.
 */
import type { RouterOutputs } from '@img-groningen/reporting';
import type { Series } from './components/ChartCard.vue';
import { PALETTE } from './palette';

type Week = RouterOutputs['progress']['weekly']['series'][number]['weeks'][number];

export function flowSeries(
  weeks: readonly Week[],
  t: (key: string) => string,
  { stocks = false } = {},
): Series[] {
  const flows: Series[] = [
    {
      label: t('measure.inflow'),
      values: weeks.map((w) => w.inflow),
      colour: PALETTE.donkerblauw,
    },
    {
      label: t('measure.outflow'),
      values: weeks.map((w) => w.outflow),
      colour: PALETTE.oranje,
      dashed: true,
    },
  ];
  if (!stocks) return flows;
  return [
    ...flows,
    { label: t('measure.stock'), values: weeks.map((w) => w.stock), colour: PALETTE.groen },
    {
      label: t('measure.paused'),
      values: weeks.map((w) => w.pausedStock),
      colour: PALETTE.paars,
      dashed: true,
    },
  ];
}
