/**
 * The admission rules for repair by own contractor (HEA), checked on a given date (domain.md
 * §5, source 000). Each rule returns its own verdict with a reason in Dutch and English and the
 * facts it used; a rule whose facts are missing says "unknown", never "fail".
 */
import { addYears, type IsoDate } from '@img-groningen/statutory-terms';
import type { RecognisedCommittee } from './committees.js';
import type { ContractorFacts, Worker } from './facts.js';

/** The outcome of one rule; `unknown` when a fact it needs is missing (never `fail`). */
export type RuleOutcome = 'pass' | 'fail' | 'unknown';

/** One rule's verdict, with its reason in Dutch and English and the facts it used. */
export interface RuleResult {
  /** The rule's id in the specification (domain.md §5), e.g. `AAN-3c`. */
  id: string;
  /**
   * A part of the rule this package checks on its own: `AAN-4` is checked as part `a` (every
   * employee and subcontractor has a basic safety certificate) and part `b` (at least one
   * employee has VCA-VOL).
   */
  part?: 'a' | 'b';
  outcome: RuleOutcome;
  reason: { nl: string; en: string };
  facts: Record<string, unknown>;
}

export interface RuleContext {
  onDate: IsoDate;
  committees: readonly RecognisedCommittee[];
  /** The agreement version that must have been accepted; any version when absent. */
  requiredAgreementVersion?: string | undefined;
}

/** VCA diplomas are valid for 10 years (domain.md §8). */
export const VCA_VALIDITY_YEARS = 10;
/** SBI section F, construction: codes starting 41, 42 or 43 in SBI 2008 and SBI 2025 alike. */
export const CONSTRUCTION_SBI_PREFIXES = ['41', '42', '43'] as const;

const result = (
  id: string,
  outcome: RuleOutcome,
  nl: string,
  en: string,
  facts: Record<string, unknown> = {},
): RuleResult => ({
  id,
  outcome,
  reason: { nl, en },
  facts,
});

/** A diploma is valid from its issue date up to the day before its tenth anniversary. */
export function diplomaValidUntil(issued: IsoDate): IsoDate {
  return addYears(issued, VCA_VALIDITY_YEARS);
}
const validOn = (issued: IsoDate, on: IsoDate) => issued <= on && on < diplomaValidUntil(issued);
const inPeriod = (
  from: IsoDate | null | undefined,
  until: IsoDate | null | undefined,
  on: IsoDate,
) => (from == null || from <= on) && (until == null || on <= until);

/** Whether a worker holds a valid basic safety certificate on a date, or an exemption (AAN-4 a). */
export function hasBasicCertificate(worker: Worker, on: IsoDate): boolean {
  if (worker.exemption && (worker.exemption.until === null || on <= worker.exemption.until))
    return true;
  return worker.diplomas.some((d) => validOn(d.issued, on));
}

/** Whether a worker holds a valid VOL-VCA on a date (AAN-4 b). */
export function hasVolVca(worker: Worker, on: IsoDate): boolean {
  return worker.diplomas.some((d) => d.kind === 'VOL-VCA' && validOn(d.issued, on));
}

export function aan1(facts: ContractorFacts, { onDate }: RuleContext): RuleResult {
  const { kvk } = facts;
  if (kvk === undefined)
    return result(
      'AAN-1',
      'unknown',
      'Niet bekend of het bedrijf bij de KVK is ingeschreven.',
      'Not known whether the company is registered with the KVK.',
    );
  if (kvk === null)
    return result(
      'AAN-1',
      'fail',
      'Het bedrijf is niet ingeschreven bij de KVK.',
      'The company is not registered with the KVK.',
      { kvk: null },
    );
  // A registration of unknown date counts as registered: only a known later start or an
  // earlier end says otherwise.
  const registered =
    (kvk.registeredSince === undefined || kvk.registeredSince <= onDate) &&
    (kvk.deregisteredOn == null || onDate < kvk.deregisteredOn);
  const number = kvk.number === undefined ? '' : ` onder nummer ${kvk.number}`;
  const numberEn = kvk.number === undefined ? '' : ` under number ${kvk.number}`;
  return registered
    ? result(
        'AAN-1',
        'pass',
        `Ingeschreven bij de KVK${number}.`,
        `Registered with the KVK${numberEn}.`,
        { kvkNumber: kvk.number, registeredSince: kvk.registeredSince },
      )
    : result(
        'AAN-1',
        'fail',
        `Op ${onDate} niet ingeschreven bij de KVK.`,
        `Not registered with the KVK on ${onDate}.`,
        {
          kvkNumber: kvk.number,
          registeredSince: kvk.registeredSince,
          deregisteredOn: kvk.deregisteredOn ?? null,
        },
      );
}

