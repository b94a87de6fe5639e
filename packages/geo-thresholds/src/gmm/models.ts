/**
 * The models on offer. Coefficients are data (JSON beside this file), not code: a new
 * coefficient set is a new file, or a call to one of the factories below.
 */
import imgTrillingstool from './coefficients/img-trillingstool.json' with { type: 'json' };
import type { GroundMotionModel, ModelEvent, ModelSite } from './model.js';

/** The coefficients of the 2019 model (epicentral distance, no site term). */
export interface Bommer2019Coefficients {
  c1: number;
  c2: number;
  c4: number;
  c4a: number;
  c4b: number;
  sigma: number;
}

/** What names a model and where its coefficients come from, for the model factories. */
export interface ModelSpec<K> {
  /** A short id, e.g. `img-2019-maxrot`. */
  id: string;
  /** A human-readable label. */
  label: string;
  coefficients: K;
  /** The publication the coefficients come from. */
  reference: string;
}

/**
 * Bommer, Stafford & Ntinalexis (2019): epicentral distance, no depth, no site term.
 * h(ML) = exp(0.4233 ML − 0.6083); breaks at 6.32 and 11.62 km.
 */
export function bommer2019({
  id,
  label,
  coefficients: k,
  reference,
}: ModelSpec<Bommer2019Coefficients>): GroundMotionModel {
  return {
    id,
    label,
    reference,
    distance: 'epicentral',
    needsVs30: false,
    sourceTerm: (event) => k.c1 + k.c2 * event.ml,
    maxSiteTerm: 0,
    offsetSquared: (event) => Math.exp(2 * (0.4233 * event.ml - 0.6083)),
    breaks: [6.32, 11.62],
    slopes: [k.c4, k.c4a, k.c4b],
    sigma: k.sigma,
  };
}

/** The coefficients of the 2021 model (hypocentral distance, VS30 site term). */
export interface Bommer2021Coefficients {
  c1: number;
  c2: number;
  c3: number;
  c4: number;
  c5: number;
  c6: number;
  c7: number;
  c8: number;
  sigma: number;
}

/** VS30 range of the published per-postcode map (158–317 m/s): the site term's bound. */
const VS30_MIN = 150;
const VS30_REFERENCE = 200;
/** Depth of Groningen-field events when the catalogue has none (the reservoir, about 3 km). */
export const DEFAULT_DEPTH_KM = 3;

/**
 * Bommer, Stafford & Ntinalexis (2021): hypocentral distance with an effective depth
 * h = exp(c6 + c7 M), site term c8 ln(VS30/200); breaks at 7 and 12 km.
 */
export function bommer2021({
  id,
  label,
  coefficients: k,
  reference,
}: ModelSpec<Bommer2021Coefficients>): GroundMotionModel {
  const siteTerm = (site: ModelSite) => {
    if (site.vs30 === undefined) throw new TypeError(`model ${id} needs site.vs30 (m/s)`);
    return k.c8 * Math.log(site.vs30 / VS30_REFERENCE);
  };
  return {
    id,
    label,
    reference,
    distance: 'hypocentral',
    needsVs30: true,
    sourceTerm: (event, site) => k.c1 + k.c2 * event.ml + siteTerm(site),
    maxSiteTerm: Math.max(0, k.c8 * Math.log(VS30_MIN / VS30_REFERENCE)),
    offsetSquared: (event: ModelEvent) => {
      const depth = event.depthKm ?? DEFAULT_DEPTH_KM;
      return depth * depth + Math.exp(2 * (k.c6 + k.c7 * event.ml));
    },
    breaks: [7, 12],
    slopes: [k.c3, k.c4, k.c5],
    sigma: k.sigma,
  };
}

/** The coefficients of the Dost et al. (2004) form. */
export interface Dost2004Coefficients {
  /** log10 PGV[cm/s] = a + b ML + c log10 R, R hypocentral in km. */
  a: number;
  b: number;
  c: number;
  /** Standard deviation of log10 PGV. */
  sigmaLog10: number;
}

/**
 * The form of Dost, Van Eck & Haak (2004): log10 PGV = a + b ML + c log10 R (hypocentral).
 * The package ships no coefficient set for it (none was at hand from a source we could cite);
 * pass the published values.
 */
export function dost2004(
  k: Dost2004Coefficients,
  reference = 'Dost, Van Eck & Haak (2004)',
): GroundMotionModel {
  return {
    id: 'dost-2004',
    label: 'Dost et al. (2004), hypocentral',
    reference,
    distance: 'hypocentral',
    needsVs30: false,
    sourceTerm: (event) => Math.LN10 * (k.a + k.b * event.ml),
    maxSiteTerm: 0,
    offsetSquared: (event) => (event.depthKm ?? DEFAULT_DEPTH_KM) ** 2,
    breaks: [],
    slopes: [k.c],
    sigma: Math.LN10 * k.sigmaLog10,
  };
}

/** GEO-GMM: the IMG trillingstool's model, the default everywhere. */
export const IMG_MODEL = bommer2019({
  id: 'img-2019-maxrot',
  label: 'IMG trillingstool: Bommer et al. (2019), MaxRot, epicentral',
  coefficients: imgTrillingstool.maxrot,
  reference:
    'Bommer, Stafford & Ntinalexis (2019), MaxRot, as in a published copy of the IMG trillingstool (domain.md §4.1)',
});
