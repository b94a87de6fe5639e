import { describe, expect, it } from 'vitest';
import { invalidPointReason, rdToWgs84, toRd, wgs84ToRd } from './coordinates.js';

/**
 * The reference points of the RDNAPTRANS(TM)2008 test sheet (Kadaster/NSGI), those inside the
 * correction grid: ETRS89 latitude and longitude with their RD coordinates.
 */
const REFERENCE_POINTS = [
  { name: 'Texel', lat: 53.160753042, lon: 4.824761912, x: 117380.12, y: 575040.34 },
  { name: 'Noord-Groningen', lat: 53.41948205, lon: 6.776726674, x: 247380.56, y: 604580.78 },
  { name: 'Amersfoort', lat: 52.155172897, lon: 5.387203657, x: 155000, y: 463000 },
  { name: 'Zeeuws-Vlaanderen', lat: 51.368607152, lon: 3.397588595, x: 16460.91, y: 377380.23 },
  { name: 'Zuid-Limburg', lat: 50.792584916, lon: 5.773795548, x: 182260.45, y: 311480.67 },
  { name: 'Maasvlakte', lat: 51.947393898, lon: 4.072887101, x: 64640.89, y: 440700.01 },
];

/** Metres between two WGS84 points, on a local flat approximation (fine below a kilometre). */
function metresApart(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const dy = (a.lat - b.lat) * 111_320;
  const dx = (a.lon - b.lon) * 111_320 * Math.cos((a.lat * Math.PI) / 180);
  return Math.hypot(dx, dy);
}

describe('RD New and WGS84', () => {
  it.each(REFERENCE_POINTS)('converts $name from WGS84 to RD within 1 m', ({ lat, lon, x, y }) => {
    const rd = wgs84ToRd({ lat, lon });
    expect(Math.hypot(rd.x - x, rd.y - y)).toBeLessThan(1);
  });

  it.each(REFERENCE_POINTS)('converts $name from RD to WGS84 within 1 m', ({ lat, lon, x, y }) => {
    expect(metresApart(rdToWgs84({ x, y }), { lat, lon })).toBeLessThan(1);
  });

  it('round-trips to the millimetre', () => {
    const start = { x: 241_000.123, y: 596_000.456 };
    const back = toRd(rdToWgs84(start));
    expect(Math.hypot(back.x - start.x, back.y - start.y)).toBeLessThan(0.001);
  });

  it('names what is wrong with an unusable point', () => {
    expect(invalidPointReason({ x: 241_000, y: 596_000 })).toBeNull();
    expect(invalidPointReason({ lat: 53.3, lon: 6.7 })).toBeNull();
    expect(invalidPointReason({ x: Number.NaN, y: 1 })).toMatch(/x and y must be numbers/);
    expect(invalidPointReason({ lat: 48.8, lon: 2.3 })).toMatch(/outside the Netherlands/);
    expect(invalidPointReason({ x: 600_000, y: 596_000 })).toMatch(/outside the Netherlands/);
  });
});
