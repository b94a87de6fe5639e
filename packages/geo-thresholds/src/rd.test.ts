import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import { RD_NEW } from './coordinates.js';
import { rdToWgs84Degrees, wgs84DegreesToRd } from './rd.js';

// proj4 is the reference this module replaces (for bundle size): the two must agree.
const reference = proj4('WGS84', RD_NEW);

describe('RD New without proj4', () => {
  const grid: [number, number][] = [];
  for (let lat = 50.7; lat <= 53.7; lat += 0.25)
    for (let lon = 3.3; lon <= 7.3; lon += 0.25) grid.push([lat, lon]);

  it('projects WGS84 to RD as proj4 does, within a millimetre, across the Netherlands', () => {
    for (const [lat, lon] of grid) {
      const [x, y] = wgs84DegreesToRd(lat, lon);
      const [rx, ry] = reference.forward([lon, lat]) as [number, number];
      expect(Math.hypot(x - rx, y - ry)).toBeLessThan(0.001);
    }
  });

  it('projects RD to WGS84 as proj4 does, within a millimetre', () => {
    for (let x = 0; x <= 300_000; x += 25_000)
      for (let y = 300_000; y <= 620_000; y += 40_000) {
        const [lat, lon] = rdToWgs84Degrees(x, y);
        const [rLon, rLat] = reference.inverse([x, y]) as [number, number];
        expect(Math.abs(lat - rLat) * 111_000).toBeLessThan(0.001);
        expect(Math.abs(lon - rLon) * 70_000).toBeLessThan(0.001);
      }
  });
});
