/**
 * @img-groningen/geo-thresholds/models — TNO's coefficient sets (2019 and 2021) beside the
 * IMG's model, by id, for comparison.
 *
 * @packageDocumentation
 */
export { MODELS } from './gmm/tno-models.js';