export function aan2(facts: ContractorFacts): RuleResult {
  const country = facts.kvk?.countryOfEstablishment;
  if (country === undefined)
    return result(
      'AAN-2',
      'unknown',
      'Niet bekend in welk land het bedrijf is gevestigd.',
      'Not known in which country the company is established.',
    );
  return country === 'NL'
    ? result('AAN-2', 'pass', 'Gevestigd in Nederland.', 'Established in the Netherlands.', {
        country,
      })
    : result(
        'AAN-2',
        'fail',
        `Gevestigd in ${country}; alleen in Nederland gevestigde aannemers kunnen zich nu aanmelden.`,
        `Established in ${country}; only contractors established in the Netherlands can register for now.`,
        { country },
      );
}

function insolvencyRule(
  id: 'AAN-3a' | 'AAN-3b',
  kind: 'faillissement' | 'surseance',
  facts: ContractorFacts,
  onDate: IsoDate,
): RuleResult {
  const [nl, en] =
    kind === 'faillissement'
      ? ['failliet', 'bankrupt']
      : ['in surseance van betaling', 'in suspension of payments'];
  if (facts.insolvency === undefined)
    return result(
      id,
      'unknown',
      `Niet bekend of het bedrijf ${nl} is (insolventieregister niet geraadpleegd).`,
      `Not known whether the company is ${en} (insolvency register not consulted).`,
    );
  const current = facts.insolvency.find(
    (r) => r.kind === kind && inPeriod(r.from, r.until, onDate),
  );
  return current
    ? result(
        id,
        'fail',
        `Het bedrijf is ${nl} sinds ${current.from}.`,
        `The company is ${en} since ${current.from}.`,
        { ...current },
      )
    : result(id, 'pass', `Het bedrijf is niet ${nl}.`, `The company is not ${en}.`);
}

export const aan3a = (facts: ContractorFacts, { onDate }: RuleContext) =>
  insolvencyRule('AAN-3a', 'faillissement', facts, onDate);
export const aan3b = (facts: ContractorFacts, { onDate }: RuleContext) =>
  insolvencyRule('AAN-3b', 'surseance', facts, onDate);

/**
 * Whether a membership's committee is recognised on the date: as the facts say
 * (`recognised`), else by its name in the list (case and spacing do not matter); undefined
 * when neither tells.
 */
export function isRecognised(
  membership: { committee?: string | undefined; recognised?: boolean | undefined },
  committees: readonly RecognisedCommittee[],
  onDate: IsoDate,
): boolean | undefined {
  if (membership.recognised !== undefined) return membership.recognised;
  if (membership.committee === undefined) return undefined;
  const name = normaliseName(membership.committee);
  const listed = committees.find((c) => normaliseName(c.name) === name);
  return listed !== undefined && inPeriod(listed.recognisedFrom, listed.recognisedUntil, onDate);
}

/**
 * A committee's name as compared. Remembered: a register's recheck asks for the same few names
 * on every date it tries, and the regular expression was a fifth of its time. The memory is
 * emptied when it grows past a few thousand names.
 */
const normalised = new Map<string, string>();
function normaliseName(name: string): string {
  let found = normalised.get(name);
  if (found === undefined) {
    if (normalised.size > 4_096) normalised.clear();
    found = name.trim().replace(/\s+/g, ' ').toLowerCase();
    normalised.set(name, found);
  }
  return found;
}

