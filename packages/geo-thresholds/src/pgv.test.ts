import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCatalogue } from './catalogue.js';
import { rdToWgs84 } from './coordinates.js';
import { IMG_MODEL } from './gmm/models.js';
import { MODELS } from './gmm/tno-models.js';
import { PgvIndex, eventsAboveAllPairs, maxPgvAllPairs } from './pgv.js';
import {
  BASELINE_SURVEY_PGV,
  EFFECT_AREA_PGV,
  NEW_APPLICATION_PGV,
  THRESHOLDS,
} from './thresholds.js';

const { events } = parseCatalogue(
  readFileSync(new URL('../data/knmi_groningen_events_1991-2022.csv', import.meta.url), 'utf8'),
);

/** Addresses spread over the region, deterministic. */
function addresses(count: number) {
  let state = 42;
  const next = () => (state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0) / 4_294_967_296;
  return Array.from({ length: count }, () => ({
    x: 200_000 + next() * 90_000,
    y: 540_000 + next() * 80_000,
    year: 1900 + Math.floor(next() * 126),
  }));
}

describe('PGV per address', () => {
  it('gives near Huizinge the Huizinge quake (ML 3.6, 2012) as the maximum', () => {
    const huizinge = events.find((e) => e.place === 'Huizinge' && e.ml === 3.6)!;
    const result = maxPgvAllPairs(huizinge.rd, events)!;
    expect(result.event.id).toBe(huizinge.id);
    expect(result.distanceKm).toBe(0);
    expect(result.pgv).toBeGreaterThan(100);
  });

  it('counts only quakes after the construction year', () => {
    const huizinge = events.find((e) => e.place === 'Huizinge' && e.ml === 3.6)!;
    const after = maxPgvAllPairs(huizinge.rd, events, { after: { year: 2012 } })!;
    expect(after.event.localDate > '2012-12-31').toBe(true);
    expect(maxPgvAllPairs(huizinge.rd, events, { after: { year: 2025 } })).toBeNull();
    const before = maxPgvAllPairs(huizinge.rd, events, { after: { date: '2012-08-15' } })!;
    expect(before.event.id).toBe(huizinge.id);
    expect(
      maxPgvAllPairs(huizinge.rd, events, { after: { date: '2012-08-16' } })!.event.id,
    ).not.toBe(huizinge.id);
  });

  it('accepts WGS84 as well as RD', () => {
    const rd = { x: 241_000, y: 596_000 };
    const a = maxPgvAllPairs(rd, events)!;
    const b = maxPgvAllPairs(rdToWgs84(rd), events)!;
    expect(b.event.id).toBe(a.event.id);
    expect(Math.abs(b.pgv - a.pgv) / a.pgv).toBeLessThan(1e-6);
  });

  it.each(['img-2019-maxrot', 'tno-2019-larger', 'tno-2021-maxrot'])(
    'the index gives the same answers as the full scan (%s)',
    (id) => {
      const model = MODELS[id]!;
      const index = new PgvIndex(events, { model });
      for (const { x, y, year } of addresses(400)) {
        const site = { vs30: 160 + (x % 150) };
        for (const after of [undefined, { year }]) {
          const fast = index.maxPgv({ x, y }, { after, site });
          const slow = maxPgvAllPairs({ x, y }, events, { model, after, site });
          if (slow === null) {
            expect(fast).toBeNull();
            continue;
          }
          expect(fast!.event.id).toBe(slow.event.id);
          expect(Math.abs(fast!.pgv - slow.pgv) / slow.pgv).toBeLessThan(1e-12);
          expect(fast!.distanceKm).toBeCloseTo(slow.distanceKm, 9);
        }
      }
    },
  );

  it('lists the same quakes above each threshold as the full scan', () => {
    const index = new PgvIndex(events);
    for (const { x, y, year } of addresses(150)) {
      for (const threshold of THRESHOLDS) {
        const fast = index
          .eventsAbove({ x, y }, threshold, { after: { year } })
          .map((e) => e.event.id);
        const slow = eventsAboveAllPairs({ x, y }, events, { threshold, after: { year } }).map(
          (e) => e.event.id,
        );
        expect(fast).toEqual(slow);
      }
    }
  });

  it('applies >= and > exactly at the threshold', () => {
    const event = events.find((e) => e.ml >= 2.5)!;
    // Find the distance where PGV equals 5 mm/s, then ask at exactly that PGV.
    const index = new PgvIndex([event], { model: IMG_MODEL });
    const at = index.maxPgv(event.rd)!;
    const exactly = { pgv: at.pgv, comparison: '>=' as const };
    expect(index.eventsAbove(event.rd, exactly)).toHaveLength(1);
    expect(index.eventsAbove(event.rd, { ...exactly, comparison: '>' })).toHaveLength(0);
    expect([EFFECT_AREA_PGV, BASELINE_SURVEY_PGV, NEW_APPLICATION_PGV]).toEqual([2, 5, 5]);
  });
});
