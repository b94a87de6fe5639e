import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '@img-groningen/vocabulary/issues';
import { evaluateVes } from './evaluate.js';
import {
  DAMAGE_TYPES,
  OWNERSHIP_RIGHTS,
  PAYERS,
  SCHEME_CODES,
  USE_CLASSES,
  parseFacts,
} from './facts.js';
import { adviseSchemes } from './advise.js';

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const date = fc
  .date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const pgv = fc.double({ min: 0, max: 200, noNaN: true });

/** Any schema-valid facts, with every field sometimes missing. */
const facts = fc.record({
  applicant: fc.record({
    kind: maybe(fc.constantFrom('natural', 'legal')),
    earlierVesOrRepairApplications: maybe(fc.nat(6)),
    preRegisteredAvv: maybe(fc.boolean()),
  }),
  object: fc.record({
    ownCadastralDesignation: maybe(fc.boolean()),
    addressCount: maybe(fc.nat(3)),
    constructionYear: maybe(fc.integer({ min: 1800, max: 2026 })),
    areaM2: maybe(fc.double({ min: 0, max: 500, noNaN: true })),
    wozValueCents: maybe(fc.nat(100_000_000)),
    useClass: maybe(fc.constantFrom(...USE_CLASSES)),
  }),
  ownership: fc.record({
    right: maybe(fc.constantFrom(...OWNERSHIP_RIGHTS)),
    ownerAtApplication: maybe(fc.boolean()),
    ownerAtDecision: maybe(fc.boolean()),
    coOwnerConsents: maybe(fc.array(fc.option(fc.boolean(), { nil: null }), { maxLength: 3 })),
  }),
  history: fc.record({
    damageReports: maybe(
      fc.array(
        fc.record({
          scheme: fc.constantFrom(...SCHEME_CODES),
          reportedOn: date,
          status: fc.constantFrom('open', 'decided', 'withdrawn'),
          decidedOn: maybe(date),
          final: maybe(fc.boolean()),
          convertibleToVes: maybe(fc.boolean()),
        }),
        { maxLength: 3 },
      ),
    ),
    payments: maybe(
      fc.array(
        fc.record({
          by: fc.constantFrom(...PAYERS),
          amountCents: fc.nat(2_000_000),
          physicalDamage: fc.boolean(),
        }),
        { maxLength: 3 },
      ),
    ),
    ongoingRepairCents: maybe(fc.nat(7_000_000)),
  }),
  location: fc.record({
    maxPgv: maybe(pgv),
    maxPgvAfterConstruction: maybe(pgv),
    maxPgvDuringOwnership: maybe(pgv),
    maxPgvAfterLastVesDecision: maybe(pgv),
    maxPgvAfterLastMaatwerkDecision: maybe(pgv),
    inEffectArea: maybe(fc.boolean()),
    inIedbArea: maybe(fc.boolean()),
    inSixKmZone: maybe(fc.boolean()),
    coreArea: maybe(fc.boolean()),
  }),
  damage: fc.record({
    types: maybe(fc.array(fc.constantFrom(...DAMAGE_TYPES), { maxLength: 3 })),
    newIedbSettlementDamage: maybe(fc.boolean()),
  }),
});

/** fast-check writes `undefined` for missing fields; JSON drops them, as real input would. */
const asJson = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

describe('properties of evaluateVes over random schema-valid facts', () => {
  it('is eligible exactly when no rule fails or is unknown, and never throws', () => {
    fc.assert(
      fc.property(facts, fc.constantFrom('afterConstruction', 'duringOwnership'), (raw, period) => {
        const result = evaluateVes(parseFacts(asJson(raw)), {
          ves5aPeriod: period as 'afterConstruction',
        });
        const blocking = result.rules.filter(
          (r) => r.outcome === 'fail' || r.outcome === 'unknown',
        );
        expect(result.outcome === 'eligible').toBe(blocking.length === 0);
        expect(result.outcome === 'not-eligible').toBe(
          result.rules.some((r) => r.outcome === 'fail'),
        );
        expect(result.missing).toEqual(
          result.rules.filter((r) => r.outcome === 'unknown').map((r) => r.id),
        );
        expect(() => adviseSchemes(parseFacts(asJson(raw)))).not.toThrow();
      }),
      { numRuns: 2_000 },
    );
  });

  it('rejects schema-invalid input with an InputError that names the path', () => {
    const invalid = fc.constantFrom(
      [{ applicant: { kind: 'robot' } }, 'applicant.kind'],
      [{ object: { constructionYear: 'oud' } }, 'object.constructionYear'],
      [{ location: { maxPgv: -1 } }, 'location.maxPgv'],
      [
        { history: { payments: [{ by: 'NAM', amountCents: 1.5, physicalDamage: true }] } },
        'history.payments.0.amountCents',
      ],
      [
        {
          history: { damageReports: [{ scheme: 'VES', reportedOn: '2024-02-30', status: 'open' }] },
        },
        'history.damageReports.0.reportedOn',
      ],
      [{ history: { damageReports: [{ scheme: 'VES' }] } }, 'history.damageReports.0.status'],
      [{ location: { maxPgvAfterLastDecision: 3 } }, 'location.maxPgvAfterLastDecision'],
      [{ ownership: { right: 'eigendom', extra: true } }, 'ownership.extra'],
      [{ history: { payments: [{ amountCents: 100, payer: 'NAM' }] } }, 'history.payments.0.payer'],
      [
        { history: { damageReports: [{ scheme: 'VES', status: 'open', decided: '2024-01-01' }] } },
        'history.damageReports.0.decided',
      ],
    );
    fc.assert(
      fc.property(invalid, ([input, path]) => {
        try {
          parseFacts(input);
          return false;
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
          expect((error as InputError).issues.map((i) => i.path.join('.'))).toContain(path);
          expect((error as InputError).message).toContain(`facts.${path}: `);
          return true;
        }
      }),
    );
  });
});