export function aan3c(facts: ContractorFacts, { onDate, committees }: RuleContext): RuleResult {
  if (facts.disputesCommittees === undefined)
    return result(
      'AAN-3c',
      'unknown',
      'Niet bekend of het bedrijf lid is van een erkende geschillencommissie.',
      'Not known whether the company is a member of a recognised disputes committee.',
    );
  const valid = facts.disputesCommittees.find(
    (m) => inPeriod(m.from, m.until, onDate) && isRecognised(m, committees, onDate) === true,
  );
  if (valid)
    return result(
      'AAN-3c',
      'pass',
      `Lid van ${valid.committee ?? 'een erkende geschillencommissie'}.`,
      `Member of ${valid.committee ?? 'a recognised disputes committee'}.`,
      { ...valid },
    );
  const undecided = facts.disputesCommittees.find(
    (m) => inPeriod(m.from, m.until, onDate) && isRecognised(m, committees, onDate) === undefined,
  );
  if (undecided)
    return result(
      'AAN-3c',
      'unknown',
      'Niet bekend of de geschillencommissie door de overheid is erkend.',
      'Not known whether the disputes committee is recognised by the government.',
      { ...undecided },
    );
  const lapsed = facts.disputesCommittees.find((m) => m.until != null && m.until < onDate);
  return lapsed
    ? result(
        'AAN-3c',
        'fail',
        `Het lidmaatschap van ${lapsed.committee ?? 'de geschillencommissie'} is op ${lapsed.until} geëindigd.`,
        `The membership of ${lapsed.committee ?? 'the disputes committee'} ended on ${lapsed.until}.`,
        { ...lapsed },
      )
    : result(
        'AAN-3c',
        'fail',
        'Geen lid van een door de overheid erkende geschillencommissie.',
        'Not a member of a disputes committee recognised by the government.',
        { memberships: facts.disputesCommittees },
      );
}

export function aan3d(facts: ContractorFacts): RuleResult {
  const activities = facts.kvk?.activities;
  if (activities === undefined)
    return result(
      'AAN-3d',
      'unknown',
      'De bedrijfsactiviteiten (SBI-codes) zijn niet bekend.',
      'The business activities (SBI codes) are not known.',
    );
  const construction = activities.find((a) =>
    CONSTRUCTION_SBI_PREFIXES.some((p) => a.code.startsWith(p)),
  );
  return construction
    ? result(
        'AAN-3d',
        'pass',
        `Bouwactiviteit ingeschreven (SBI ${construction.code}).`,
        `Construction activity registered (SBI ${construction.code}).`,
        { ...construction },
      )
    : result(
        'AAN-3d',
        'fail',
        'Geen bedrijfsactiviteit in de bouw of het herstel (SBI-sectie F: 41, 42, 43) ingeschreven.',
        'No construction or repair activity (SBI section F: 41, 42, 43) registered.',
        { codes: activities.map((a) => a.code) },
      );
}

/**
 * AAN-4, works safely, in its two parts: (a) every employee and subcontractor holds a valid
 * basic safety certificate; (b) at least one employee holds a valid VCA-VOL.
 */
export function aan4(facts: ContractorFacts, { onDate }: RuleContext): RuleResult[] {
  if (facts.staff === undefined) {
    return parts(
      result(
        'AAN-4',
        'unknown',
        'Niet bekend welke medewerkers en onderaannemers er zijn en welke certificaten zij hebben.',
        'Not known which employees and subcontractors there are and what certificates they hold.',
      ),
      result(
        'AAN-4',
        'unknown',
        'Niet bekend of een medewerker een geldig VOL-VCA-certificaat heeft.',
        'Not known whether an employee holds a valid VOL-VCA certificate.',
      ),
    );
  }
  const without = facts.staff.filter((w) => !hasBasicCertificate(w, onDate)).map((w) => w.id);
  const basic =
    facts.staff.length > 0 && without.length === 0
      ? result(
          'AAN-4',
          'pass',
          'Alle medewerkers en onderaannemers hebben een geldig basisveiligheidscertificaat.',
          'Every employee and subcontractor holds a valid basic safety certificate.',
          { workers: facts.staff.length },
        )
      : result(
          'AAN-4',
          'fail',
          facts.staff.length === 0
            ? 'Er zijn geen medewerkers opgegeven.'
            : `Zonder geldig basisveiligheidscertificaat op ${onDate}: ${without.join(', ')}.`,
          facts.staff.length === 0
            ? 'No employees were listed.'
            : `Without a valid basic safety certificate on ${onDate}: ${without.join(', ')}.`,
          { without },
        );
  const supervisor = facts.staff.find((w) => w.role === 'employee' && hasVolVca(w, onDate));
  const vol = supervisor
    ? result(
        'AAN-4',
        'pass',
        `Medewerker ${supervisor.id} heeft een geldig VOL-VCA-certificaat.`,
        `Employee ${supervisor.id} holds a valid VOL-VCA certificate.`,
        { employee: supervisor.id },
      )
    : result(
        'AAN-4',
        'fail',
        `Geen medewerker met een geldig VOL-VCA-certificaat op ${onDate}.`,
        `No employee with a valid VOL-VCA certificate on ${onDate}.`,
      );
  return parts(basic, vol);
}

