import { describe, expect, it } from 'vitest';
import { adviseSchemes } from './advise.js';
import {
  avvPriorityKey,
  canSwitch,
  evaluateAvv,
  maatwerkNewDamage,
  repairCap,
  vesAmount,
} from './amounts.js';
import { evaluateVes } from './evaluate.js';
import { parseFacts } from './facts.js';
import { algorithmRegisterRecord, ALL_RULES } from './register.js';

describe('AMT-1: the VES amount', () => {
  it.each([
    [{ useClass: 'wonen', areaM2: 20, wozValueCents: 3_000_000 }, 1_000_000],
    [{ useClass: 'overig', areaM2: 29.9 }, 500_000],
    [{ useClass: 'overig', areaM2: 30 }, 1_000_000],
    [{ useClass: 'overig', areaM2: 40, wozValueCents: 4_999_999 }, 500_000],
    [{ useClass: 'overig', areaM2: 40, wozValueCents: 5_000_000 }, 1_000_000],
    [{ useClass: undefined, areaM2: 20 }, null],
  ] as const)('%j gives %s cents', (object, cents) => {
    expect(vesAmount(parseFacts({ object })).cents).toBe(cents);
  });
  it('takes the small-object use classes as an option', () => {
    expect(
      vesAmount(parseFacts({ object: { useClass: 'winkel', areaM2: 20 } }), {
        smallObjectUseClasses: ['winkel'],
      }).cents,
    ).toBe(500_000);
  });
});

describe('AVV-1 and AMT-2: the top-up', () => {
  const pay = (by: string, amountCents: number, physicalDamage = true) => ({
    by,
    amountCents,
    physicalDamage,
  });
  it.each([
    [[pay('NAM', 150_000), pay('CVW', 100_000), pay('IMG', 50_000)], 'eligible', 700_000],
    [[pay('TCMG', 999_999)], 'eligible', 1],
    [[pay('IMG', 1_000_000)], 'not-eligible', 0],
    [[pay('IMG', 1_200_000)], 'not-eligible', 0],
    [[pay('IMG', 300_000, false)], 'not-eligible', 0],
    [[], 'not-eligible', 0],
  ] as const)('payments %j: %s, top-up %i cents', (payments, outcome, topUp) => {
    const avv = evaluateAvv(
      parseFacts({ object: { useClass: 'wonen', areaM2: 90 }, history: { payments } }),
    );
    expect(avv.outcome).toBe(outcome);
    expect(avv.topUpCents).toBe(topUp);
  });
  it('tops small objects up to EUR 5,000, and needs information without payments or size', () => {
    expect(
      evaluateAvv(
        parseFacts({
          object: { useClass: 'overig', areaM2: 12 },
          history: { payments: [pay('NAM', 100_000)] },
        }),
      ).topUpCents,
    ).toBe(400_000);
    expect(evaluateAvv(parseFacts({ object: { useClass: 'wonen', areaM2: 90 } })).outcome).toBe(
      'needs-information',
    );
  });
});

describe('AVV-2: priority', () => {
  it('serves pre-registrants first, then the core area, then the edges, then by date', () => {
    const key = (preRegisteredAvv: boolean, coreArea: boolean, application: string) =>
      avvPriorityKey(
        parseFacts({
          applicant: { preRegisteredAvv },
          location: { coreArea },
          dates: { application },
        }),
      );
    const keys = [
      key(false, false, '2025-01-01'),
      key(true, false, '2025-03-01'),
      key(false, true, '2025-02-01'),
      key(true, true, '2025-04-01'),
      key(false, true, '2025-01-15'),
    ];
    expect([...keys].sort()).toEqual([keys[3], keys[1], keys[4], keys[2], keys[0]]);
  });
});

describe('HER-1: repair up to EUR 60,000 per trajectory', () => {
  it.each([
    [0, 6_000_000, true],
    [5_000_000, 1_000_000, true],
    [5_000_000, 1_000_001, false],
    [6_000_000, 1, false],
  ])('spent %i, new %i: fits %s', (spent, extra, fits) => {
    expect(repairCap(parseFacts({ history: { ongoingRepairCents: spent } }), extra).fits).toBe(
      fits,
    );
  });
});

