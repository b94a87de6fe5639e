/**
 * The models on offer. Coefficients are data (JSON beside this file), not code: a new
 * coefficient set is a new file, or a call to one of the factories below.
 */
import tno2019 from './coefficients/gmm_pgv_empirical_2019_tno.json';
import tno2021 from './coefficients/gmm_pgv_empirical_2021_tno.json';
import imgTrillingstool from './coefficients/img-trillingstool.json';
import type { GroundMotionModel, ModelEvent, ModelSite } from './model';

export interface Bommer2019Coefficients {
  c1: number;
  c2: number;
  c4: number;
  c4a: number;
  c4b: number;
  sigma: number;
}

/**
 * Bommer, Stafford & Ntinalexis (2019): epicentral distance, no depth, no site term.
 * h(ML) = exp(0.4233 ML − 0.6083); breaks at 6.32 and 11.62 km.
 */
export function bommer2019(
  id: string,
  label: string,
  k: Bommer2019Coefficients,
  reference: string,
): GroundMotionModel {
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
export function bommer2021(
  id: string,
  label: string,
  k: Bommer2021Coefficients,
  reference: string,
): GroundMotionModel {
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

const REF_2019 =
  'Bommer, Stafford & Ntinalexis (2019), empirical PGV model for Groningen; TNO coefficient set (EUPL v1.2)';
const REF_2021 =
  'Bommer, Stafford & Ntinalexis (2021), empirical PGV model for Groningen, Eq. 3.1–3.4; TNO coefficient set (EUPL v1.2)';

/** GEO-GMM: the IMG trillingstool's model, the default everywhere. */
export const IMG_MODEL = bommer2019(
  'img-2019-maxrot',
  'IMG trillingstool: Bommer et al. (2019), MaxRot, epicentral',
  imgTrillingstool.maxrot,
  'Bommer, Stafford & Ntinalexis (2019), MaxRot, as in a published copy of the IMG trillingstool (domain.md §4.1)',
);

export const MODELS: Readonly<Record<string, GroundMotionModel>> = {
  [IMG_MODEL.id]: IMG_MODEL,
  'tno-2019-gm': bommer2019('tno-2019-gm', 'TNO 2019, geometric mean', tno2019.gm, REF_2019),
  'tno-2019-larger': bommer2019(
    'tno-2019-larger',
    'TNO 2019, larger component',
    tno2019.larger,
    REF_2019,
  ),
  'tno-2019-maxrot': bommer2019('tno-2019-maxrot', 'TNO 2019, MaxRot', tno2019.maxrot, REF_2019),
  'tno-2021-gm': bommer2021(
    'tno-2021-gm',
    'TNO 2021, geometric mean, with VS30',
    tno2021.gm,
    REF_2021,
  ),
  'tno-2021-larger': bommer2021(
    'tno-2021-larger',
    'TNO 2021, larger component, with VS30',
    tno2021.larger,
    REF_2021,
  ),
  'tno-2021-maxrot': bommer2021(
    'tno-2021-maxrot',
    'TNO 2021, MaxRot, with VS30',
    tno2021.maxrot,
    REF_2021,
  ),
};
