/**
 * @img-groningen/geo-thresholds/models — TNO's published coefficient sets for comparison with
 * the IMG's model (domain.md §4.1). Data, in an entry of its own: the main entry carries only
 * the IMG trillingstool's model.
 */
import tno2019 from './coefficients/gmm_pgv_empirical_2019_tno.json' with { type: 'json' };
import tno2021 from './coefficients/gmm_pgv_empirical_2021_tno.json' with { type: 'json' };
import type { GroundMotionModel } from './model.js';
import { IMG_MODEL, bommer2019, bommer2021 } from './models.js';

const REF_2019 =
  'Bommer, Stafford & Ntinalexis (2019), empirical PGV model for Groningen; TNO coefficient set (EUPL v1.2)';
const REF_2021 =
  'Bommer, Stafford & Ntinalexis (2021), empirical PGV model for Groningen, Eq. 3.1–3.4; TNO coefficient set (EUPL v1.2)';

/** Every model on offer by id: the IMG's (the default) and TNO's 2019 and 2021 sets. */
export const MODELS: Readonly<Record<string, GroundMotionModel>> = {
  [IMG_MODEL.id]: IMG_MODEL,
  'tno-2019-gm': bommer2019({
    id: 'tno-2019-gm',
    label: 'TNO 2019, geometric mean',
    coefficients: tno2019.gm,
    reference: REF_2019,
  }),
  'tno-2019-larger': bommer2019({
    id: 'tno-2019-larger',
    label: 'TNO 2019, larger component',
    coefficients: tno2019.larger,
    reference: REF_2019,
  }),
  'tno-2019-maxrot': bommer2019({
    id: 'tno-2019-maxrot',
    label: 'TNO 2019, MaxRot',
    coefficients: tno2019.maxrot,
    reference: REF_2019,
  }),
  'tno-2021-gm': bommer2021({
    id: 'tno-2021-gm',
    label: 'TNO 2021, geometric mean, with VS30',
    coefficients: tno2021.gm,
    reference: REF_2021,
  }),
  'tno-2021-larger': bommer2021({
    id: 'tno-2021-larger',
    label: 'TNO 2021, larger component, with VS30',
    coefficients: tno2021.larger,
    reference: REF_2021,
  }),
  'tno-2021-maxrot': bommer2021({
    id: 'tno-2021-maxrot',
    label: 'TNO 2021, MaxRot, with VS30',
    coefficients: tno2021.maxrot,
    reference: REF_2021,
  }),
};
