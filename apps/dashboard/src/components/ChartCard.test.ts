import { mount } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';

// The canvas chart itself is not what this test is about (happy-dom has no canvas).
vi.mock('vue-chartjs', () => ({
  Bar: { name: 'Bar', props: ['data', 'options'], template: '<canvas />' },
  Line: { name: 'Line', props: ['data', 'options'], template: '<canvas />' },
}));

const { default: ChartCard } = await import('./ChartCard.vue');
const { i18n } = await import('../i18n');
const global = { plugins: [i18n] };

const props = {
  id: 'per-regeling',
  title: 'Aanvragen per regeling',
  description: 'Ontvangen aanvragen per regeling.',
  categories: ['Vaste vergoeding', 'Stuwmeerregeling'],
  series: [{ label: 'Ontvangen', values: [12_345, null], colour: '#01689b' }],
  source: 'test',
  dataAsOf: '2026-11-22',
};

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
    const cells = table.findAll('tbody td').map((td) => td.text());
    // nl-NL grouping, and a suppressed small count shown as "<10".
    expect(cells).toEqual(['12.345', '<10']);
  });

  it('offers a CSV download of exactly the figures shown', () => {
    const wrapper = mount(ChartCard, { props, global });
    const href = wrapper.get('a[download]').attributes('href')!;
    const csv = decodeURIComponent(href.replace('data:text/csv;charset=utf-8,', ''));
    expect(csv).toBe('Regeling,Ontvangen\nVaste vergoeding,12345\nStuwmeerregeling,<10\n');
    expect(wrapper.get('footer time').attributes('datetime')).toBe('2026-11-22');
    expect(wrapper.get('footer time').text()).toBe('22 november 2026');
  });
});
