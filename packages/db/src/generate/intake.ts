/**
 * How many applications of each scheme arrive in each ISO week, shaped by the IMG's public
 * figures and scaled so that the total is exactly the number asked for.
 *
 * Reference shapes (at full scale, before scaling):
 * - physical damage (MAATWERK) 450–1,500 a week, with a spike after every felt quake that
 *   fades over weeks, and a drop once the fixed compensation opened (2021-11);
 * - value loss (WDW) opened 2020-09 with a very large first wave, about 120,000 in all, then a
 *   few dozen a week; non-material damage (IMS) a wave from 2022-05;
 * - AVV from the autumn of 2024, about 1,000 a week from 2025, pre-registrants first (AVV-2);
 * - repair (HEA, HIN) growing from their start in 2024; STUW only in its 2020 window.
 */
import { dayFromIso, mondayOf } from './calendar';
import type { Quake } from './quakes';
import type { Random } from './random';
import type { SchemeCode } from '../schema/index';

export interface IntakeWeek {
  /** Monday of the ISO week, as a day number. */
  monday: number;
  scheme: SchemeCode;
  count: number;
}

const DAY = 1;
const WEEK = 7 * DAY;

/** The first week with intake: TCMG, the IMG's predecessor, started on 2018-03-19. */
export const FIRST_INTAKE_DAY = dayFromIso('2018-03-19');

type Shape = (weeksOpen: number, monday: number) => number;

const decay = (start: number, tail: number, weeks: number) => (k: number) =>
  tail + (start - tail) * Math.exp(-k / weeks);

interface SchemeShape {
  scheme: SchemeCode;
  opens: string;
  closes?: string;
  shape: Shape;
}

function quakeSpikes(quakes: readonly Quake[]): (monday: number) => number {
  const felt = quakes
    .filter((q) => q.magnitudeMl >= 2.0)
    .map((q) => ({ day: Math.floor(Date.parse(q.occurredAt) / 86_400_000), ml: q.magnitudeMl }));
  return (monday) => {
    let extra = 0;
    for (const q of felt) {
      const weeksAfter = Math.floor((monday - mondayOf(q.day)) / WEEK);
      if (weeksAfter < 0 || weeksAfter > 16) continue;
      // ML 3.4 (Westerwijtwerd, 2019) adds about 1,000 reports in its first week.
      extra += 83 * 10 ** (1.2 * (q.ml - 2.5)) * Math.exp(-weeksAfter / 2.5);
    }
    return extra;
  };
}

function shapes(quakes: readonly Quake[]): SchemeShape[] {
  const spikes = quakeSpikes(quakes);
  // The fixed compensation (VES) opened on 1 November 2021 (source 001).
  const vesOpens = dayFromIso('2021-11-01');
  return [
    {
      scheme: 'MAATWERK',
      opens: '2018-03-19',
      shape: (_k, monday) => {
        const seasonal = 1 + 0.12 * Math.cos((2 * Math.PI * ((monday / WEEK) % 52)) / 52);
        const base = (monday < vesOpens ? 620 : 470) * seasonal;
        return Math.min(1_500, base + spikes(monday));
      },
    },
    { scheme: 'STUW', opens: '2020-03-02', closes: '2020-07-01', shape: (k) => 1_600 - 60 * k },
    { scheme: 'WDW', opens: '2020-09-01', shape: decay(22_000, 35, 4) },
    { scheme: 'VES', opens: '2021-11-01', shape: decay(2_200, 260, 6) },
    { scheme: 'WDNW', opens: '2021-07-05', shape: decay(300, 12, 8) },
    { scheme: 'IMS', opens: '2022-05-23', shape: decay(8_000, 150, 6) },
    // Repair (HEA, HIN) and AVV opened in phases from the autumn of 2024 (source 002).
    { scheme: 'HIN', opens: '2024-10-07', shape: (k) => Math.min(110, 30 + k * 0.8) },
    { scheme: 'HEA', opens: '2024-10-07', shape: (k) => Math.min(190, 60 + k * 1.5) },
    // AVV works up to its capacity of 1,000 a week (AVV-2) by 2025.
    { scheme: 'AVV', opens: '2024-10-07', shape: (k) => Math.min(1_000, 300 + k * 60) },
    { scheme: 'VHV', opens: '2026-07-06', shape: () => 150 },
  ];
}

/**
 * The intake plan: per scheme and week, a count; the counts add up to `total` exactly.
 * Weeks run from the first intake week up to and including the week of `asOfDay`.
 */
export function planIntake(
  total: number,
  asOfDay: number,
  quakes: readonly Quake[],
  random: Random,
): IntakeWeek[] {
  const raw: { monday: number; scheme: SchemeCode; weight: number }[] = [];
  const lastMonday = mondayOf(asOfDay);
  for (const { scheme, opens, closes, shape } of shapes(quakes)) {
    const first = mondayOf(dayFromIso(opens));
    const end = closes ? dayFromIso(closes) : Infinity;
    for (let monday = first, k = 0; monday <= lastMonday && monday < end; monday += WEEK, k++) {
      // Week-to-week noise of about 8 %, as in the published weekly figures.
      const weight = Math.max(0, shape(k, monday) * (1 + 0.08 * random.normal()));
      raw.push({ monday, scheme, weight });
    }
  }
  raw.sort((a, b) => a.monday - b.monday || a.scheme.localeCompare(b.scheme));
  const sum = raw.reduce((s, r) => s + r.weight, 0);
  const scale = sum > 0 ? total / sum : 0;
  // Cumulative rounding keeps the total exact and every count within one of its share.
  let cumulative = 0;
  let assigned = 0;
  return raw.map(({ monday, scheme, weight }) => {
    cumulative += weight * scale;
    const upTo = Math.round(cumulative);
    const count = upTo - assigned;
    assigned = upTo;
    return { monday, scheme, count };
  });
}
