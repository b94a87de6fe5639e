import { mount } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { PublicCount } from '@img-groningen/reporting';

// The canvas chart itself is not what this test is about (happy-dom has no canvas); what
// ChartCard hands to chart.js is.
vi.mock('vue-chartjs', () => ({
  Bar: { name: 'Bar', props: ['data', 'options', 'plugins'], template: '<canvas />' },
  Line: { name: 'Line', props: ['data', 'options', 'plugins'], template: '<canvas />' },
}));

const { default: ChartCard } = await import('./ChartCard.vue');
const { i18n, setLanguage } = await import('../i18n');
const global = { plugins: [i18n] };

const shown = (value: number): PublicCount => ({ value, suppressed: false });
const small: PublicCount = { value: null, suppressed: true, reason: 'small' };
const protectedCount: PublicCount = { value: null, suppressed: true, reason: 'complementary' };

const props = {
  id: 'per-regeling',
  title: 'Aanvragen per regeling',
  description: 'Ontvangen aanvragen per regeling.',
  categories: ['Vaste vergoeding', 'Stuwmeerregeling', 'Waardedaling'],
  series: [
    { label: 'Ontvangen', values: [shown(12_345), shown(250), shown(40)], colour: '#01689b' },
    { label: 'Besluit', values: [shown(12_000), protectedCount, small], colour: '#a9c8d8' },
  ],
  source: 'test',
  dataAsOf: '2026-11-22',
};

/** The props the (mocked) chart component got from the card. */
function chartProps(wrapper: ReturnType<typeof mount>) {
  const chart = wrapper.findComponent({ name: 'Bar' }).exists()
    ? wrapper.findComponent({ name: 'Bar' })
    : wrapper.findComponent({ name: 'Line' });
  return chart.props() as {
    data: { labels: unknown[]; datasets: { data: (number | null)[] }[] };
    options: {
      scales: { x: { type?: string; min?: number; max?: number; suggestedMax?: number } };
      plugins: {
        tooltip: {
          callbacks: {
            label: (item: object) => string;
            afterBody: (items: object[]) => string[];
          };
        };
      };
    };
    plugins: { id: string; afterDatasetsDraw?: (chart: object) => void }[];
  };
}