describe('MW-1: maatwerk finality', () => {
  const final = {
    damageReports: [
      {
        scheme: 'MAATWERK',
        reportedOn: '2025-02-01',
        status: 'decided',
        decidedOn: '2025-08-01',
        final: true,
      },
    ],
  };
  it.each([
    [2.01, 'pass'],
    [2, 'fail'],
    [undefined, 'unknown'],
  ] as const)('a quake of %s mm/s after the final decision: %s', (pgv, outcome) => {
    expect(
      maatwerkNewDamage(
        parseFacts({ history: final, location: { maxPgvAfterLastMaatwerkDecision: pgv } }),
      ).outcome,
    ).toBe(outcome);
  });
  it('does not apply without a final maatwerk decision', () => {
    expect(maatwerkNewDamage(parseFacts({ history: { damageReports: [] } })).outcome).toBe(
      'not-applicable',
    );
  });
});

describe('VES-11: switching', () => {
  it.each([
    ['VES', false, false, true],
    ['MAATWERK', false, false, true],
    ['VES', true, false, true],
    ['VES', true, true, false],
    ['MAATWERK', true, false, false],
  ] as const)(
    'from %s, inspected %s, offer accepted %s: possible %s',
    (from, inspected, offerAccepted, possible) => {
      expect(canSwitch(from, { inspected, offerAccepted }).possible).toBe(possible);
    },
  );
});

describe('adviseSchemes', () => {
  it('lists what the applicant can choose, with the consequences', () => {
    const facts = parseFacts({
      applicant: { kind: 'natural', earlierVesOrRepairApplications: 0 },
      object: {
        ownCadastralDesignation: true,
        addressCount: 1,
        constructionYear: 1930,
        areaM2: 110,
        useClass: 'wonen',
      },
      ownership: {
        right: 'eigendom',
        ownerAtApplication: true,
        ownerAtDecision: true,
        coOwnerConsents: [],
      },
      history: {
        damageReports: [
          {
            scheme: 'MAATWERK',
            reportedOn: '2019-03-01',
            status: 'decided',
            decidedOn: '2019-10-01',
          },
        ],
        payments: [{ by: 'IMG', amountCents: 240_000, physicalDamage: true }],
        ongoingRepairCents: 0,
      },
      location: {
        maxPgv: 6.2,
        maxPgvAfterConstruction: 6.2,
        inEffectArea: true,
        inIedbArea: false,
        inSixKmZone: true,
      },
      damage: { types: ['scheur'] },
    });
    const advice = Object.fromEntries(adviseSchemes(facts).map((a) => [a.scheme, a]));
    // Damage was reported before, so VES is not open; AVV tops the earlier EUR 2,400 up.
    expect(advice.VES!.available).toBe('no');
    expect(advice.VES!.because).toEqual(['VES-1']);
    expect(advice.AVV).toMatchObject({ available: 'yes', amountCents: 760_000, final: true });
    expect(advice.MAATWERK).toMatchObject({ available: 'yes', final: false });
    expect(advice.HERSTEL).toMatchObject({ available: 'yes', capCents: 6_000_000 });
  });
});

describe('algorithm-register record', () => {
  it('is generated from the rule definitions the engine runs on', () => {
    const record = algorithmRegisterRecord('nl');
    expect(record.rules.map((r) => r.id)).toEqual(ALL_RULES.map((r) => r.id));
    for (const rule of ALL_RULES)
      expect(record.technicalWorking).toContain(`${rule.id} — ${rule.title.nl}`);
    expect(record.dataUsed).toContain('location.maxPgvAfterConstruction');
    for (const field of [
      'name',
      'shortDescription',
      'purposeAndImpact',
      'legalBasis',
      'humanIntervention',
      'technicalWorking',
    ] as const) {
      expect(record[field].length).toBeGreaterThan(20);
    }
    expect(algorithmRegisterRecord('en').humanIntervention).toMatch(/takes no decision/);
  });
});

