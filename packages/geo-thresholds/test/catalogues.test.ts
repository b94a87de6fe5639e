import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PgvIndex, parseCatalogue } from '../src/index';

const fixture = (name: string) =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('other catalogue formats load without code changes', () => {
  it('KNMI all_induced.csv (1,396 events, WGS84)', () => {
    const { events, errors, ignoredColumns } = parseCatalogue(
      fixture('knmi_all_induced_nl_1986-2017.csv'),
    );
    expect(errors).toEqual([]);
    expect(events).toHaveLength(1_396);
    expect(ignoredColumns).toEqual(['EVALMODE']);
    const huizinge = events.find((e) => e.place === 'Huizinge' && e.ml === 3.6)!;
    // Fractions of a second are kept.
    expect(huizinge.time).toBe('2012-08-16T20:30:33.280Z');
    // The same quake in the NAM/KNMI Groningen list (RD) lies within a few km (relocations).
    const groningen = parseCatalogue(
      readFileSync(new URL('../data/knmi_groningen_events_1991-2022.csv', import.meta.url), 'utf8'),
    );
    const same = groningen.events.find((e) => e.place === 'Huizinge' && e.ml === 3.6)!;
    expect(Math.hypot(same.rd.x - huizinge.rd.x, same.rd.y - huizinge.rd.y)).toBeLessThan(5_000);
    // Norg and Grijpskerk area events are in this national file.
    expect(events.some((e) => /Norg|Langelo|Grijpskerk/i.test(e.place ?? ''))).toBe(true);
    expect(new PgvIndex(events).maxPgv(huizinge.rd)!.event.id).toBe(huizinge.id);
  });

  it('the BevingGevoeld list with dates only (1,611 events)', () => {
    const { events, errors } = parseCatalogue(fixture('bevingen_nl_1986-2019.csv'));
    expect(errors).toEqual([]);
    expect(events).toHaveLength(1_611);
    expect(events.every((e) => e.dateOnly)).toBe(true);
  });
});
