/**
 * Outreach (stille gedupeerden): addresses in the effect area or the 6 km zone that never applied,
 * with what they may be eligible for. The vibration comes from `@img-groningen/geo-thresholds`
 * (the quake catalogue in the database, the IMG's ground-motion model), the verdict on location
 * from `@img-groningen/eligibility` (VES-5), so the reasons match what an application would get.
 * Pure: the caller passes the rows.
 */
import { evaluateVes, type EligibilityFacts } from '@img-groningen/eligibility';
import {
  BASELINE_SURVEY_PGV,
  PgvIndex,
  amsterdamDate,
  rdToWgs84,
  sixKmZone,
  type QuakeEvent,
} from '@img-groningen/geo-thresholds';
import { GRONINGEN_FIELD } from '@img-groningen/geo-thresholds/field-outline';

export interface OutreachObject {
  id: number;
  x: number;
  y: number;
  constructionYear: number;
  municipalityCode: string;
}

export interface OutreachQuake {
  id: string;
  occurredAt: string;
  place: string | null;
  ml: number;
  depthKm: number | null;
  x: number;
  y: number;
  field: string;
}

/** Where an address stands on location (VES-5) without an application. */
export type LocationVerdict = 'VES-5a' | 'VES-5c' | 'outside';

export interface OutreachCounts {
  municipalityCode: string;
  /** Addresses that never applied. */
  neverApplied: number;
  /** Of those: in the effect area with ≥ 2 mm/s after the construction year (VES-5a). */
  effectArea: number;
  /** Outside 5a, within the 6 km zone and built before 2013 (VES-5c). */
  sixKmZone: number;
  /** Of the eligible-by-location: a baseline survey would be indicated (VES-10, ≥ 5 mm/s). */
  baselineSurvey: number;
  /** Outside both: only an IEDB area (VES-5b, not in our data) could still qualify them. */
  outside: number;
}

export function toQuakeEvent(q: OutreachQuake): QuakeEvent {
  const time = new Date(q.occurredAt).toISOString();
  return {
    id: q.id,
    time,
    localDate: amsterdamDate(time),
    dateOnly: false,
    place: q.place,
    ml: q.ml,
    depthKm: q.depthKm,
    rd: { x: q.x, y: q.y },
    wgs84: rdToWgs84({ x: q.x, y: q.y }),
    field: q.field,
  };
}

/** The location verdict of one address, as an application would get it (VES-5, VES-10). */
export function locationVerdict(
  index: PgvIndex,
  object: OutreachObject,
): { verdict: LocationVerdict; baselineSurvey: boolean } {
  const point = { x: object.x, y: object.y };
  const max = index.maxPgv(point)?.pgv ?? 0;
  const afterConstruction =
    index.maxPgv(point, { after: { year: object.constructionYear } })?.pgv ?? 0;
  const facts = {
    applicant: {},
    object: { constructionYear: object.constructionYear },
    ownership: {},
    history: { damageReports: [], payments: [] },
    location: {
      maxPgv: max,
      maxPgvAfterConstruction: afterConstruction,
      inSixKmZone: sixKmZone(point, [GRONINGEN_FIELD]).inSixKmZone,
    },
    damage: {},
    dates: {},
  } as unknown as EligibilityFacts;
  const ves = evaluateVes(facts);
  const location = ves.rules.find((r) => r.id === 'VES-5')!;
  const verdict: LocationVerdict =
    location.outcome === 'pass' && (location.branch === 'VES-5a' || location.branch === 'VES-5c')
      ? location.branch
      : 'outside';
  return { verdict, baselineSurvey: verdict !== 'outside' && max >= BASELINE_SURVEY_PGV };
}

export interface ClassifiedAddress {
  object: OutreachObject;
  verdict: LocationVerdict;
  baselineSurvey: boolean;
}

/** The location verdict of every address, with one vibration index over the catalogue. */
export function classifyAddresses(
  objects: readonly OutreachObject[],
  quakes: readonly OutreachQuake[],
): ClassifiedAddress[] {
  const index = new PgvIndex(quakes.map(toQuakeEvent));
  return objects.map((object) => ({ object, ...locationVerdict(index, object) }));
}

/** Counts per municipality of the addresses that never applied, by their location verdict. */
export function outreachCounts(addresses: readonly ClassifiedAddress[]): OutreachCounts[] {
  const counts = new Map<string, OutreachCounts>();
  for (const { object, verdict, baselineSurvey } of addresses) {
    let c = counts.get(object.municipalityCode);
    if (!c) {
      c = {
        municipalityCode: object.municipalityCode,
        neverApplied: 0,
        effectArea: 0,
        sixKmZone: 0,
        baselineSurvey: 0,
        outside: 0,
      };
      counts.set(object.municipalityCode, c);
    }
    c.neverApplied++;
    if (verdict === 'VES-5a') c.effectArea++;
    else if (verdict === 'VES-5c') c.sixKmZone++;
    else c.outside++;
    if (baselineSurvey) c.baselineSurvey++;
  }
  return [...counts.values()].sort((a, b) => a.municipalityCode.localeCompare(b.municipalityCode));
}