describe('ChartCard', () => {
  it('shows the figures as a real table with a caption, on request, keyboard-operable', async () => {
    const wrapper = mount(ChartCard, { props, global });
    expect(wrapper.find('table').exists()).toBe(false);
    const button = wrapper.get('button');
    expect(button.attributes('aria-expanded')).toBe('false');
    await button.trigger('click');
    expect(button.attributes('aria-expanded')).toBe('true');
    const table = wrapper.get('table');
    expect(table.get('caption').text()).toBe('Aanvragen per regeling');
    const rows = table.findAll('tbody tr').map((tr) => tr.findAll('td').map((td) => td.text()));
    // nl-NL grouping; a small count "<10", a count hidden to protect it "afgeschermd".
    expect(rows).toEqual([
      ['12.345', '12.000'],
      ['250', 'afgeschermd'],
      ['40', '<10'],
    ]);
  });

  it('explains each kind of hidden count it shows, in the description and below', async () => {
    const wrapper = mount(ChartCard, { props, global });
    expect(wrapper.get('#per-regeling-description').text()).toContain('"afgeschermd"');
    const note = wrapper.get('#per-regeling-missing').text();
    expect(note).toContain('<10: minder dan 10');
    expect(note).toContain('afgeschermd (in de CSV: x): verborgen om een ander klein aantal');
    expect(wrapper.get('canvas').attributes('aria-describedby')).toBe(
      'per-regeling-description per-regeling-missing',
    );
    // Nothing hidden: nothing to explain.
    const plain = mount(ChartCard, {
      props: { ...props, series: [props.series[0]!] },
      global,
    });
    expect(plain.find('#per-regeling-missing').exists()).toBe(false);
  });

  it('reads "protected" in English', async () => {
    setLanguage('en');
    try {
      const wrapper = mount(ChartCard, { props, global });
      await wrapper.get('button').trigger('click');
      expect(wrapper.findAll('tbody td').map((td) => td.text())).toContain('protected');
      expect(wrapper.findAll('tbody td').map((td) => td.text())).not.toContain('afgeschermd');
    } finally {
      setLanguage('nl');
    }
  });

  it('offers a CSV download of exactly the figures shown, hidden ones as the open data write them', () => {
    const wrapper = mount(ChartCard, { props, global });
    const href = wrapper.get('a[download]').attributes('href')!;
    const csv = decodeURIComponent(href.replace('data:text/csv;charset=utf-8,', ''));
    expect(csv).toBe(
      'Regeling,Ontvangen,Besluit\nVaste vergoeding,12345,12000\nStuwmeerregeling,250,x\nWaardedaling,40,<10\n',
    );
    expect(wrapper.get('footer time').attributes('datetime')).toBe('2026-11-22');
    expect(wrapper.get('footer time').text()).toBe('22 november 2026');
  });

  it('labels each empty bar of a hidden count with why, beside that very bar', () => {
    const wrapper = mount(ChartCard, { props, global });
    const { data, plugins } = chartProps(wrapper);
    expect(data.datasets[1]!.data).toEqual([12_000, 0, 0]);
    // No category label pretends that everything hidden in it is "<10".
    expect(data.labels).toEqual(props.categories);
    const texts: [string, number, number][] = [];
    const context = {
      save() {},
      restore() {},
      fillText: (text: string, x: number, y: number) => texts.push([text, x, y]),
    };
    const bars = [0, 1, 2].map((j) => ({ x: 100, y: 10 * j }));
    plugins.find((p) => p.id === 'hidden-counts')!.afterDatasetsDraw!({
      ctx: context,
      isDatasetVisible: () => true,
      getDatasetMeta: () => ({ data: bars }),
    });
    expect(texts).toEqual([
      ['afgeschermd', 104, 10],
      ['<10', 104, 20],
    ]);
  });

  it('names hidden counts in the tooltip by why they are hidden', () => {
    const wrapper = mount(ChartCard, { props, global });
    const { label } = chartProps(wrapper).options.plugins.tooltip.callbacks;
    const item = (datasetIndex: number, dataIndex: number) => ({
      datasetIndex,
      dataIndex,
      dataset: { label: props.series[datasetIndex]!.label },
    });
    expect(label(item(1, 1))).toBe('Besluit: afgeschermd');
    expect(label(item(1, 2))).toBe('Besluit: <10');
    expect(label(item(0, 0))).toBe('Ontvangen: 12.345');
  });

  it('has a count axis of whole numbers up to at least 10, also when every count is hidden', () => {
    const hidden = {
      ...props,
      series: [{ label: 'Open', values: [small, small, small], colour: '#000' }],
    };
    const { options } = chartProps(mount(ChartCard, { props: hidden, global }));
    expect(options.scales.x).toMatchObject({ suggestedMax: 10, ticks: { precision: 0 } });
  });

  describe('on a time axis', () => {
    // Three ISO weeks with a gap: W01, W02, then W05.
    const weekly = {
      ...props,
      id: 'per-week',
      kind: 'line' as const,
      categories: ['2026-W01', '2026-W02', '2026-W05'],
      dates: ['2025-12-29', '2026-01-05', '2026-01-26'],
      series: [
        { label: 'Instroom', values: [shown(20), small, shown(30)], colour: '#01689b' },
        { label: 'Uitstroom', values: [shown(15), shown(25), protectedCount], colour: '#e17000' },
      ],
    };

    it('places the weeks by their dates, so a missing week leaves its space', () => {
      const { data, options } = chartProps(mount(ChartCard, { props: weekly, global }));
      const x = data.labels as number[];
      expect(x[1]! - x[0]!).toBe(7);
      expect(x[2]! - x[1]!).toBe(21);
      expect(options.scales.x).toMatchObject({ type: 'linear', min: x[0], max: x[2] });
    });

    it('draws a hidden count as a gap, not as zero, and says so', () => {
      const wrapper = mount(ChartCard, { props: weekly, global });
      const { data, options } = chartProps(wrapper);
      expect(data.datasets.map((d) => d.data)).toEqual([
        [20, null, 30],
        [15, 25, null],
      ]);
      expect(wrapper.get('#per-week-missing').text()).toContain('geen nul');
      // A gap has no point, so chart.js leaves it out of the tooltip: the card adds it.
      const { afterBody } = options.plugins.tooltip.callbacks;
      expect(afterBody([{ datasetIndex: 1, dataIndex: 1, dataset: {} }])).toEqual([
        'Instroom: <10',
      ]);
      expect(afterBody([{ datasetIndex: 0, dataIndex: 2, dataset: {} }])).toEqual([
        'Uitstroom: afgeschermd',
      ]);
    });

    it('keeps the week in the table and the CSV', () => {
      const wrapper = mount(ChartCard, { props: weekly, global });
      const href = wrapper.get('a[download]').attributes('href')!;
      expect(decodeURIComponent(href.split(',').slice(1).join(','))).toBe(
        'Regeling,Instroom,Uitstroom\n2026-W01,20,15\n2026-W02,<10,25\n2026-W05,30,x\n',
      );
    });
  });
});
