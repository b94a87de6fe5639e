import { describe, expect, it } from 'vitest';
import { evaluateVes } from './evaluate.js';
import { parseFacts, type EligibilityFactsInput } from './facts.js';

/** Facts under which every VES condition holds. */
const eligible: EligibilityFactsInput = {
  applicant: { kind: 'natural', earlierVesOrRepairApplications: 0 },
  object: {
    ownCadastralDesignation: true,
    addressCount: 1,
    constructionYear: 1965,
    areaM2: 120,
    wozValueCents: 24_000_000,
    useClass: 'wonen',
  },
  ownership: {
    right: 'eigendom',
    ownerAtApplication: true,
    ownerAtDecision: true,
    coOwnerConsents: [],
  },
  history: { damageReports: [], payments: [] },
  location: {
    maxPgv: 3.1,
    maxPgvAfterConstruction: 3.1,
    inEffectArea: true,
    inIedbArea: false,
    inSixKmZone: true,
  },
  damage: { types: ['scheur'] },
};

type Patch = {
  [K in keyof EligibilityFactsInput]?: Partial<NonNullable<EligibilityFactsInput[K]>>;
};
function facts(patch: Patch = {}) {
  const merged: Record<string, unknown> = { ...eligible };
  for (const [key, value] of Object.entries(patch))
    merged[key] = { ...(eligible as Record<string, object>)[key], ...value };
  return parseFacts(merged);
}
const ruleOf = (patch: Patch, id: string, options = {}) =>
  evaluateVes(facts(patch), options).rules.find((r) => r.id === id)!;

