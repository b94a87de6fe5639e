import { describe, expect, it } from 'vitest';
import { evaluateAdmission } from './evaluate.js';
import { InputError } from '@img-groningen/vocabulary/issues';
import { parseContractorFacts, type ContractorFactsInput } from './facts.js';
import { quickOutcome } from './quick.js';
import { RECOGNISED_DISPUTES_COMMITTEES } from './committees.js';

/** A contractor that meets every condition on 2026-11-23. */
const good: ContractorFactsInput = {
  name: 'Bouwbedrijf Ekkelsma B.V.',
  kvk: {
    number: '61234567',
    registeredSince: '2015-03-01',
    countryOfEstablishment: 'NL',
    activities: [{ code: '4120', classification: 'SBI2008' }],
  },
  insolvency: [],
  disputesCommittees: [
    { committee: 'Geschillencommissie Bouw en Installatie', from: '2020-01-01', until: null },
  ],
  staff: [
    { id: 'W1', role: 'employee', diplomas: [{ kind: 'VOL-VCA', issued: '2018-05-14' }] },
    { id: 'W2', role: 'employee', diplomas: [{ kind: 'B-VCA', issued: '2022-01-10' }] },
    { id: 'S1', role: 'subcontractor', diplomas: [{ kind: 'B-VCA', issued: '2019-09-01' }] },
  ],
  agreement: { version: '2024.1', acceptedOn: '2024-03-01' },
  portalCommunication: true,
  registeredBy: 'self',
};
const ON = '2026-11-23';
const check = (changes: Partial<ContractorFactsInput>, on = ON) =>
  evaluateAdmission(parseContractorFacts({ ...good, ...changes }), on);
/** A rule's result by id, or by id and part (`AAN-4a` is part a of AAN-4). */
const rule = (admission: ReturnType<typeof evaluateAdmission>, id: string) =>
  admission.rules.find((r) => r.id === id || `${r.id}${r.part ?? ''}` === id)!;

