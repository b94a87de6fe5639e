/**
 * @img-groningen/geo-thresholds/field-outline — the outline of the Groningen gas field (TNO),
 * in RD New: about 200 kB, so it is an entry of its own rather than part of the main one.
 */
import fieldOutline from './data/groningen-field-outline.json' with { type: 'json' };
import type { Zone } from './zones.js';

/** The Groningen field as a zone, for `sixKmZone`, `isInside` and `distanceToOutlineKm`. */
export const GRONINGEN_FIELD: Zone = {
  name: 'Groningen field (TNO outline)',
  rings: [fieldOutline.ring.map(([x, y]) => ({ x: x!, y: y! }))],
};
