import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCatalogue } from './catalogue.js';

const shipped = readFileSync(
  new URL('../data/knmi_groningen_events_1991-2022.csv', import.meta.url),
  'utf8',
);

describe('parseCatalogue', () => {
  it('loads the Groningen list (RD) completely', () => {
    const { events, errors, ignoredColumns } = parseCatalogue(shipped);
    expect(errors).toEqual([]);
    expect(events).toHaveLength(1_474);
    expect(ignoredColumns).toEqual(['province']);
    const huizinge = events.find((e) => e.place === 'Huizinge' && e.ml === 3.6)!;
    expect(huizinge.time).toBe('2012-08-16T20:30:33.000Z');
    expect(huizinge.localDate).toBe('2012-08-16');
    expect(huizinge.wgs84.lat).toBeCloseTo(53.35, 1);
    expect(events.filter((e) => e.field === 'Annerveen')).toHaveLength(14);
  });

  it('loads KNMI all_induced.csv (WGS84, YYMMDD + hhmmss) without changes', () => {
    const text = [
      'YYMMDD,TIME,LOCATION,LAT,LON,DEPTH,MAG,EVALMODE',
      '19861226,074751.00,Assen,52.992,6.548,1.0,2.8,manual',
      '20120816,203033.00,Huizinge,53.345,6.672,3.0,3.6,manual',
    ].join('\n');
    const { events, errors, ignoredColumns } = parseCatalogue(text);
    expect(errors).toEqual([]);
    expect(ignoredColumns).toEqual(['EVALMODE']);
    expect(events[1]).toMatchObject({
      time: '2012-08-16T20:30:33.000Z',
      ml: 3.6,
      depthKm: 3,
      place: 'Huizinge',
      dateOnly: false,
    });
    expect(events[1]!.rd.x).toBeGreaterThan(240_000);
    expect(events[1]!.id).toBe('20120816T203033-3');
  });

  it('loads a date-only list and judges local dates as such', () => {
    const { events } = parseCatalogue(
      'datum,locatie,magnitude,diepte,latitude,longitude,jaar\n2019-05-22,Westerwijtwerd,3.4,3.0,53.36,6.70,2019',
    );
    expect(events[0]).toMatchObject({ localDate: '2019-05-22', dateOnly: true });
  });

  it('reads the calendar date in Europe/Amsterdam: late on New Year’s Eve UTC is the next year', () => {
    const { events } = parseCatalogue(
      'event_id,datetime,magnitude_ml,x_rd,y_rd\nq1,2019-12-31T23:30:00,2.1,240000,590000\nq2,2019-06-30T22:30:00,2.1,240000,590000',
    );
    expect(events.map((e) => e.localDate)).toEqual(['2020-01-01', '2019-07-01']);
  });

  it('reports bad rows precisely and keeps the good ones', () => {
    const text = [
      'event_id,datetime,magnitude_ml,depth_km,x_rd,y_rd',
      'ok,2020-01-01T10:00:00,2.0,3,240000,590000',
      'nomag,2020-01-02T10:00:00,,3,240000,590000',
      'textmag,2020-01-03T10:00:00,strong,3,240000,590000',
      'abroad,2020-01-04T10:00:00,2.0,3,900000,590000',
      'extra,2020-01-05T10:00:00,2.0,3,240000,590000,surprise',
      'baddate,2020-02-30T10:00:00,2.0,3,240000,590000',
      'ok2,2020-01-06T10:00:00,1.5,3,240000,590000',
    ].join('\n');
    const { events, errors } = parseCatalogue(text);
    expect(events.map((e) => e.id)).toEqual(['ok', 'ok2']);
    expect(errors).toEqual([
      { line: 3, field: 'magnitude', message: 'magnitude is missing' },
      { line: 4, field: 'magnitude', message: "magnitude 'strong' is not a number" },
      {
        line: 5,
        field: 'location',
        message: 'RD point (900000, 590000) lies outside the Netherlands',
      },
      { line: 6, field: null, message: 'expected 6 columns, found 7' },
      { line: 7, field: 'time', message: "datetime '2020-02-30T10:00:00' is not an ISO date-time" },
    ]);
  });

  it('says which columns a header lacks', () => {
    const { events, errors } = parseCatalogue('when,where\n2020-01-01,Loppersum');
    expect(events).toEqual([]);
    expect(errors[0]!.message).toMatch(/magnitude.*time.*location/);
  });
});
