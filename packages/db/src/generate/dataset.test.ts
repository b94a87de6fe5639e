import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createDataset } from './dataset';
import { dayFromIso } from './calendar';

function digest(applications: number, seed: number) {
  const hash = createHash('sha256');
  const rows: Record<string, number> = {};
  for (const table of createDataset({ applications, seed }).tables) {
    rows[table.table] = 0;
    for (const chunk of table.chunks()) {
      hash.update(chunk);
      rows[table.table]! += Buffer.from(chunk).toString('utf8').split('\n').length - 1;
    }
  }
  return { hash: hash.digest('hex'), rows };
}

function parse(applications: number, table: string, seed = 1) {
  const source = createDataset({ applications, seed }).tables.find((t) => t.table === table)!;
  const lines = Buffer.concat([...source.chunks()].map((c) => Buffer.from(c)))
    .toString('utf8')
    .trimEnd()
    .split('\n');
  return lines.map((line) =>
    Object.fromEntries(source.columns.map((c, i) => [c, line.split(',')[i] ?? ''])),
  );
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
const days = (from: string, to: string) => dayFromIso(to) - dayFromIso(from);

describe('synthetic data set', () => {
  it('is deterministic: the same seed gives the same bytes, another seed others', () => {
    const first = digest(3_000, 7);
    expect(digest(3_000, 7)).toEqual(first);
    expect(digest(3_000, 8).hash).not.toBe(first.hash);
    expect(first.rows.applications).toBe(3_000);
  });

  it('gives every table the same rows whichever table is read first', () => {
    const forward = createDataset({ applications: 2_000 }).tables;
    const backward = createDataset({ applications: 2_000 }).tables;
    const text = (tables: typeof forward, name: string) =>
      Buffer.concat(
        [...tables.find((t) => t.table === name)!.chunks()].map((c) => Buffer.from(c)),
      ).toString('utf8');
    // Child tables first on one side, parents first on the other.
    const objections = text(backward, 'objections');
    const applications = text(backward, 'applications');
    expect(text(forward, 'applications')).toBe(applications);
    expect(text(forward, 'objections')).toBe(objections);
  });

  it('rejects impossible options with the field and the reason', () => {
    expect(() => createDataset({ applications: 0 })).toThrow(/applications must be a whole number/);
    expect(() => createDataset({ applications: 1.5 })).toThrow(/applications/);
    expect(() => createDataset({ applications: 10, seed: -1 })).toThrow(/seed/);
    expect(() => createDataset({ applications: 10, asOf: '2026-02-30' })).toThrow(
      /not a calendar date/,
    );
    expect(() => createDataset({ applications: 10, asOf: '2010-01-01' })).toThrow(
      /asOf must be on or after 2018-03-19/,
    );
  });

  describe('shaped by the public figures', () => {
    const applications = parse(40_000, 'applications');
    const decided = applications.filter((a) => a.decided_on !== '');

    it('has right-skewed lead times: VES about 3 weeks, maatwerk about half a year and growing', () => {
      const lead = (scheme: string, year?: string) =>
        decided
          .filter((a) => a.scheme_code === scheme && (!year || a.received_on!.startsWith(year)))
          .map((a) => days(a.received_on!, a.decided_on!));
      const ves = lead('VES');
      expect(median(ves)).toBeGreaterThanOrEqual(17);
      expect(median(ves)).toBeLessThanOrEqual(28);
      // Right skew: the mean lies above the median.
      expect(ves.reduce((a, b) => a + b, 0) / ves.length).toBeGreaterThan(median(ves));
      const maatwerk2019 = median(lead('MAATWERK', '2019'));
      const maatwerk2023 = median(lead('MAATWERK', '2023'));
      expect(maatwerk2019).toBeGreaterThan(120);
      expect(maatwerk2023).toBeGreaterThan(maatwerk2019);
    });

    it('has objections on about 3 % of decisions, a third with the advisory committee', () => {
      const objections = parse(40_000, 'objections');
      const share = objections.length / decided.length;
      expect(share).toBeGreaterThan(0.02);
      expect(share).toBeLessThan(0.045);
      const committee =
        objections.filter((o) => o.advisory_committee === 't').length / objections.length;
      expect(committee).toBeGreaterThan(0.25);
      expect(committee).toBeLessThan(0.42);
    });

    it('puts pre-registrants first in AVV, then the core area, then the edges (AVV-2)', () => {
      const objects = new Map(parse(40_000, 'objects').map((o) => [o.id, o.area]));
      const avv = applications.filter((a) => a.scheme_code === 'AVV');
      expect(avv.length).toBeGreaterThan(0);
      for (const a of avv) {
        if (a.received_on! < '2025-08-04') expect(a.pre_registered).toBe('t');
        else if (a.received_on! < '2026-03-02')
          expect([a.pre_registered, objects.get(a.object_id)]).toEqual(['f', 'kern']);
        else expect([a.pre_registered, objects.get(a.object_id)]).toEqual(['f', 'rand']);
      }
    });

    it('has paused cases and a status history for every application', () => {
      const events = parse(5_000, 'status_events');
      const received = new Set(
        events.filter((e) => e.to_status === 'ontvangen').map((e) => e.application_id),
      );
      expect(received.size).toBe(5_000);
      expect(events.some((e) => e.to_status === 'aangehouden')).toBe(true);
      for (const e of events) expect(e.registered_on! >= e.event_date!).toBe(true);
    });

    it('has 150 to 400 contractors with fictitious names and 8-digit KvK numbers', () => {
      const small = parse(1_000, 'contractors');
      const large = parse(1_000_000, 'contractors');
      expect(small.length).toBeGreaterThanOrEqual(150);
      expect(large.length).toBe(400);
      for (const c of large) expect(c.kvk_number).toMatch(/^[0-9]{8}$/);
      expect(new Set(large.map((c) => c.kvk_number)).size).toBe(400);
    });
  });
});
