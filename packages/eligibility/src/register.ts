/**
 * The record for the Dutch Algoritmeregister, generated from the same rule definitions the
 * engine runs on, so the published text and the code cannot drift apart.
 */
import { OTHER_RULES } from './amounts.js';
import { VES_RULES } from './ves.js';
import type { RuleDefinition } from './result.js';

/** Every rule of the package as data. */
export const ALL_RULES: readonly RuleDefinition[] = [...VES_RULES, ...OTHER_RULES];

/** The fields of the Dutch Algoritmeregister publication standard. */
export interface AlgorithmRegisterRecord {
  name: string;
  organisation: string;
  shortDescription: string;
  purposeAndImpact: string;
  legalBasis: string;
  humanIntervention: string;
  dataUsed: string[];
  technicalWorking: string;
  rules: { id: string; title: string; description: string; source: string }[];
  sourceCode: string;
}

/** The Algoritmeregister record of the package, in Dutch or English, from the rule definitions. */
export function algorithmRegisterRecord(language: 'nl' | 'en' = 'nl'): AlgorithmRegisterRecord {
  const nl = language === 'nl';
  const inputs = [...new Set(ALL_RULES.flatMap((r) => r.inputs))].sort();
  return {
    name: nl
      ? 'Toets voorwaarden schaderegelingen (vaste vergoeding en aanvullende regelingen)'
      : 'Check of the conditions of the damage schemes (fixed compensation and related schemes)',
    organisation: 'Instituut Mijnbouwschade Groningen (IMG)',
    shortDescription: nl
      ? `Het algoritme toetst per aanvraag ${VES_RULES.length} voorwaarden van de vaste vergoeding en ${OTHER_RULES.length} regels van de aanvullende vaste vergoeding, herstel en maatwerk, en geeft per regel de uitkomst en de reden.`
      : `The algorithm checks, per application, ${VES_RULES.length} conditions of the fixed compensation and ${OTHER_RULES.length} rules of the supplementary compensation, repair and maatwerk, and gives the outcome and reason per rule.`,
    purposeAndImpact: nl
      ? 'Aanvragers snel en gelijk behandelen: dezelfde feiten geven dezelfde uitkomst, met een uitleg per regel. De uitkomst bepaalt of een aanvraag voor de vaste vergoeding in aanmerking komt en welke regelingen een aanvrager kan kiezen.'
      : 'To treat applicants quickly and equally: the same facts give the same outcome, with an explanation per rule. The outcome decides whether an application qualifies for the fixed compensation and which schemes an applicant can choose.',
    legalBasis: nl
      ? 'Tijdelijke wet Groningen; de regelingen van het IMG (vaste vergoeding, aanvullende vaste vergoeding, herstel); Algemene wet bestuursrecht (bezwaar).'
      : 'Tijdelijke wet Groningen; the IMG schemes (fixed compensation, supplementary fixed compensation, repair); the General Administrative Law Act (objections).',
    humanIntervention: nl
      ? 'Het algoritme neemt geen besluit. Een medewerker van het IMG beoordeelt de uitkomst en neemt het besluit; bij ontbrekende gegevens vraagt de medewerker die op. Tegen elk besluit staat bezwaar open.'
      : 'The algorithm takes no decision. An IMG employee reviews the outcome and decides; when information is missing the employee asks for it. Every decision is open to objection.',
    dataUsed: inputs,
    technicalWorking: ALL_RULES.map(
      (r) => `${r.id} — ${r.title[language]}: ${r.description[language]}`,
    ).join('\n'),
    rules: ALL_RULES.map((r) => ({
      id: r.id,
      title: r.title[language],
      description: r.description[language],
      source: r.source,
    })),
    sourceCode: '@img-groningen/eligibility (packages/eligibility)',
  };
}