describe('evaluateVes', () => {
  it('is eligible when every condition holds, with a reason per rule in nl and en', () => {
    const result = evaluateVes(facts());
    expect(result.outcome).toBe('eligible');
    expect(result.rules.map((r) => [r.id, r.outcome])).toEqual([
      ['VES-1', 'pass'],
      ['VES-2', 'pass'],
      ['VES-3', 'pass'],
      ['VES-4', 'pass'],
      ['VES-5', 'pass'],
      ['VES-6', 'pass'],
      ['VES-7', 'pass'],
      ['VES-8', 'pass'],
      ['VES-9', 'not-applicable'],
    ]);
    expect(result.rules.find((r) => r.id === 'VES-5')!.branch).toBe('VES-5a');
    for (const r of result.rules) expect(r.reason.nl && r.reason.en).toBeTruthy();
    expect(result.amount.cents).toBe(1_000_000);
  });

  it.each([
    [
      'VES-1',
      {
        history: {
          damageReports: [
            {
              scheme: 'MAATWERK',
              reportedOn: '2020-01-01',
              status: 'decided',
              decidedOn: '2020-06-01',
            },
          ],
        },
      },
      'fail',
    ],
    [
      'VES-1',
      {
        history: {
          damageReports: [
            {
              scheme: 'MAATWERK',
              reportedOn: '2025-01-01',
              status: 'open',
              convertibleToVes: true,
            },
          ],
        },
      },
      'pass',
    ],
    [
      'VES-1',
      {
        history: {
          damageReports: [{ scheme: 'VES', reportedOn: '2022-01-01', status: 'withdrawn' }],
        },
      },
      'pass',
    ],
    ['VES-1', { history: { damageReports: undefined } }, 'unknown'],
    ['VES-2', { applicant: { kind: 'legal' } }, 'fail'],
    ['VES-2', { applicant: { kind: undefined } }, 'unknown'],
    ['VES-3', { ownership: { right: 'erfpacht' } }, 'pass'],
    ['VES-3', { ownership: { right: 'beklemrecht' } }, 'pass'],
    ['VES-3', { ownership: { right: 'opstal' } }, 'pass'],
    ['VES-3', { ownership: { right: 'anders' } }, 'fail'],
    ['VES-3', { ownership: { ownerAtDecision: false } }, 'fail'],
    ['VES-3', { ownership: { ownerAtApplication: false } }, 'fail'],
    ['VES-3', { ownership: { ownerAtDecision: undefined } }, 'unknown'],
    ['VES-4', { ownership: { coOwnerConsents: [true, true] } }, 'pass'],
    ['VES-4', { ownership: { coOwnerConsents: [true, false] } }, 'fail'],
    ['VES-4', { ownership: { coOwnerConsents: [true, null] } }, 'unknown'],
    ['VES-4', { ownership: { coOwnerConsents: undefined } }, 'unknown'],
    ['VES-6', { applicant: { earlierVesOrRepairApplications: 2 } }, 'pass'],
    ['VES-6', { applicant: { earlierVesOrRepairApplications: 3 } }, 'fail'],
    ['VES-6', { applicant: { earlierVesOrRepairApplications: undefined } }, 'unknown'],
    ['VES-7', { object: { ownCadastralDesignation: false } }, 'fail'],
    ['VES-7', { object: { addressCount: 0 } }, 'fail'],
    ['VES-7', { object: { addressCount: 3 } }, 'pass'],
    ['VES-7', { object: { ownCadastralDesignation: undefined } }, 'unknown'],
    ['VES-8', { damage: { types: ['houtrot', 'afbladderende_verf'] } }, 'fail'],
    ['VES-8', { damage: { types: ['houtrot', 'scheur'] } }, 'pass'],
    ['VES-8', { damage: { types: [] } }, 'unknown'],
    ['VES-8', { damage: { types: undefined } }, 'unknown'],
  ] as [string, Patch, string][])('%s with %j is %s', (id, patch, outcome) => {
    expect(ruleOf(patch, id).outcome).toBe(outcome);
  });

  describe('VES-5: location', () => {
    const outside = {
      inEffectArea: false,
      inIedbArea: false,
      inSixKmZone: false,
      maxPgv: 1.2,
      maxPgvAfterConstruction: 1.2,
    };
    it.each([
      // 5a: >= 2 mm/s after the construction year, inclusive.
      [{ maxPgvAfterConstruction: 2 }, 'pass', 'VES-5a'],
      [{ maxPgvAfterConstruction: 1.99, inSixKmZone: false }, 'fail', undefined],
      [{ maxPgvAfterConstruction: undefined, inSixKmZone: false }, 'unknown', undefined],
      [{ ...outside, inIedbArea: true }, 'pass', 'VES-5b'],
      [{ ...outside, inIedbArea: undefined }, 'unknown', undefined],
      // 5c: the 6 km zone, built before 2013.
      [{ ...outside, inSixKmZone: true }, 'pass', 'VES-5c'],
      [{ ...outside, inSixKmZone: undefined }, 'unknown', undefined],
    ] as const)('%j gives %s (%s)', (location, outcome, branch) => {
      const r = ruleOf({ location }, 'VES-5');
      expect(r.outcome).toBe(outcome);
      expect(r.branch).toBe(branch);
    });

    it.each([
      [2012, 'pass'],
      [2013, 'fail'],
    ] as const)('5c: built in %i gives %s', (constructionYear, outcome) => {
      const r = ruleOf(
        { location: { ...outside, inSixKmZone: true }, object: { constructionYear } },
        'VES-5',
      );
      expect(r.outcome).toBe(outcome);
    });

    it('derives the effect area from the maximum PGV when not given', () => {
      expect(
        ruleOf(
          { location: { inEffectArea: undefined, maxPgv: 2, maxPgvAfterConstruction: 2 } },
          'VES-5',
        ).branch,
      ).toBe('VES-5a');
    });

    it('takes the ownership period instead of the construction year as an option', () => {
      const location = {
        maxPgvAfterConstruction: 3,
        maxPgvDuringOwnership: 1.5,
        inSixKmZone: false,
      };
      expect(ruleOf({ location }, 'VES-5').outcome).toBe('pass');
      expect(ruleOf({ location }, 'VES-5', { ves5aPeriod: 'duringOwnership' }).outcome).toBe(
        'fail',
      );
    });
  });

  describe('VES-9: finality after a fixed compensation', () => {
    const earlierVes = {
      damageReports: [
        {
          scheme: 'VES' as const,
          reportedOn: '2022-02-01',
          status: 'decided' as const,
          decidedOn: '2022-05-01',
          final: true,
        },
      ],
    };
    it.each([
      [5.01, 'pass', 'pass', true],
      [5, 'fail', 'fail', false],
      [undefined, 'unknown', 'fail', null],
    ] as const)(
      'a new quake of %s mm/s after the decision: VES-9 %s, VES-1 %s',
      (pgv, v9, v1, possible) => {
        const result = evaluateVes(
          facts({ history: earlierVes, location: { maxPgvAfterLastVesDecision: pgv } }),
        );
        expect(result.rules.find((r) => r.id === 'VES-9')!.outcome).toBe(v9);
        expect(result.rules.find((r) => r.id === 'VES-1')!.outcome).toBe(v1);
        expect(result.newApplication.possible).toBe(possible);
      },
    );

    // Source 001, "Wat houdt dat in: een finale vergoeding?": "Een nieuwe aanvraag is pas weer
    // mogelijk na een nieuwe aardbeving [...] meer dan 5 millimeter per seconde. Daarnaast is een
    // nieuwe aanvraag mogelijk bij nieuwe schade door indirecte effecten van diepe bodemdaling."
    // And under "diepe bodemdaling": such new damage "handelen we dan voor u af via een
    // maatwerkprocedure". Each row: the facts after a VES decision, and what follows.
    it.each([
      // quake after the decision, new IEDB damage, IEDB area → VES-9, route, new application
      [7, undefined, undefined, 'pass', 'VES', true],
      [7, true, true, 'pass', 'VES', true],
      [1, true, true, 'pass', 'MAATWERK', true],
      [undefined, true, undefined, 'pass', 'MAATWERK', true],
      [1, false, true, 'fail', undefined, false],
      [1, undefined, false, 'fail', undefined, false],
      [1, undefined, true, 'unknown', undefined, null],
      [undefined, false, false, 'unknown', undefined, null],
    ] as const)(
      'after a VES decision: %s mm/s, IEDB damage %s, IEDB area %s → VES-9 %s via %s',
      (pgv, iedbDamage, inIedbArea, outcome, route, possible) => {
        const result = evaluateVes(
          facts({
            history: earlierVes,
            location: { maxPgvAfterLastVesDecision: pgv, inIedbArea },
            damage: { types: ['zetting'], newIedbSettlementDamage: iedbDamage },
          }),
        );
        const v9 = result.rules.find((r) => r.id === 'VES-9')!;
        expect(v9.outcome).toBe(outcome);
        expect(v9.route).toBe(route);
        expect(result.newApplication).toMatchObject({ possible, scheme: route ?? null });
        // A new application through maatwerk is not a new VES: VES-1 still counts the report.
        if (route === 'MAATWERK') {
          expect(result.rules.find((r) => r.id === 'VES-1')!.outcome).toBe('fail');
          expect(v9.reason.en).toContain('maatwerk');
        }
      },
    );
  });

  describe('VES-1: an open first maatwerk application may be converted (source 001)', () => {
    // Source 001, "Eerste aanvraag voor dit object": "Loopt er een eerste aanvraag voor maatwerk
    // voor uw object? Dan kunt u die mogelijk met een vaste vergoeding laten afhandelen." The
    // package derives "first" from the report list when the caller leaves the flag out.
    const open = { scheme: 'MAATWERK' as const, status: 'open' as const };
    it.each([
      ['the only report, open maatwerk, no flag', 'pass', [open]],
      ['the same, flag true', 'pass', [{ ...open, convertibleToVes: true }]],
      [
        'the same, flag false (the caller knows better)',
        'fail',
        [{ ...open, convertibleToVes: false }],
      ],
      [
        'an earlier VES decision known only by its date',
        'fail',
        [{ scheme: 'VES' as const, status: 'decided' as const, decidedOn: '2023-01-01' }],
      ],
      [
        'open maatwerk after an earlier decided report',
        'fail',
        [{ scheme: 'MAATWERK' as const, status: 'decided' as const }, open],
      ],
      [
        'open maatwerk beside a withdrawn report',
        'pass',
        [{ scheme: 'VES' as const, status: 'withdrawn' as const }, open],
      ],
      ['an open VES report', 'fail', [{ scheme: 'VES' as const, status: 'open' as const }]],
    ] as const)('%s: VES-1 %s', (_, outcome, damageReports) => {
      const r = ruleOf({ history: { damageReports: [...damageReports] } }, 'VES-1');
      expect(r.outcome).toBe(outcome);
    });

    it('never answers fail for a convertible report left without the flag', () => {
      const result = evaluateVes(facts({ history: { damageReports: [open] } }));
      expect(result.rules.find((r) => r.id === 'VES-1')).toMatchObject({
        outcome: 'pass',
        facts: { derived: true },
      });
      expect(result.outcome).toBe('eligible');
    });
  });

  describe('VES-10: baseline survey', () => {
    it.each([
      [{ maxPgv: 5 }, true],
      [{ maxPgv: 4.99 }, false],
      [{ maxPgv: 1, inIedbArea: true }, true],
      [{ maxPgv: undefined, maxPgvAfterConstruction: undefined }, null],
    ] as const)('%j: needed %s', (location, needed) => {
      expect(evaluateVes(facts({ location })).baselineSurvey.needed).toBe(needed);
    });
  });

  it('says needs-information and lists what is missing', () => {
    const result = evaluateVes(parseFacts({}));
    expect(result.outcome).toBe('needs-information');
    expect(result.missing).toEqual([
      'VES-1',
      'VES-2',
      'VES-3',
      'VES-4',
      'VES-5',
      'VES-6',
      'VES-7',
      'VES-8',
      'VES-9',
    ]);
  });

  it('is not eligible when a rule fails, even with others unknown', () => {
    expect(evaluateVes(parseFacts({ applicant: { kind: 'legal' } })).outcome).toBe('not-eligible');
  });
});