describe('relaxed inputs: what the rules do not read is not required (missing → unknown)', () => {
  const house = { useClass: 'wonen' as const, areaM2: 90 };

  it('takes a payment with only its amount; AVV-1 is unknown until its kind is known', () => {
    const unknown = evaluateAvv(
      parseFacts({ object: house, history: { payments: [{ amountCents: 300_000 }] } }),
    );
    expect(unknown.outcome).toBe('needs-information');
    expect(unknown.rules.map((r) => r.outcome)).toEqual(['unknown', 'unknown']);
    expect(unknown.rules[0]!.facts.unclassified).toEqual(['history.payments.0.physicalDamage']);
    // Without a payer, a physical-damage payment still counts: every payer counts alike.
    const known = evaluateAvv(
      parseFacts({
        object: house,
        history: { payments: [{ amountCents: 300_000, physicalDamage: true }] },
      }),
    );
    expect(known).toMatchObject({ outcome: 'eligible', topUpCents: 700_000 });
  });

  it('decides AVV when the known physical-damage payments already reach the target', () => {
    const avv = evaluateAvv(
      parseFacts({
        object: house,
        history: {
          payments: [{ amountCents: 1_000_000, physicalDamage: true }, { amountCents: 5 }],
        },
      }),
    );
    expect(avv).toMatchObject({ outcome: 'not-eligible', topUpCents: 0 });
  });

  it('takes "small object" as a fact when the caller knows it, else derives it (AMT-1)', () => {
    expect(vesAmount(parseFacts({ object: { smallObject: true } })).cents).toBe(500_000);
    expect(
      vesAmount(parseFacts({ object: { smallObject: false, useClass: 'overig' } })).cents,
    ).toBe(1_000_000);
    expect(vesAmount(parseFacts({ object: { useClass: 'overig', areaM2: 12 } })).cents).toBe(
      500_000,
    );
    expect(vesAmount(parseFacts({})).cents).toBeNull();
    expect(
      evaluateAvv(
        parseFacts({
          object: { smallObject: true },
          history: { payments: [{ amountCents: 100_000, physicalDamage: true }] },
        }),
      ).topUpCents,
    ).toBe(400_000);
  });

  it('takes an earlier report with only its scheme and status (no reportedOn)', () => {
    const facts = parseFacts({
      history: { damageReports: [{ scheme: 'MAATWERK', status: 'decided', final: true }] },
      location: { maxPgvAfterLastMaatwerkDecision: 3 },
    });
    expect(maatwerkNewDamage(facts).outcome).toBe('pass');
  });

  it('keeps the PGV after a VES decision apart from the PGV after a maatwerk decision', () => {
    const facts = parseFacts({
      history: {
        damageReports: [
          { scheme: 'MAATWERK', status: 'decided', decidedOn: '2022-01-01', final: true },
          { scheme: 'VES', status: 'decided', decidedOn: '2024-01-01' },
        ],
      },
      location: { maxPgvAfterLastMaatwerkDecision: 3, maxPgvAfterLastVesDecision: 3 },
      damage: { newIedbSettlementDamage: false },
    });
    // 3 mm/s opens maatwerk again (MW-1, > 2) but not a new VES (VES-9, > 5).
    expect(maatwerkNewDamage(facts).outcome).toBe('pass');
    expect(evaluateVes(facts).rules.find((r) => r.id === 'VES-9')!.outcome).toBe('fail');
  });
});

describe('HER-1 answers with the covered amount', () => {
  it.each([
    [0, 1_000_000, 1_000_000, 6_000_000],
    [5_500_000, 1_000_000, 500_000, 500_000],
    [6_000_000, 10, 0, 0],
  ])('spent %i, new %i: covered %i (left before it %i)', (spent, extra, covered, left) => {
    const cap = repairCap(parseFacts({ history: { ongoingRepairCents: spent } }), extra);
    expect(cap.coveredCents).toBe(covered);
    expect(cap.remainingCents).toBe(left);
    expect(cap.rule.facts.coveredCents).toBe(covered);
  });
});
