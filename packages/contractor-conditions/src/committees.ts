/**
 * Disputes committees recognised by the government (AAN-3c): a maintained list, each with the
 * period of its recognition. The default is the construction-related committees of the
 * Stichting Geschillencommissies voor Consumentenzaken (SGC), which the Minister of Justice
 * and Security recognises; pass your own list when it changes.
 */
export interface RecognisedCommittee {
  name: string;
  recognisedFrom: string | null;
  recognisedUntil: string | null;
}

/** The default list of recognised disputes committees (AAN-3c). */
export const RECOGNISED_DISPUTES_COMMITTEES: readonly RecognisedCommittee[] = [
  { name: 'Geschillencommissie Bouw en Installatie', recognisedFrom: null, recognisedUntil: null },
  { name: 'Geschillencommissie Klussen en Onderhoud', recognisedFrom: null, recognisedUntil: null },
  { name: 'Geschillencommissie Wonen', recognisedFrom: null, recognisedUntil: null },
  { name: 'Geschillencommissie Woninggarantie', recognisedFrom: null, recognisedUntil: null },
];
