import { describe, expect, it } from 'vitest';
import { wgs84ToRd } from './coordinates.js';
import { GRONINGEN_FIELD } from './field-outline.js';
import { distanceToOutlineKm, isInside, isWithinKm, sixKmZone, zonesFromGeoJson } from './zones.js';

describe('zones', () => {
  it('puts Loppersum inside the field and the city of Assen outside, beyond 6 km', () => {
    const loppersum = { x: 245_100, y: 593_500 };
    expect(isInside(loppersum, GRONINGEN_FIELD)).toBe(true);
    expect(sixKmZone(loppersum, [GRONINGEN_FIELD])).toMatchObject({
      inSixKmZone: true,
      nearest: { distanceKm: 0 },
    });
    const assen = { lat: 52.9925, lon: 6.5625 };
    expect(isInside(assen, GRONINGEN_FIELD)).toBe(false);
    expect(sixKmZone(assen, [GRONINGEN_FIELD]).inSixKmZone).toBe(false);
  });

  it('measures the distance to the outline and applies 6 km inclusively', () => {
    // A point straight east of the outline's easternmost vertex.
    const east = GRONINGEN_FIELD.rings[0]!.reduce((a, b) => (b.x > a.x ? b : a));
    expect(distanceToOutlineKm({ x: east.x + 6_000, y: east.y }, GRONINGEN_FIELD)).toBeCloseTo(
      6,
      6,
    );
    expect(sixKmZone({ x: east.x + 6_000, y: east.y }, [GRONINGEN_FIELD]).inSixKmZone).toBe(true);
    expect(sixKmZone({ x: east.x + 6_001, y: east.y }, [GRONINGEN_FIELD]).inSixKmZone).toBe(false);
    // The same with a named zone and distance: inside, on the limit, just past it.
    const zone = GRONINGEN_FIELD;
    expect(isWithinKm({ x: east.x - 1_000, y: east.y }, { zone, km: 0 })).toBe(
      isInside({ x: east.x - 1_000, y: east.y }, zone),
    );
    expect(isWithinKm({ x: east.x + 3_000, y: east.y }, { zone, km: 3 })).toBe(true);
    expect(isWithinKm({ x: east.x + 3_001, y: east.y }, { zone, km: 3 })).toBe(false);
  });

  it('reads supplied polygons from GeoJSON (WGS84 or RD) and tests membership', () => {
    const square = (lat: number, lon: number, d: number) => [
      [
        [lon - d, lat - d],
        [lon + d, lat - d],
        [lon + d, lat + d],
        [lon - d, lat + d],
        [lon - d, lat - d],
      ],
    ];
    const zones = zonesFromGeoJson({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { name: 'IEDB-test' },
          geometry: { type: 'Polygon', coordinates: square(53.0, 6.9, 0.01) },
        },
      ],
    });
    expect(zones[0]!.name).toBe('IEDB-test');
    expect(isInside({ lat: 53.0, lon: 6.9 }, zones[0]!)).toBe(true);
    expect(isInside(wgs84ToRd({ lat: 53.05, lon: 6.9 }), zones[0]!)).toBe(false);
    const rd = zonesFromGeoJson(
      {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [10, 0],
            [10, 10],
            [0, 10],
            [0, 0],
          ],
        ],
      },
      { crs: 'rd' },
    );
    expect(isInside({ x: 5, y: 5 }, rd[0]!)).toBe(true);
    expect(() => zonesFromGeoJson({ type: 'Point', coordinates: [6, 53] })).toThrow(
      /only Polygon and MultiPolygon/,
    );
    expect(() => zonesFromGeoJson(42)).toThrow(/not GeoJSON/);
  });
});