describe('evaluateAdmission', () => {
  it('admits a contractor that meets every rule, with a reason per rule in nl and en', () => {
    const admission = check({});
    expect(admission.outcome).toBe('admitted');
    expect(admission.rules.map((r) => `${r.id}${r.part ?? ''}`)).toEqual([
      'AAN-1',
      'AAN-2',
      'AAN-3a',
      'AAN-3b',
      'AAN-3c',
      'AAN-3d',
      'AAN-4a',
      'AAN-4b',
      'AAN-5',
      'AAN-6',
      'AAN-7',
    ]);
    for (const r of admission.rules) {
      expect(r.outcome).toBe('pass');
      expect(r.reason.nl.length).toBeGreaterThan(5);
      expect(r.reason.en.length).toBeGreaterThan(5);
    }
  });

  it.each([
    ['AAN-1', { kvk: null }, 'not registered with the KVK'],
    ['AAN-2', { kvk: { ...good.kvk!, countryOfEstablishment: 'DE' } }, 'Established in DE'],
    [
      'AAN-3a',
      { insolvency: [{ kind: 'faillissement' as const, from: '2026-10-01', until: null }] },
      'bankrupt since 2026-10-01',
    ],
    [
      'AAN-3b',
      { insolvency: [{ kind: 'surseance' as const, from: '2026-11-23', until: null }] },
      'suspension of payments since 2026-11-23',
    ],
    [
      'AAN-3c',
      {
        disputesCommittees: [
          {
            committee: 'Geschillencommissie Bouw en Installatie',
            from: '2020-01-01',
            until: '2026-11-22',
          },
        ],
      },
      'ended on 2026-11-22',
    ],
    [
      'AAN-3c',
      {
        disputesCommittees: [
          { committee: 'Eigen klachtenregeling', from: '2020-01-01', until: null },
        ],
      },
      'Not a member of a disputes committee recognised',
    ],
    [
      'AAN-3d',
      { kvk: { ...good.kvk!, activities: [{ code: '6820', classification: 'SBI2008' as const }] } },
      'No construction or repair activity',
    ],
    ['AAN-5', { portalCommunication: false }, 'contractor portal'],
    ['AAN-6', { agreement: null }, 'has not been accepted'],
    ['AAN-7', { registeredBy: 'representative' as const }, 'representative'],
  ])('rejects on %s', (id, changes, reason) => {
    const admission = check(changes as Partial<ContractorFactsInput>);
    expect(admission.outcome).toBe('rejected');
    expect(admission.failing).toEqual([id]);
    expect(rule(admission, id).reason.en).toContain(reason);
  });

  it.each([
    ['4120', 'SBI2008', 'pass'],
    ['43341', 'SBI2025', 'pass'],
    ['42111', 'SBI2025', 'pass'],
    ['68204', 'SBI2025', 'fail'],
    ['4791', 'SBI2008', 'fail'],
  ] as const)('AAN-3d: SBI %s (%s) is %s', (code, classification, outcome) => {
    expect(
      rule(check({ kvk: { ...good.kvk!, activities: [{ code, classification }] } }), 'AAN-3d')
        .outcome,
    ).toBe(outcome);
  });

  describe('AAN-4: VCA diplomas are valid for 10 years', () => {
    // W1's VOL-VCA of 2018-05-14 is valid up to and including 2028-05-13.
    it.each([
      ['2028-05-13', 'pass'],
      ['2028-05-14', 'fail'],
    ])('on %s the only VOL-VCA gives AAN-4b: %s', (on, outcome) => {
      const admission = evaluateAdmission(
        parseContractorFacts({
          ...good,
          staff: [
            { id: 'W1', role: 'employee', diplomas: [{ kind: 'VCA-VOL', issued: '2018-05-14' }] },
          ],
        }),
        on,
      );
      expect(rule(admission, 'AAN-4b').outcome).toBe(outcome);
      expect(rule(admission, 'AAN-4a').outcome).toBe(outcome);
    });

    it('needs every worker, subcontractors too, to hold a basic certificate', () => {
      const admission = check({
        staff: [
          ...good.staff!,
          { id: 'S2', role: 'subcontractor', diplomas: [{ kind: 'B-VCA', issued: '2016-11-23' }] },
        ],
      });
      expect(admission.failing).toEqual(['AAN-4']);
      expect(rule(admission, 'AAN-4a').facts).toEqual({ without: ['S2'] });
    });

    it('accepts an exemption instead of a basic certificate, until it ends', () => {
      const staff = [
        ...good.staff!,
        {
          id: 'W3',
          role: 'employee' as const,
          diplomas: [],
          exemption: { reason: 'kantoorfunctie', until: '2026-12-31' },
        },
      ];
      expect(check({ staff }).outcome).toBe('admitted');
      expect(check({ staff }, '2027-01-01').failing).toContain('AAN-4');
    });

    it('does not count a subcontractor’s VOL-VCA as the employee’s', () => {
      const staff = [
        {
          id: 'W2',
          role: 'employee' as const,
          diplomas: [{ kind: 'B-VCA' as const, issued: '2022-01-10' }],
        },
        {
          id: 'S1',
          role: 'subcontractor' as const,
          diplomas: [{ kind: 'VOL-VCA' as const, issued: '2022-01-10' }],
        },
      ];
      expect(check({ staff }).failing).toEqual(['AAN-4']);
    });
  });

  it('says needs-information, listing what is missing, when facts are absent', () => {
    const admission = evaluateAdmission(parseContractorFacts({ name: 'Onbekend B.V.' }), ON);
    expect(admission.outcome).toBe('needs-information');
    expect(admission.unknown).toEqual([
      'AAN-1',
      'AAN-2',
      'AAN-3a',
      'AAN-3b',
      'AAN-3c',
      'AAN-3d',
      'AAN-4',
      'AAN-5',
      'AAN-6',
      'AAN-7',
    ]);
  });

  it('rejects when one rule fails even if others are unknown', () => {
    expect(
      evaluateAdmission(parseContractorFacts({ name: 'X', registeredBy: 'representative' }), ON)
        .outcome,
    ).toBe('rejected');
  });

  it('names the path of invalid facts', () => {
    expect(() => parseContractorFacts({ ...good, kvk: { ...good.kvk!, number: '1234' } })).toThrow(
      /kvk\.number|KVK number/,
    );
    expect(() =>
      parseContractorFacts({ ...good, agreement: { version: '1', acceptedOn: '2024-02-30' } }),
    ).toThrow(/calendar date/);
  });

  it('throws an InputError: a line per problem with the field, why and the value found', () => {
    let error: unknown;
    try {
      parseContractorFacts({
        ...good,
        kvk: { ...good.kvk!, number: '1234' },
        staff: [{ id: 'W1', role: 'boss', diplomas: [] }],
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message.split('\n')).toEqual([
      'facts.kvk.number: KVK number: 8 digits, got "1234"',
      'facts.staff.0.role: must be one of "employee", "subcontractor", got "boss"',
    ]);
    expect((error as InputError).issues[0]).toEqual({
      path: ['kvk', 'number'],
      code: 'invalid_format',
      message: 'KVK number: 8 digits, got "1234"',
    });
  });

  it.each([
    [{ nmae: 'Bouwbedrijf B.V.' }, 'facts.nmae: unknown field'],
    [{ kvk: { number: '61234567', country: 'NL' } }, 'facts.kvk.country: unknown field'],
    [
      {
        staff: [
          {
            id: 'W1',
            role: 'employee',
            diplomas: [{ kind: 'B-VCA', issued: '2020-01-01', until: '2030-01-01' }],
          },
        ],
      },
      'facts.staff.0.diplomas.0.until: unknown field',
    ],
    [
      { agreement: { acceptedOn: '2024-01-01', signed: true } },
      'facts.agreement.signed: unknown field',
    ],
  ])('rejects an unknown field, naming it: %j', (input, message) => {
    expect(() => parseContractorFacts(input)).toThrow(message);
  });
});

describe('the quick verdict agrees with the full evaluation', () => {
  it('on thousands of varied contractors and dates', () => {
    let state = 11;
    const next = () => (state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0) / 4_294_967_296;
    const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)]!;
    const date = () =>
      `20${10 + Math.floor(next() * 18)}-0${1 + Math.floor(next() * 9)}-1${Math.floor(next() * 9)}`;
    for (let i = 0; i < 3_000; i++) {
      const facts = parseContractorFacts({
        ...(next() < 0.5 && { name: 'X' }),
        ...(next() < 0.9 && {
          kvk:
            next() < 0.05
              ? null
              : {
                  ...(next() < 0.8 && { number: '12345678' }),
                  ...(next() < 0.8 && { registeredSince: date() }),
                  ...(next() < 0.5 && { deregisteredOn: date() }),
                  ...(next() < 0.9 && { countryOfEstablishment: pick(['NL', 'NL', 'BE']) }),
                  ...(next() < 0.9 && {
                    activities: [{ code: pick(['4120', '43341', '6820']) }],
                  }),
                },
        }),
        ...(next() < 0.9 && {
          insolvency:
            next() < 0.3
              ? [
                  {
                    kind: pick(['faillissement', 'surseance'] as const),
                    from: date(),
                    until: next() < 0.5 ? null : date(),
                  },
                ]
              : [],
        }),
        ...(next() < 0.9 && {
          disputesCommittees: [
            {
              ...(next() < 0.8 && {
                committee: pick([RECOGNISED_DISPUTES_COMMITTEES[0]!.name, 'Onbekend']),
              }),
              ...(next() < 0.3 && { recognised: next() < 0.5 }),
              ...(next() < 0.8 && { from: date() }),
              until: next() < 0.5 ? null : date(),
            },
          ],
        }),
        ...(next() < 0.9 && {
          staff: Array.from({ length: Math.floor(next() * 4) }, (_, k) => ({
            id: `W${k}`,
            role: pick(['employee', 'subcontractor'] as const),
            diplomas:
              next() < 0.9 ? [{ kind: pick(['B-VCA', 'VOL-VCA'] as const), issued: date() }] : [],
            ...(next() < 0.1 && {
              exemption: { reason: 'r', until: next() < 0.5 ? null : date() },
            }),
          })),
        }),
        ...(next() < 0.9 && {
          agreement:
            next() < 0.1
              ? null
              : {
                  ...(next() < 0.7 && { version: pick(['2024.1', '2023.2']) }),
                  ...(next() < 0.7 && { acceptedOn: date() }),
                },
        }),
        ...(next() < 0.9 && { portalCommunication: next() < 0.9 }),
        ...(next() < 0.9 && { registeredBy: pick(['self', 'self', 'representative'] as const) }),
      });
      const on = date();
      const ids = { failing: [] as string[], unknown: [] as string[] };
      const required = next() < 0.3 ? '2024.1' : undefined;
      const full = evaluateAdmission(facts, on, { requiredAgreementVersion: required });
      const ctx = {
        onDate: on,
        committees: RECOGNISED_DISPUTES_COMMITTEES,
        requiredAgreementVersion: required,
      };
      expect(quickOutcome(facts, ctx)).toBe(full.outcome);
      expect(quickOutcome(facts, ctx, ids)).toBe(full.outcome);
      expect(ids).toEqual({ failing: full.failing, unknown: full.unknown });
    }
  });
});

