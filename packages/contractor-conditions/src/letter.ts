/**
 * The decision letter (besluitbrief) on a contractor's registration: the data, and renderings
 * as plain text and HTML in Dutch and English. It gives the outcome, the reason for every rule
 * that failed or could not be checked, the objection term with its last day, and how to
 * register again.
 */
import { termEnd, type IsoDate } from '@img-groningen/statutory-terms';
import type { Admission } from './evaluate.js';

/** Awb 6:7: six weeks to object to a decision, from the day after it was sent (TERM-1, TERM-4). */
export const CONTRACTOR_OBJECTION_WEEKS = 6;

/** The language of a letter: nl or en. */
export type Language = 'nl' | 'en';

/** A decision letter, before it is rendered. */
export interface DecisionLetter {
  contractorName: string;
  kvkNumber: string | null;
  decisionDate: IsoDate;
  /** The date the letter is sent; the objection term runs from the day after. */
  sentOn: IsoDate;
  outcome: 'admitted' | 'rejected' | 'needs-information';
  reasons: { ruleId: string; outcome: 'fail' | 'unknown'; text: { nl: string; en: string } }[];
  objection: { weeks: number; lastDay: IsoDate };
}

/** The decision letter (besluitbrief) on an admission: the decision, the reasons and how to object. */
export function decisionLetter(
  admission: Admission,
  details: { contractorName: string; kvkNumber?: string | null; sentOn?: IsoDate },
): DecisionLetter {
  const sentOn = details.sentOn ?? admission.onDate;
  return {
    contractorName: details.contractorName,
    kvkNumber: details.kvkNumber ?? null,
    decisionDate: admission.onDate,
    sentOn,
    outcome: admission.outcome,
    reasons: admission.rules
      .filter((r) => r.outcome === 'fail' || r.outcome === 'unknown')
      .map((r) => ({ ruleId: r.id, outcome: r.outcome as 'fail' | 'unknown', text: r.reason })),
    objection: {
      weeks: CONTRACTOR_OBJECTION_WEEKS,
      lastDay: termEnd(sentOn, CONTRACTOR_OBJECTION_WEEKS).date,
    },
  };
}

const MONTHS: Record<Language, string[]> = {
  nl: [
    'januari',
    'februari',
    'maart',
    'april',
    'mei',
    'juni',
    'juli',
    'augustus',
    'september',
    'oktober',
    'november',
    'december',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/** A date written out in Dutch or English, e.g. 4 januari 2027. */
export function formatDate(date: IsoDate, language: Language): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return language === 'nl' ? `${d} ${MONTHS.nl[m - 1]} ${y}` : `${d} ${MONTHS.en[m - 1]} ${y}`;
}

interface Section {
  heading: string;
  paragraphs: string[];
  list?: string[];
}

function sections(letter: DecisionLetter, language: Language): { title: string; body: Section[] } {
  const nl = language === 'nl';
  const date = (d: IsoDate) => formatDate(d, language);
  const who = `${letter.contractorName}${letter.kvkNumber ? ` (KVK ${letter.kvkNumber})` : ''}`;
  const title = nl
    ? 'Besluit op uw aanmelding als aannemer voor herstel met eigen aannemer'
    : 'Decision on your registration as a contractor for repair by own contractor';
  const outcome: Section =
    letter.outcome === 'admitted'
      ? {
          heading: nl ? 'Besluit' : 'Decision',
          paragraphs: [
            nl
              ? `Op ${date(letter.decisionDate)} hebben wij besloten dat ${who} voldoet aan de voorwaarden. U bent toegelaten en mag herstelwerk uitvoeren voor aanvragers die een eigen aannemer kiezen.`
              : `On ${date(letter.decisionDate)} we decided that ${who} meets the conditions. You are admitted and may carry out repairs for applicants who choose their own contractor.`,
            nl
              ? 'Ook na dit besluit moet u aan de voorwaarden blijven voldoen. Wij controleren dat, bijvoorbeeld wanneer veiligheidsdiploma’s verlopen.'
              : 'After this decision you must keep meeting the conditions. We check this, for example when safety diplomas expire.',
          ],
        }
      : {
          heading: nl ? 'Besluit' : 'Decision',
          paragraphs: [
            letter.outcome === 'rejected'
              ? nl
                ? `Op ${date(letter.decisionDate)} hebben wij besloten dat ${who} niet voldoet aan de voorwaarden. Uw aanmelding is afgewezen.`
                : `On ${date(letter.decisionDate)} we decided that ${who} does not meet the conditions. Your registration is rejected.`
              : nl
                ? `Wij kunnen nog niet beslissen of ${who} voldoet aan de voorwaarden: er ontbreken gegevens.`
                : `We cannot yet decide whether ${who} meets the conditions: information is missing.`,
          ],
          list: letter.reasons.map((r) => `${r.ruleId}: ${r.text[language]}`),
        };
  const body: Section[] = [outcome];
  if (letter.outcome !== 'needs-information') {
    body.push({
      heading: nl ? 'Bezwaar maken' : 'Objecting',
      paragraphs: [
        nl
          ? `Bent u het niet eens met dit besluit? Dan kunt u binnen ${letter.objection.weeks} weken bezwaar maken, dus uiterlijk op ${date(letter.objection.lastDay)}.`
          : `If you disagree with this decision, you can object within ${letter.objection.weeks} weeks, that is on ${date(letter.objection.lastDay)} at the latest.`,
      ],
    });
  }
  if (letter.outcome !== 'admitted') {
    body.push({
      heading: nl ? 'Opnieuw aanmelden' : 'Registering again',
      paragraphs: [
        nl
          ? 'Voldoet u later wel aan de voorwaarden? Dan kunt u uw bedrijf opnieuw aanmelden via het aannemersportaal, met eHerkenning. Dat doet u zelf; een gemachtigde kan dat niet voor u doen.'
          : 'If you meet the conditions later, you can register your company again through the contractor portal, with eHerkenning. You do this yourself; a representative cannot do it for you.',
      ],
    });
  }
  return { title, body };
}

/** The letter as plain text. */
export function renderLetterText(letter: DecisionLetter, language: Language = 'nl'): string {
  const { title, body } = sections(letter, language);
  const lines = [title, '='.repeat(title.length), ''];
  for (const section of body) {
    lines.push(section.heading, '-'.repeat(section.heading.length));
    for (const p of section.paragraphs) lines.push(p, '');
    if (section.list) lines.push(...section.list.map((item) => `- ${item}`), '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The letter as HTML. */
export function renderLetterHtml(letter: DecisionLetter, language: Language = 'nl'): string {
  const { title, body } = sections(letter, language);
  const parts = [
    `<!doctype html>\n<html lang="${language}">\n<head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>\n<body>\n<main>\n<h1>${escapeHtml(title)}</h1>`,
  ];
  for (const section of body) {
    parts.push(`<section>\n<h2>${escapeHtml(section.heading)}</h2>`);
    for (const p of section.paragraphs) parts.push(`<p>${escapeHtml(p)}</p>`);
    if (section.list)
      parts.push(
        `<ul>\n${section.list.map((item) => `<li>${escapeHtml(item)}</li>`).join('\n')}\n</ul>`,
      );
    parts.push('</section>');
  }
  parts.push('</main>\n</body>\n</html>\n');
  return parts.join('\n');
}
