/**
 * How each published figure is computed (verantwoording), in Dutch and English. The API serves
 * these texts and the dashboard shows them, so the explanation and the code live together.
 */
import { DISCLOSURE_RULES } from './disclosure';
export interface Methodology {
  metric: string;
  nl: string;
  en: string;
}

/** The disclosure rule per kind of figure (disclosure.ts), one entry each. */
const DISCLOSURE: readonly Methodology[] = Object.entries(DISCLOSURE_RULES).map(([kind, text]) => ({
  metric: `disclosure.${kind}`,
  ...text,
}));

export const METHODOLOGY: readonly Methodology[] = [
  ...DISCLOSURE,
  {
    metric: 'applications.perScheme',
    nl: 'Aanvragen per regeling: ontvangen, besloten (besluiten min herroepen besluiten, zoals geregistreerd op de peildatum), ingetrokken en in behandeling op de peildatum; ontvangen = besloten + ingetrokken + in behandeling. "In behandeling" (open) betekent overal op deze site hetzelfde: ontvangen, niet besloten en niet ingetrokken, zoals bekend op de peildatum. Een zaak gaat open bij ontvangst en opnieuw als een besluit wordt herroepen, en sluit bij een besluit of intrekking; betaling, herstel of aanhouden veranderen daar niets aan. Aantallen onder 10 worden niet getoond ("<10"); een tweede cel wordt "afgeschermd" waar anders een verborgen aantal uit het totaal terug te rekenen is; overige aantallen zijn afgerond op 5.',
    en: 'Applications per scheme: received, decided (decisions minus revoked decisions, as registered by the reference date), withdrawn and open on the reference date; received = decided + withdrawn + open. "Open" means the same everywhere on this site: received, neither decided nor withdrawn, as known on the reference date. A case opens on receipt and again when a decision is revoked, and closes with a decision or a withdrawal; payment, repair or pausing change nothing about it. Counts below 10 are not shown ("<10"); a second cell is "protected" where a hidden count could otherwise be worked out from the total; other counts are rounded to 5.',
  },
  {
    metric: 'progress.weekly',
    nl: 'Instroom, uitstroom (besluiten), heropend (herroepen besluiten) en ingetrokken per ISO-week, geteld op de datum van de gebeurtenis, voor zover geregistreerd op de peildatum. Een herroepen besluit blijft meetellen in de week van het besluit en telt als heropend in de week van de herroeping: eerder gepubliceerde weken veranderen daardoor niet. De werkvoorraad is het aantal open zaken (zie applications.perScheme) aan het eind van de week; aangehouden zaken zijn daarin apart geteld. Elke ISO-week van het jaar staat erin, ook een week zonder gebeurtenissen (als 0, of als "<10" in een reeks waarin ook kleine aantallen verborgen zijn). Te filteren per gemeente (de huidige gemeente van het object, na herindelingen) en naar kerngebied of rand. Cumulatieve weekreeksen worden niet gepubliceerd: het verschil van twee weken is het verborgen weekcijfer; het totaal tot nu toe staat bij de aanvragen per regeling; waar een regeling een weekdoel heeft (AVV: 1.000 per week) staat dat erbij.',
    en: 'Inflow, outflow (decisions), reopened (revoked decisions) and withdrawn per ISO week, counted on the date of the event, as registered by the reference date. A revoked decision still counts in the week it was taken and counts as reopened in the week of the revocation, so published weeks do not change. The stock is the number of open cases (see applications.perScheme) at the end of the week; paused cases are counted separately within it. Every ISO week of the year is in the series, a week without events too (as 0, or as "<10" in a series where small counts are hidden too). Can be filtered by municipality (the object’s current municipality, after mergers) and by core area or edge. Cumulative weekly series are not published: the difference of two weeks is the hidden weekly figure; the total to date is with the applications per scheme; where a scheme has a weekly goal (AVV: 1,000 a week) it comes with the series.',
  },
  {
    metric: 'relatedCases.weekly',
    nl: 'Naast de aanvragen telt het IMG ook meldingen van een acuut onveilige situatie (AOS, gedeeld met de NCG; apart: de meldingen die als echt acuut onveilig zijn beoordeeld) en samenloopzaken met de NCG, waar schadeherstel en versterking bij één object samenkomen. Per ISO-week: nieuw, afgehandeld en open aan het eind van de week, op de peildatum.',
    en: 'Besides applications the IMG also counts reports of an acutely unsafe situation (AOS, shared with the NCG; separately: the reports judged to be really acutely unsafe) and joint cases with the NCG where damage repair and strengthening meet at one object (samenloop). Per ISO week: new, settled and open at the end of the week, on the reference date.',
  },
  {
    metric: 'leadTimes.cohorts',
    nl: 'Doorlooptijd van ontvangst tot het eerste besluit, per maand van ontvangst, met de Kaplan–Meier-methode: zaken die nog open zijn tellen mee tot hun huidige leeftijd, en een zaak die vóór een besluit is ingetrokken telt mee tot de dag van intrekking (gecensureerd, de gebruikelijke behandeling; zulke zaken weglaten zou de doorlooptijd te kort maken). Zo wordt de doorlooptijd van recente maanden niet onderschat. Aandelen worden pas getoond als de mijlpaal voor de hele maand bereikt kan zijn, en alleen als elk aantal dat eruit volgt (besloten tot de eerste mijlpaal, tussen twee mijlpalen, en wat overblijft) 0 of ten minste 10 is; de mediaan alleen als er aan beide kanten ten minste 10 zaken liggen. Periodes van aanhouden zijn hier niet afgetrokken; de periodeweergave en de gerealiseerde doorlooptijd kunnen dat wel (netto).',
    en: 'Lead time from receipt to the first decision, per month of receipt, with the Kaplan–Meier method: cases still open count up to their current age, and a case withdrawn before a decision counts up to the day of its withdrawal (censored, the standard treatment; leaving such cases out would make lead times look shorter). This keeps recent months from looking faster than they are. Shares are shown only once the whole month can have reached the milestone, and only when every count they imply (decided by the first milestone, between two milestones, and what is left) is 0 or at least 10; the median only when at least 10 cases lie on either side of it. Paused periods are not subtracted here; the period view and the realized lead time can do so (net).',
  },
  {
    metric: 'leadTimes.realized',
    nl: 'Gerealiseerde doorlooptijd zoals het IMG die publiceert: de mediaan over de laatste 2.500 eerste besluiten, met het aandeel binnen 182 dagen (de streeftermijn voor fysieke schade). Alleen het eerste besluit op een aanvraag telt: een nieuw besluit na een herroeping (bezwaar) telt hier niet opnieuw, en ook niet als tweede doorlooptijd. De mediaan vanaf 25 besluiten (het gepubliceerde, afgeronde aantal; 20 kan voor 18 staan); het aandeel alleen als de besluiten binnen en buiten 182 dagen elk 0 of ten minste 10 zijn.',
    en: 'Realized lead time as the IMG publishes it: the median over the last 2,500 first decisions, with the share within 182 days (the target for physical damage). Only the first decision on an application counts: a new decision after a revocation (objection) does not count again, nor as a second lead time. The median from 25 decisions (the published, rounded count; 20 may stand for 18); the share only when the decisions within and over 182 days are each 0 or at least 10.',
  },
  {
    metric: 'leadTimes.weekly',
    nl: 'Periodeweergave: van de zaken die in een ISO-week hun eerste besluit kregen, de doorlooptijd waarbinnen 50, 80 en 95 procent viel (in dagen, waarde van een echte zaak). Bruto loopt van ontvangst tot besluit; netto trekt de dagen af waarin de zaak op verzoek van de aanvrager was aangehouden, omdat de termijn daarover niet loopt. Elke ISO-week van het jaar staat erin. Een percentiel alleen als er aan beide kanten ten minste 10 besluiten liggen, beoordeeld op het gepubliceerde, afgeronde aantal: de p50 vanaf 25, de p80 vanaf 55 en de p95 vanaf 205 besluiten in de week; met minder ligt de waarde te dicht bij die van één zaak.',
    en: 'Period view: of the cases first decided in an ISO week, the lead time within which 50, 80 and 95 percent fell (in days, the value of an actual case). Gross runs from receipt to decision; net subtracts the days the case was paused at the applicant’s request, which the term does not count. Every ISO week of the year is in the series. A percentile only when at least 10 decisions lie on either side of it, judged on the published, rounded count: the p50 from 25, the p80 from 55 and the p95 from 205 decisions in the week; with fewer it is too close to a single case’s value.',
  },
  {
    metric: 'leadTimes.expected',
    nl: 'Verwachte doorlooptijd volgens de wet van Little: de werkvoorraad op de peildatum gedeeld door de gemiddelde wekelijkse uitstroom (besluiten min herroepingen) over de laatste 13 weken, in dagen. Alleen geldig bij een ongeveer stabiele instroom en uitstroom; daarom staat de kanttekening er altijd bij, en de vlag "groeiend" als de instroom de uitstroom met meer dan 5 procent overtrof. Berekend uit de gepubliceerde, afgeronde aantallen (werkvoorraad en de 13-weekse sommen), zodat de uitkomst niets verraadt wat die aantallen niet al zeggen.',
    en: 'Expected lead time by Little’s law: the stock on the reference date divided by the average weekly outflow (decisions minus revocations) over the last 13 weeks, in days. Valid only while intake and outflow are about steady; so the caveat always comes with it, and the flag "growing" when intake exceeded outflow by more than 5 percent. Computed from the published, rounded counts (the stock and the 13-week sums), so that the result gives away nothing those counts do not.',
  },
  {
    metric: 'leadTimes.ageing',
    nl: 'Openstaand werk op de peildatum naar leeftijd sinds ontvangst: 0–91, 92–182, 183–365 dagen, 1–2 jaar en langer dan 2 jaar. Open zoals overal: ontvangen, niet besloten en niet ingetrokken (zie applications.perScheme); het totaal is dus gelijk aan de werkvoorraad.',
    en: 'Open work on the reference date by age since receipt: 0–91, 92–182, 183–365 days, 1–2 years and over 2 years. Open as everywhere: received, neither decided nor withdrawn (see applications.perScheme); so the total equals the stock.',
  },
  {
    metric: 'objections.summary',
    nl: 'Openstaande bezwaren naar fase en leeftijd. De beslistermijn volgt uit de wet: 6 weken (12 met de bezwaaradviescommissie) na afloop van de bezwaartermijn, plus opschorting en een eenmalige verdaging van 6 weken; een termijn die eindigt op een weekend of feestdag schuift door naar de volgende werkdag. "Dreigend" is binnen 14 dagen; "te laat" is na de termijn. De dwangsom is een bovengrens: alsof op de uiterste datum een ingebrekestelling kwam; getoond alleen als het aantal te late bezwaren getoond wordt, afgerond op 5 keer het maximum per bezwaar (€ 7.210). Het bezwaarpercentage per regeling is berekend uit de gepubliceerde, afgeronde aantallen bezwaren en besluiten.',
    en: 'Open objections by stage and age. The decision term follows from the law: 6 weeks (12 with the advisory committee) after the filing term ends, plus suspension and one extension of 6 weeks; a term ending on a weekend or public holiday moves to the next working day. "At risk" is due within 14 days; "overdue" is past the term. The penalty is an upper bound: as if a notice of default came on the due date; shown only when the number of overdue objections is shown, rounded to 5 times the maximum per objection (EUR 7,210). The objection rate per scheme is computed from the published, rounded counts of objections and decisions.',
  },
  {
    metric: 'objections.deadlines',
    nl: 'Voor het management: elk openstaand bezwaar dat binnen 14 dagen moet worden beslist of al te laat is, met de uiterste datum volgens de wettelijke termijnen (zie objections.summary).',
    en: 'For management: every open objection due within 14 days or already overdue, with its last day under the statutory terms (see objections.summary).',
  },
  {
    metric: 'contractors.continuity',
    nl: 'Voor het management: per aannemer de maanden werk in portefeuille (resterende geschatte uren gedeeld door de gemiddeld per maand afgeronde uren over de laatste 13 weken), gemarkeerd onder 6 maanden (een aannemer zonder resterend werk heeft 0 maanden en is dus gemarkeerd; met werk maar zonder afgeronde uren is het aantal maanden onbekend), en de schommeling (variatiecoëfficiënt van de per week toegewezen uren over 26 weken).',
    en: 'For management: per contractor the months of committed work (remaining estimated hours divided by the hours completed a month, averaged over the last 13 weeks), flagged below 6 months (a contractor with no work left has 0 months and so is flagged; with work left but no completed hours the months are unknown), and the swing (coefficient of variation of the hours assigned a week over 26 weeks).',
  },
  {
    metric: 'outreach.perMunicipality',
    nl: 'Stille gedupeerden (alleen voor beheer): adressen die tot de peildatum nooit een aanvraag deden, per gemeente. Per adres de trillingssterkte (PGV, model van het IMG, bevingen uit de KNMI-catalogus tot de peildatum) en de locatieregel van de vaste vergoeding: effectgebied met ten minste 2 mm/s na het bouwjaar (VES-5a), of de 6 km-zone met een bouwjaar voor 2013 (VES-5c); een nulmeting bij ten minste 5 mm/s (VES-10). Gebieden met diepe bodemdaling (VES-5b) zitten niet in onze gegevens; adressen daarbuiten staan als "buiten".',
    en: 'Silent claimants (management only): addresses that never applied up to the reference date, per municipality. For each address the vibration (PGV, the IMG model, quakes from the KNMI catalogue up to the reference date) and the location rule of the fixed compensation: the effect area with at least 2 mm/s after the construction year (VES-5a), or the 6 km zone with a construction year before 2013 (VES-5c); a baseline survey from 5 mm/s (VES-10). Areas of deep subsidence (VES-5b) are not in our data; addresses outside both are counted as "outside".',
  },
  {
    metric: 'outreach.addresses',
    nl: 'De adressen achter de telling per gemeente (alleen voor beheer), per pagina, met de locatieregel die ze zou kunnen laten meedoen en of een nulmeting nodig zou zijn. Bedoeld om bewoners gericht te informeren; nooit openbaar.',
    en: 'The addresses behind the count per municipality (management only), a page at a time, with the location rule that could let them qualify and whether a baseline survey would be needed. Meant for informing residents directly; never public.',
  },
  {
    metric: 'contractors.forecast',
    nl: 'Vraag naar herstelwerk voor 26 weken tegenover de capaciteit van de toegelaten aannemers (alleen voor beheer). Vastgelegd werk: elke open opdracht verdeeld vanaf de geplande start over zoveel weken als één ploeg van 40 uur per week nodig heeft. Pijplijn: open HEA/HIN-aanvragen zonder opdracht, maal het aandeel dat recent een opdracht werd (aanvragen van 15 tot 3 maanden geleden), maal de gemiddelde raming, gelijk verdeeld over 26 weken. Instroom: de gemiddelde wekelijkse HEA/HIN-aanvragen van de laatste 13 weken, even zo omgerekend. De aannames staan bij de uitkomst.',
    en: 'Demand for repair work over 26 weeks against the capacity of the admitted contractors (management only). Committed work: each open job spread from its planned start over as many weeks as one crew at 40 hours a week needs. Pipeline: open HEA/HIN applications without a job, times the share that recently became a job (applications from 15 to 3 months ago), times the average estimate, spread evenly over 26 weeks. Intake: the average weekly HEA/HIN applications of the last 13 weeks, converted the same way. The assumptions come with the result.',
  },
  {
    metric: 'objections.weekly',
    nl: 'Bezwaren per ISO-week: ontvangen (instroom), beslist (uitstroom) en open aan het eind van de week, op de peildatum. Aantallen onder 10 worden niet getoond ("<10"), een cel die een ander verborgen aantal beschermt heet "afgeschermd"; overige aantallen afgerond op 5.',
    en: 'Objections per ISO week: received (inflow), decided (outflow) and open at the end of the week, on the reference date. Counts below 10 are not shown ("<10"), a cell that protects another hidden count is "protected"; other counts are rounded to 5.',
  },
  {
    metric: 'publications.list',
    nl: 'De publieke cijfers worden per ISO-week gepubliceerd: alle publieke cijfers, op hun vaste indelingen, zoals ze waren op de zondag waarop de week eindigt. Een gepubliceerde week verandert daarna niet meer, ook niet als er later correcties binnenkomen. Wordt een week toch herzien, dan komt er een nieuwe versie met de reden erbij; de eerdere versie blijft op te vragen. Zolang er nog niets gepubliceerd is, worden de actuele cijfers getoond.',
    en: 'The public figures are published per ISO week: every public figure, at its fixed grains, as it stood on the Sunday that ends the week. A published week does not change afterwards, not even when corrections arrive later. When a week is restated, a new version comes with its reason; the earlier version can still be read. Until anything has been published, the current figures are shown.',
  },
];
