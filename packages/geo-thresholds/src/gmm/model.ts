/**
 * Ground-motion models of one family: ln PGV = source term + site term + g(R), with
 * R = sqrt(Repi² + H²) and g a continuous, piecewise-linear function of ln R. The IMG's model
 * (Bommer et al. 2019, epicentral), the 2021 model (hypocentral, with a VS30 site term) and
 * Dost et al. (2004) all have this shape, so one engine evaluates them, bounds them for the
 * spatial index, and inverts them in closed form for the radius of an area above a threshold.
 */

/** The 99th percentile of the standard normal: PGV "with 1 % exceedance" (GEO-GMM). */
export const Z_ONE_PERCENT = 2.3263;

/** What a model needs of a quake. */
export interface ModelEvent {
  /** Local magnitude ML. */
  ml: number;
  /**
   * Depth in km, read only by hypocentral models; absent or null when the catalogue has none
   * (they then take `DEFAULT_DEPTH_KM`). The IMG's epicentral model never reads it.
   */
  depthKm?: number | null | undefined;
}

/** What a model needs of the site. */
export interface ModelSite {
  /** Shear-wave velocity of the top 30 m in m/s, for models with a site term. */
  vs30?: number | undefined;
}

/** A ground-motion model of the family the package evaluates (see the module comment). */
export interface GroundMotionModel {
  id: string;
  label: string;
  reference: string;
  distance: 'epicentral' | 'hypocentral';
  /** Whether the model needs `site.vs30`. */
  needsVs30: boolean;
  /** ln PGV (cm/s) at R = 1 km: everything but the distance term. */
  sourceTerm(event: ModelEvent, site: ModelSite): number;
  /** The largest site term the model can give (for bounds); 0 without a site term. */
  maxSiteTerm: number;
  /** H² in km²: R² = Repi² + H². */
  offsetSquared(event: ModelEvent): number;
  /** Breakpoints of g in km, ascending; `slopes` has one more entry. */
  breaks: readonly number[];
  /** Slopes of g in ln R on each segment; all negative (PGV falls with distance). */
  slopes: readonly number[];
  /** Total standard deviation of ln PGV. */
  sigma: number;
}

const LN_CM_TO_MM = Math.log(10);

/** g(R): the distance term. */
export function spreading(model: GroundMotionModel, r: number): number {
  const lnR = Math.log(r);
  let g = 0;
  let lnLow = 0;
  for (let i = 0; i < model.slopes.length; i++) {
    const lnHigh = i < model.breaks.length ? Math.log(model.breaks[i]!) : Infinity;
    if (lnR <= lnHigh) return g + model.slopes[i]! * (lnR - lnLow);
    g += model.slopes[i]! * (lnHigh - lnLow);
    lnLow = lnHigh;
  }
  return g;
}

/**
 * g as a function of ln R² (half of ln R² is ln R), for hot loops: no square root, one
 * logarithm, the segment constants computed once.
 */
export function spreadingOfLnR2(model: GroundMotionModel): (lnR2: number) => number {
  const lnBreaks = model.breaks.map((b) => Math.log(b));
  const gAtBreaks = model.breaks.map((b) => spreading(model, b));
  const slopes = model.slopes;
  if (slopes.length === 3 && lnBreaks.length === 2) {
    const [s0, s1, s2] = slopes as [number, number, number];
    const [l0, l1] = lnBreaks as [number, number];
    const [g0, g1] = gAtBreaks as [number, number];
    return (lnR2) => {
      const lnR = 0.5 * lnR2;
      return lnR <= l0 ? s0 * lnR : lnR <= l1 ? g0 + s1 * (lnR - l0) : g1 + s2 * (lnR - l1);
    };
  }
  return (lnR2) => spreading(model, Math.exp(0.5 * lnR2));
}

/** ln PGV in mm/s at the standard-normal quantile z: positional, for the package's hot loops. */
export function lnPgvAt(
  model: GroundMotionModel,
  event: ModelEvent,
  site: ModelSite,
  epicentralKm: number,
  z: number,
): number {
  const r = Math.sqrt(epicentralKm * epicentralKm + model.offsetSquared(event));
  return model.sourceTerm(event, site) + spreading(model, r) + z * model.sigma + LN_CM_TO_MM;
}

/** One quake seen from one place, for `pgv` and `lnPgv`. */
export interface PgvQuery {
  /** The ground-motion model; `IMG_MODEL` is the IMG's. */
  model: GroundMotionModel;
  event: ModelEvent;
  /** Epicentral distance in km. */
  distanceKm: number;
  /** The site, for models with a site term (VS30); none needed by the IMG's model. */
  site?: ModelSite | undefined;
  /** Exceedance probability; 1 % (0.01) unless said otherwise. */
  exceedance?: number | undefined;
}