const parts = (a: RuleResult, b: RuleResult): RuleResult[] => [
  { ...a, part: 'a' },
  { ...b, part: 'b' },
];

export function aan5(facts: ContractorFacts): RuleResult {
  if (facts.portalCommunication === undefined)
    return result(
      'AAN-5',
      'unknown',
      'Niet bekend of alle communicatie via het aannemersportaal loopt.',
      'Not known whether all communication goes through the contractor portal.',
    );
  return facts.portalCommunication
    ? result(
        'AAN-5',
        'pass',
        'Communiceert met het IMG via het aannemersportaal.',
        'Communicates with the IMG through the contractor portal.',
      )
    : result(
        'AAN-5',
        'fail',
        'Gaat niet akkoord met communicatie via het aannemersportaal.',
        'Does not agree to communicate through the contractor portal.',
      );
}

export function aan6(
  facts: ContractorFacts,
  { onDate, requiredAgreementVersion }: RuleContext,
): RuleResult {
  const { agreement } = facts;
  if (agreement === undefined)
    return result(
      'AAN-6',
      'unknown',
      'Niet bekend of de overeenkomst met het IMG is geaccepteerd.',
      'Not known whether the agreement with the IMG was accepted.',
    );
  if (agreement === null || (agreement.acceptedOn !== undefined && agreement.acceptedOn > onDate))
    return result(
      'AAN-6',
      'fail',
      'De overeenkomst met het IMG is niet geaccepteerd.',
      'The agreement with the IMG has not been accepted.',
      { agreement },
    );
  if (requiredAgreementVersion && agreement.version === undefined)
    return result(
      'AAN-6',
      'unknown',
      `Niet bekend welke versie van de overeenkomst is geaccepteerd; versie ${requiredAgreementVersion} is nodig.`,
      `Not known which version of the agreement was accepted; version ${requiredAgreementVersion} is needed.`,
      { ...agreement, requiredAgreementVersion },
    );
  if (requiredAgreementVersion && agreement.version !== requiredAgreementVersion) {
    return result(
      'AAN-6',
      'fail',
      `Versie ${agreement.version} van de overeenkomst is geaccepteerd; versie ${requiredAgreementVersion} is nodig.`,
      `Version ${agreement.version} of the agreement was accepted; version ${requiredAgreementVersion} is needed.`,
      { ...agreement, requiredAgreementVersion },
    );
  }
  return result(
    'AAN-6',
    'pass',
    `Overeenkomst${agreement.version ? ` versie ${agreement.version}` : ''} geaccepteerd${agreement.acceptedOn ? ` op ${agreement.acceptedOn}` : ''}.`,
    `Agreement${agreement.version ? ` version ${agreement.version}` : ''} accepted${agreement.acceptedOn ? ` on ${agreement.acceptedOn}` : ''}.`,
    { ...agreement },
  );
}

export function aan7(facts: ContractorFacts): RuleResult {
  if (facts.registeredBy === undefined)
    return result(
      'AAN-7',
      'unknown',
      'Niet bekend wie de aanmelding heeft gedaan.',
      'Not known who made the registration.',
    );
  return facts.registeredBy === 'self'
    ? result(
        'AAN-7',
        'pass',
        'Het bedrijf heeft zich zelf aangemeld.',
        'The company registered itself.',
      )
    : result(
        'AAN-7',
        'fail',
        'De aanmelding is gedaan door een gemachtigde; het bedrijf moet zich zelf aanmelden.',
        'The registration was made by a representative; the company must register itself.',
      );
}
