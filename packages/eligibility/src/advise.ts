/**
 * The core of a choice aid: every scheme this applicant can choose now for this object, with
 * what the choice means — final or not, the amount or cap, a baseline survey, and what is still
 * missing before we can say for sure.
 */
import { evaluateAvv, maatwerkNewDamage, repairCap, type AmountOptions } from './amounts.js';
import { evaluateVes, type EvaluateOptions } from './evaluate.js';
import type { EligibilityFacts } from './facts.js';
import type { Text } from './result.js';

/** What one scheme means for this applicant and object. */
export interface SchemeAdvice {
  scheme: 'VES' | 'AVV' | 'MAATWERK' | 'HERSTEL';
  /** yes: can be chosen; maybe: depends on missing facts; no: cannot be chosen now. */
  available: 'yes' | 'maybe' | 'no';
  final: boolean;
  amountCents: number | null;
  capCents: number | null;
  baselineSurvey: boolean | null;
  missing: string[];
  /** The rule ids behind the verdict, failing ones first. */
  because: string[];
  summary: Text;
}

const T = (nl: string, en: string): Text => ({ nl, en });

/** Every scheme the applicant can choose now for this object, with what the choice means. */
export function adviseSchemes(
  facts: EligibilityFacts,
  options: EvaluateOptions & AmountOptions = {},
): SchemeAdvice[] {
  const ves = evaluateVes(facts, options);
  const failingVes = ves.rules.filter((r) => r.outcome === 'fail').map((r) => r.id);
  const advice: SchemeAdvice[] = [
    {
      scheme: 'VES',
      available:
        ves.outcome === 'eligible' ? 'yes' : ves.outcome === 'needs-information' ? 'maybe' : 'no',
      final: true,
      amountCents: ves.amount.cents,
      capCents: null,
      baselineSurvey: ves.baselineSurvey.needed,
      missing: ves.missing,
      because: [...failingVes, ...ves.missing],
      summary: T(
        'Vast bedrag zonder onderzoek naar de oorzaak; finaal: een nieuwe aanvraag pas na een beving van meer dan 5 mm/s (VES-9).',
        'A fixed amount without research into the cause; final: a new application only after a quake of more than 5 mm/s (VES-9).',
      ),
    },
  ];

  const avv = evaluateAvv(facts, options);
  advice.push({
    scheme: 'AVV',
    available:
      avv.outcome === 'eligible' ? 'yes' : avv.outcome === 'needs-information' ? 'maybe' : 'no',
    final: true,
    amountCents: avv.topUpCents,
    capCents: avv.targetCents,
    baselineSurvey: null,
    missing: avv.rules.filter((r) => r.outcome === 'unknown').map((r) => r.id),
    because: avv.rules.filter((r) => r.outcome !== 'pass').map((r) => r.id),
    summary: T(
      'Aanvulling van eerdere vergoedingen voor fysieke schade tot EUR 5.000 of EUR 10.000 (AVV-1).',
      'A top-up of earlier physical-damage compensation to EUR 5,000 or EUR 10,000 (AVV-1).',
    ),
  });

  // Maatwerk and repair need the object's owner and a location where mining can cause damage;
  // after a final maatwerk decision, new damage needs a new quake (MW-1).
  const owner = ves.rules.find((r) => r.id === 'VES-3')!;
  const location = ves.rules.find((r) => r.id === 'VES-5')!;
  const mw1 = maatwerkNewDamage(facts);
  const base = [owner, location, mw1];
  const blocked = base.filter((r) => r.outcome === 'fail').map((r) => r.id);
  const unknown = base.filter((r) => r.outcome === 'unknown').map((r) => r.id);
  const availability = blocked.length > 0 ? 'no' : unknown.length > 0 ? 'maybe' : 'yes';
  advice.push({
    scheme: 'MAATWERK',
    available: availability,
    final: false,
    amountCents: null,
    capCents: null,
    baselineSurvey: null,
    missing: unknown,
    because: [...blocked, ...unknown],
    summary: T(
      'Onafhankelijke deskundigen beoordelen de oorzaak; vergoeding van elk bedrag. Kan vanaf 2025 finaal zijn (MW-1).',
      'Independent experts assess the cause; compensation of any amount. May be final from 2025 (MW-1).',
    ),
  });
  const cap = repairCap(facts);
  advice.push({
    scheme: 'HERSTEL',
    available: availability === 'yes' && cap.remainingCents === 0 ? 'no' : availability,
    final: false,
    amountCents: null,
    capCents: cap.remainingCents,
    baselineSurvey: null,
    missing: unknown,
    because: [...blocked, ...unknown, ...(cap.remainingCents === 0 ? ['HER-1'] : [])],
    summary: T(
      'Daadwerkelijk herstel door een eigen aannemer (HEA) of een aannemer van het IMG (HIN), zonder onderzoek naar de oorzaak, tot EUR 60.000 per traject (HER-1).',
      'Actual repair by your own contractor (HEA) or an IMG contractor (HIN), without research into the cause, up to EUR 60,000 per trajectory (HER-1).',
    ),
  });
  return advice;
}
