import { describe, expect, it } from 'vitest';
import { EFFECT_AREA_PGV, IMG_MODEL, radiusKm } from '@img-groningen/geo-thresholds';
import fieldOutline from '../../geo-thresholds/src/data/groningen-field-outline.json';
import { classifyAddresses, outreachCounts, type OutreachObject } from './outreach';

// A quake at the field's eastern edge; addresses placed from the real field outline.
const ring = fieldOutline.ring;
const east = ring.reduce((a, b) => (b[0]! > a[0]! ? b : a));
const west = ring.reduce((a, b) => (b[0]! < a[0]! ? b : a));
const quake = {
  id: 'test1',
  occurredAt: '2019-05-22T03:49:00Z',
  place: 'Test',
  ml: 3.4,
  depthKm: 3,
  x: east[0]!,
  y: east[1]!,
  field: 'Groningen',
};
const object = (id: number, x: number, y: number, constructionYear: number): OutreachObject => ({
  id,
  x,
  y,
  constructionYear,
  municipalityCode: id < 10 ? 'GM1979' : 'GM0014',
});

describe('outreach classification (VES-5 over geo-thresholds)', () => {
  const radius = radiusKm({
    model: IMG_MODEL,
    event: { ml: quake.ml },
    thresholdMmS: EFFECT_AREA_PGV,
  });

  it('puts an address near the quake, built before it, in the effect area with a baseline survey', () => {
    const [a] = classifyAddresses([object(1, east[0]! + 500, east[1]!, 1950)], [quake]);
    expect(a!.verdict).toBe('VES-5a');
    expect(a!.baselineSurvey).toBe(true);
  });

  it('does not count a quake from before the construction year (VES-5a), but the 6 km zone still can', () => {
    const [a] = classifyAddresses([object(2, east[0]! + 500, east[1]!, 2019)], [quake]);
    // Inside the field outline's reach and built before 2013? No: built 2019, so outside both.
    expect(a!.verdict).toBe('outside');
    const [b] = classifyAddresses(
      [object(3, east[0]! + 500, east[1]!, 2012)],
      [{ ...quake, occurredAt: '2012-06-01T12:00:00Z' }],
    );
    // The quake of 2012 was not after 2012: no 5a; near the field and built before 2013: 5c.
    expect(b!.verdict).toBe('VES-5c');
    // VES-10 looks at the vibration at the address whenever it was: a survey is still indicated.
    expect(b!.baselineSurvey).toBe(true);
  });

  it('uses the 6 km zone far from any quake, only for buildings from before 2013', () => {
    expect(radius).toBeLessThan(40);
    const farWest = (km: number, year: number, id: number) =>
      object(id, west[0]! - km * 1000, west[1]!, year);
    const [inZone, tooNew, outside] = classifyAddresses(
      [farWest(3, 1980, 11), farWest(3, 2013, 12), farWest(8, 1980, 13)],
      [quake],
    );
    expect(inZone!.verdict).toBe('VES-5c');
    expect(tooNew!.verdict).toBe('outside');
    expect(outside!.verdict).toBe('outside');
  });

  it('counts per municipality, every address in exactly one verdict', () => {
    const addresses = classifyAddresses(
      [
        object(1, east[0]! + 500, east[1]!, 1950),
        object(11, west[0]! - 3000, west[1]!, 1980),
        object(12, west[0]! - 8000, west[1]!, 1980),
      ],
      [quake],
    );
    expect(outreachCounts(addresses)).toEqual([
      {
        municipalityCode: 'GM0014',
        neverApplied: 2,
        effectArea: 0,
        sixKmZone: 1,
        baselineSurvey: 0,
        outside: 1,
      },
      {
        municipalityCode: 'GM1979',
        neverApplied: 1,
        effectArea: 1,
        sixKmZone: 0,
        baselineSurvey: 1,
        outside: 0,
      },
    ]);
  });
});