describe('relaxed facts: only what the rules read is required (missing → unknown)', () => {
  const minimal: ContractorFactsInput = {
    kvk: { countryOfEstablishment: 'NL', activities: [{ code: '43341' }] },
    insolvency: [],
    disputesCommittees: [{ recognised: true }],
    staff: [{ id: 'W1', role: 'employee', diplomas: [{ kind: 'VOL-VCA', issued: '2020-01-01' }] }],
    agreement: {},
    portalCommunication: true,
    registeredBy: 'self',
  };

  it('admits on "registered", "accepted" and the codes alone: no name, dates, version or classification', () => {
    const admission = evaluateAdmission(parseContractorFacts(minimal), ON);
    expect(admission.outcome).toBe('admitted');
  });

  it('lets the caller say a committee is recognised, or looks its name up (case and spacing aside)', () => {
    const on = (memberships: ContractorFactsInput['disputesCommittees']) =>
      rule(
        evaluateAdmission(
          parseContractorFacts({ ...minimal, disputesCommittees: memberships }),
          ON,
        ),
        'AAN-3c',
      ).outcome;
    expect(on([{ recognised: true }])).toBe('pass');
    expect(on([{ committee: 'Eigen commissie', recognised: true }])).toBe('pass');
    expect(on([{ committee: ' geschillencommissie  Bouw en installatie ' }])).toBe('pass');
    expect(on([{ committee: 'Eigen commissie' }])).toBe('fail');
    expect(on([{ recognised: false }])).toBe('fail');
    expect(on([{}])).toBe('unknown');
    expect(on([{ recognised: true, until: '2020-01-01' }])).toBe('fail');
  });

  it('says unknown, not fail, when a required agreement version is asked and none is known', () => {
    const facts = parseContractorFacts(minimal);
    const ask = (agreement: ContractorFactsInput['agreement']) =>
      rule(
        evaluateAdmission(parseContractorFacts({ ...minimal, agreement }), ON, {
          requiredAgreementVersion: '2024.1',
        }),
        'AAN-6',
      ).outcome;
    expect(ask({})).toBe('unknown');
    expect(ask({ version: '2024.1' })).toBe('pass');
    expect(ask({ version: '2023.2' })).toBe('fail');
    expect(ask({ acceptedOn: '2030-01-01' })).toBe('fail');
    expect(ask(null)).toBe('fail');
    expect(evaluateAdmission(facts, ON).outcome).toBe('admitted');
  });

  it('counts a registration of unknown date as registered, unless it has ended', () => {
    const aan1 = (kvk: ContractorFactsInput['kvk']) =>
      rule(evaluateAdmission(parseContractorFacts({ ...minimal, kvk }), ON), 'AAN-1').outcome;
    expect(aan1({})).toBe('pass');
    expect(aan1({ deregisteredOn: '2020-01-01' })).toBe('fail');
    expect(aan1({ registeredSince: '2030-01-01' })).toBe('fail');
    expect(aan1(null)).toBe('fail');
    expect(aan1(undefined)).toBe('unknown');
  });

  it('writes AAN-4 with its parts a and b, as the specification numbers it', () => {
    const admission = evaluateAdmission(parseContractorFacts({ ...minimal, staff: [] }), ON);
    expect(admission.rules.filter((r) => r.id === 'AAN-4').map((r) => r.part)).toEqual(['a', 'b']);
    expect(admission.rules.every((r) => /^AAN-[1-7][a-d]?$/.test(r.id))).toBe(true);
    expect(admission.failing).toEqual(['AAN-4']);
  });
});
