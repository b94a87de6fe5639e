import { describe, expect, it } from 'vitest';
import { complianceTimeline, nextReviewDate, recheckRegister } from './compliance.js';
import { parseContractorFacts } from './facts.js';

const base = {
  name: 'X',
  kvk: {
    number: '61234567',
    registeredSince: '2015-03-01',
    countryOfEstablishment: 'NL',
    activities: [{ code: '4120', classification: 'SBI2008' as const }],
  },
  insolvency: [],
  disputesCommittees: [
    { committee: 'Geschillencommissie Bouw en Installatie', from: '2020-01-01', until: null },
  ],
  staff: [
    {
      id: 'W1',
      role: 'employee' as const,
      diplomas: [{ kind: 'VOL-VCA' as const, issued: '2017-02-10' }],
    },
    {
      id: 'W2',
      role: 'employee' as const,
      diplomas: [{ kind: 'VOL-VCA' as const, issued: '2021-06-01' }],
    },
    {
      id: 'S1',
      role: 'subcontractor' as const,
      diplomas: [{ kind: 'B-VCA' as const, issued: '2017-01-20' }],
    },
  ],
  agreement: { version: '2024.1', acceptedOn: '2024-03-01' },
  portalCommunication: true,
  registeredBy: 'self' as const,
};

describe('continuing compliance', () => {
  const facts = parseContractorFacts(base);

  it('finds the dates on which the verdict changes', () => {
    // S1's basic certificate expires on 2027-01-20; W1's VOL-VCA on 2027-02-10 (W2 still has one).
    expect(complianceTimeline(facts, { from: '2026-11-23', to: '2031-12-31' })).toEqual([
      { date: '2026-11-23', outcome: 'admitted', failing: [] },
      // From then on AAN-4 fails (part a). W1's VOL-VCA ends on 2027-02-10 and W2's in 2031
      // (part b too): the same rule still fails, so the verdict does not change again.
      { date: '2027-01-20', outcome: 'rejected', failing: ['AAN-4'] },
    ]);
    expect(nextReviewDate(facts, '2026-11-23')).toBe('2027-01-20');
  });

  it('sees insolvency start and membership end', () => {
    const later = parseContractorFacts({
      ...base,
      staff: base.staff.slice(1, 2),
      insolvency: [{ kind: 'surseance', from: '2027-03-01', until: '2027-04-30' }],
      disputesCommittees: [
        {
          committee: 'Geschillencommissie Bouw en Installatie',
          from: '2020-01-01',
          until: '2027-12-31',
        },
      ],
    });
    expect(complianceTimeline(later, { from: '2026-11-23', to: '2028-06-30' })).toEqual([
      { date: '2026-11-23', outcome: 'admitted', failing: [] },
      { date: '2027-03-01', outcome: 'rejected', failing: ['AAN-3b'] },
      { date: '2027-05-01', outcome: 'admitted', failing: [] },
      { date: '2028-01-01', outcome: 'rejected', failing: ['AAN-3c'] },
    ]);
  });

  it('re-checks a register: out of compliance now, and falling out within the horizon', () => {
    const register = [
      { id: 'A', facts },
      { id: 'B', facts: parseContractorFacts({ ...base, registeredBy: 'representative' }) },
      { id: 'C', facts: parseContractorFacts({ ...base, staff: base.staff.slice(1, 2) }) },
    ];
    const report = recheckRegister(register, { onDate: '2026-11-23', horizonDays: 90 });
    expect(report.horizonEnd).toBe('2027-02-21');
    expect(report.checked).toBe(3);
    expect(report.notCompliant).toEqual([{ id: 'B', outcome: 'rejected', failing: ['AAN-7'] }]);
    expect(report.fallingOut).toEqual([
      { id: 'A', date: '2027-01-20', outcome: 'rejected', failing: ['AAN-4'] },
    ]);
    // A horizon that ends the day before the expiry sees nothing coming.
    expect(recheckRegister(register, { onDate: '2026-11-23', horizonDays: 57 }).fallingOut).toEqual(
      [],
    );
    expect(
      recheckRegister(register, { onDate: '2026-11-23', horizonDays: 58 }).fallingOut.map(
        (f) => f.id,
      ),
    ).toEqual(['A']);
    expect(() => recheckRegister(register, { onDate: '2026-11-23', horizonDays: -1 })).toThrow(
      /horizonDays/,
    );
  });
});
