import { describe, expect, it } from 'vitest';
import { dayFromIso, isoFromDay } from './calendar';
import { planIntake } from './intake';
import { loadQuakes } from './quakes';
import { createRandom } from './random';

const quakes = loadQuakes();
const asOf = dayFromIso('2026-11-22');

describe('weekly intake plan', () => {
  it.each([1, 17, 100_000, 1_000_000])('adds up to exactly %i applications', (total) => {
    const plan = planIntake(total, asOf, quakes, createRandom(1));
    expect(plan.reduce((sum, week) => sum + week.count, 0)).toBe(total);
    expect(plan.every((week) => week.count >= 0)).toBe(true);
  });

  const plan = planIntake(1_000_000, asOf, quakes, createRandom(1));
  const weekly = (scheme: string) => plan.filter((w) => w.scheme === scheme);

  it('has physical-damage intake within the published 450–1,500 a week band (scaled)', () => {
    const total = plan.reduce((s, w) => s + w.count, 0);
    const maatwerk = weekly('MAATWERK').map((w) => w.count);
    const scale = total / 1_000_000;
    expect(Math.min(...maatwerk)).toBeGreaterThan(300 * scale);
    expect(Math.max(...maatwerk)).toBeLessThan(2_100 * scale);
  });

  it('spikes after the Westerwijtwerd quake (ML 3.4, 2019-05-22)', () => {
    const quakeWeek = weekly('MAATWERK').find((w) => isoFromDay(w.monday) === '2019-05-20')!;
    const weeksBefore = weekly('MAATWERK').filter(
      (w) => isoFromDay(w.monday) >= '2019-03-25' && isoFromDay(w.monday) < '2019-05-13',
    );
    const before = weeksBefore.reduce((s, w) => s + w.count, 0) / weeksBefore.length;
    expect(quakeWeek.count).toBeGreaterThan(1.8 * before);
  });

  it('has AVV at a steady weekly capacity from 2025 and value loss mostly in its first wave', () => {
    // From 2025 AVV runs at its capacity; before that it works up to it.
    const avv = weekly('AVV')
      .filter((w) => isoFromDay(w.monday) >= '2025-01-06')
      .map((w) => w.count);
    const mean = avv.reduce((a, b) => a + b, 0) / avv.length;
    for (const count of avv) expect(Math.abs(count - mean) / mean).toBeLessThan(0.35);
    expect(isoFromDay(weekly('AVV')[0]!.monday)).toBe('2024-10-07');
    const wdw = weekly('WDW').map((w) => w.count);
    const firstTwenty = wdw.slice(0, 20).reduce((a, b) => a + b, 0);
    expect(firstTwenty / wdw.reduce((a, b) => a + b, 0)).toBeGreaterThan(0.6);
  });
});
