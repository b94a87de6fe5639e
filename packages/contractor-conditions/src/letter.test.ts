import { describe, expect, it } from 'vitest';
import { evaluateAdmission } from './evaluate.js';
import { parseContractorFacts } from './facts.js';
import { decisionLetter, renderLetterHtml, renderLetterText } from './letter.js';

const facts = parseContractorFacts({
  name: 'Voegbedrijf Moerstra & Zn <V.O.F.>',
  kvk: {
    number: '62345678',
    registeredSince: '2012-01-01',
    countryOfEstablishment: 'NL',
    activities: [{ code: '43991', classification: 'SBI2025' }],
  },
  insolvency: [],
  disputesCommittees: [
    {
      committee: 'Geschillencommissie Klussen en Onderhoud',
      from: '2019-01-01',
      until: '2026-03-31',
    },
  ],
  staff: [{ id: 'W1', role: 'employee', diplomas: [{ kind: 'VOL-VCA', issued: '2020-02-02' }] }],
  agreement: { version: '2024.1', acceptedOn: '2024-01-15' },
  portalCommunication: true,
  registeredBy: 'representative',
});

describe('decision letter', () => {
  const admission = evaluateAdmission(facts, '2026-03-23');
  const letter = decisionLetter(admission, {
    contractorName: facts.name!,
    kvkNumber: '62345678',
    sentOn: '2026-03-23',
  });

  it('holds the outcome, a reason per failing rule and the objection term ending on a working day', () => {
    expect(letter.outcome).toBe('rejected');
    expect(letter.reasons.map((r) => r.ruleId)).toEqual(['AAN-7']);
    // Six weeks from 2026-03-23 is Monday 4 May; 5 May (Bevrijdingsdag) is not involved: 4 May is a working day.
    expect(letter.objection).toEqual({ weeks: 6, lastDay: '2026-05-04' });
  });

  it('renders plain text in Dutch and English', () => {
    const nl = renderLetterText(letter, 'nl');
    expect(nl).toContain('Uw aanmelding is afgewezen.');
    expect(nl).toContain('- AAN-7: De aanmelding is gedaan door een gemachtigde');
    expect(nl).toContain('uiterlijk op 4 mei 2026');
    expect(nl).toContain('Opnieuw aanmelden');
    const en = renderLetterText(letter, 'en');
    expect(en).toContain('Your registration is rejected.');
    expect(en).toContain('on 4 May 2026 at the latest');
  });

  it('renders HTML with the language set and the text escaped', () => {
    const html = renderLetterHtml(letter, 'en');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Moerstra &amp; Zn &lt;V.O.F.&gt;');
    expect(html).not.toContain('<V.O.F.>');
    expect(html).toMatch(/<li>AAN-7: /);
  });

  it('moves the objection term over Koningsdag and the weekend', () => {
    const sentLate = decisionLetter(admission, { contractorName: 'X', sentOn: '2026-03-14' });
    expect(sentLate.objection.lastDay).toBe('2026-04-28');
  });

  it('tells an admitted contractor to keep meeting the conditions, and not how to register again', () => {
    const admitted = evaluateAdmission(
      parseContractorFacts({
        ...facts,
        registeredBy: 'self',
        disputesCommittees: [
          {
            committee: 'Geschillencommissie Klussen en Onderhoud',
            from: '2019-01-01',
            until: null,
          },
        ],
      }),
      '2026-03-23',
    );
    expect(admitted.outcome).toBe('admitted');
    const text = renderLetterText(decisionLetter(admitted, { contractorName: 'X' }), 'nl');
    expect(text).toContain('U bent toegelaten');
    expect(text).not.toContain('Opnieuw aanmelden');
  });
});
