import { describe, expect, it } from 'vitest';
import { pgv, radiusByBisection, radiusKm, spreading, zForExceedance } from './model.js';
import { IMG_MODEL, dost2004 } from './models.js';
import { MODELS } from './tno-models.js';
import { EFFECT_AREA_PGV } from '../thresholds.js';

describe('the IMG model (GEO-GMM)', () => {
  // The IMG's published effect-area radii at 2 mm/s (Wirdum 2022, Huizinge 2012).
  it.each([
    [2.7, 9.5],
    [3.1, 17.5],
  ])('gives ML %s a radius of %s km at 2 mm/s, within 0.1 km', (ml, published) => {
    expect(
      Math.abs(
        radiusKm({ model: IMG_MODEL, event: { ml }, thresholdMmS: EFFECT_AREA_PGV }) - published,
      ),
    ).toBeLessThanOrEqual(0.1);
  });

  it('gives more than 35 km for ML 3.6 (Huizinge)', () => {
    expect(
      radiusKm({ model: IMG_MODEL, event: { ml: 3.6 }, thresholdMmS: EFFECT_AREA_PGV }),
    ).toBeGreaterThan(35);
  });

  it('is continuous at the breakpoints of the distance term', () => {
    for (const model of Object.values(MODELS)) {
      for (const b of model.breaks) {
        expect(spreading(model, b * (1 + 1e-9))).toBeCloseTo(spreading(model, b * (1 - 1e-9)), 6);
      }
    }
  });

  it('uses z = 2.3263 for 1 % and the normal quantile otherwise', () => {
    expect(zForExceedance(0.01)).toBe(2.3263);
    expect(zForExceedance(0.5)).toBeCloseTo(0, 8);
    expect(zForExceedance(0.16)).toBeCloseTo(0.9945, 3);
    expect(() => zForExceedance(0)).toThrow(/between 0 and 1/);
  });
});

describe('closed-form radius', () => {
  const cases = Object.values(MODELS).flatMap((model) =>
    [0.8, 1.5, 2.2, 2.7, 3.1, 3.6, 4.2].flatMap((ml) =>
      [1.6, 2, 5, 8.5, 10].map((threshold) => ({ model, ml, threshold })),
    ),
  );

  it.each(cases)(
    '$model.id ML $ml at $threshold mm/s agrees with bisection',
    ({ model, ml, threshold }) => {
      const event = { ml, depthKm: 3 };
      const site = { vs30: 200 };
      const closed = radiusKm({ model, event, thresholdMmS: threshold, site });
      expect(
        Math.abs(closed - radiusByBisection({ model, event, thresholdMmS: threshold, site })),
      ).toBeLessThan(1e-6);
      if (closed > 0) {
        // Exactly at the radius the PGV equals the threshold.
        expect(pgv({ model, event, site, distanceKm: closed })).toBeCloseTo(threshold, 6);
      }
    },
  );

  it('works for a single-segment model (Dost form) and rejects a non-positive threshold', () => {
    const model = dost2004({ a: -1.5, b: 0.7, c: -1.3, sigmaLog10: 0.3 });
    const event = { ml: 3, depthKm: 3 };
    expect(radiusKm({ model, event, thresholdMmS: 2 })).toBeCloseTo(
      radiusByBisection({ model, event, thresholdMmS: 2 }),
      6,
    );
    expect(() => radiusKm({ model, event, thresholdMmS: 0 })).toThrow(/positive/);
  });

  it('needs VS30 for the 2021 models', () => {
    expect(() =>
      pgv({ model: MODELS['tno-2021-maxrot']!, event: { ml: 3, depthKm: 3 }, distanceKm: 5 }),
    ).toThrow(/vs30/);
  });
});