/** ln PGV in mm/s with the given exceedance probability (default 1 %). */
export function lnPgv({
  model,
  event,
  distanceKm,
  site = {},
  exceedance = 0.01,
}: PgvQuery): number {
  return lnPgvAt(model, event, site, distanceKm, zForExceedance(exceedance));
}

/** PGV in mm/s with the given exceedance probability (default 1 %). */
export function pgv(query: PgvQuery): number {
  return Math.exp(lnPgv(query));
}

/** A quake and a threshold, for `radiusKm` and `radiusByBisection`. */
export interface RadiusQuery {
  /** The ground-motion model; `IMG_MODEL` is the IMG's. */
  model: GroundMotionModel;
  event: ModelEvent;
  /** The PGV threshold in mm/s, e.g. `EFFECT_AREA_PGV`. */
  thresholdMmS: number;
  site?: ModelSite | undefined;
  /** Exceedance probability; 1 % (0.01) unless said otherwise. */
  exceedance?: number | undefined;
}

/**
 * The epicentral radius (km) within which the PGV reaches `thresholdMmS`, in closed form: g is
 * monotone and piecewise linear in ln R, so each segment inverts exactly. 0 when not even the
 * epicentre reaches it.
 */
export function radiusKm({
  model,
  event,
  thresholdMmS,
  site = {},
  exceedance = 0.01,
}: RadiusQuery): number {
  if (!(thresholdMmS > 0))
    throw new RangeError(`threshold must be a positive PGV in mm/s, got ${thresholdMmS}`);
  const target =
    Math.log(thresholdMmS) -
    model.sourceTerm(event, site) -
    zForExceedance(exceedance) * model.sigma -
    LN_CM_TO_MM;
  const h2 = model.offsetSquared(event);
  const rMin = Math.sqrt(h2);
  if (spreading(model, rMin) < target) return 0;
  // Walk the segments; on segment i, g(R) = gStart + slope * (ln R - ln start).
  let gStart = 0;
  let lnStart = 0;
  let lnR = NaN;
  for (let i = 0; i < model.slopes.length; i++) {
    const lnEnd = i < model.breaks.length ? Math.log(model.breaks[i]!) : Infinity;
    const slope = model.slopes[i]!;
    const gEnd = lnEnd === Infinity ? -Infinity : gStart + slope * (lnEnd - lnStart);
    if (target >= gEnd) {
      lnR = lnStart + (target - gStart) / slope;
      break;
    }
    gStart = gEnd;
    lnStart = lnEnd;
  }
  const r = Math.exp(lnR);
  return Math.sqrt(Math.max(0, r * r - h2));
}

/** The same radius by bisection on the forward model: a check on the closed form. */
export function radiusByBisection({
  model,
  event,
  thresholdMmS,
  site = {},
  exceedance = 0.01,
}: RadiusQuery): number {
  const at = (distanceKm: number) => pgv({ model, event, site, distanceKm, exceedance });
  if (at(0) < thresholdMmS) return 0;
  let low = 0;
  let high = 1;
  while (at(high) >= thresholdMmS) high *= 2;
  for (let i = 0; i < 200 && high - low > 1e-9; i++) {
    const mid = (low + high) / 2;
    if (at(mid) >= thresholdMmS) low = mid;
    else high = mid;
  }
  return low;
}

/** The standard-normal quantile for an exceedance probability (Acklam's rational approximation). */
export function zForExceedance(exceedance: number): number {
  if (exceedance === 0.01) return Z_ONE_PERCENT;
  if (!(exceedance > 0 && exceedance < 1))
    throw new RangeError(`exceedance must lie between 0 and 1, got ${exceedance}`);
  return normalQuantile(1 - exceedance);
}

function normalQuantile(p: number): number {
  const a = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
    2.506628277459239,
  ];
  const b = [
    -54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972,
    -13.28068155288572,
  ];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734,
    4.374664141464968, 2.938163982698783,
  ];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  const poly = (k: number[], x: number) => k.reduce((acc, coefficient) => acc * x + coefficient, 0);
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    return poly(c, q) / (poly(d, q) * q + 1);
  }
  if (p > 1 - low) {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    return -poly(c, q) / (poly(d, q) * q + 1);
  }
  const q = p - 0.5;
  const r = q * q;
  return (poly(a, r) * q) / (poly(b, r) * r + 1);
}
