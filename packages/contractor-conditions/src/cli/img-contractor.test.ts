import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const cli = fileURLToPath(new URL('./img-contractor.ts', import.meta.url));
const run = (args: string[], input = '') =>
  spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], { input, encoding: 'utf8' });

const facts = {
  name: 'Herstelbedrijf Venneborg B.V.',
  kvk: {
    number: '63456789',
    registeredSince: '2011-05-01',
    countryOfEstablishment: 'NL',
    activities: [{ code: '4399', classification: 'SBI2008' }],
  },
  insolvency: [],
  disputesCommittees: [
    { committee: 'Geschillencommissie Bouw en Installatie', from: '2018-01-01', until: null },
  ],
  staff: [{ id: 'W1', role: 'employee', diplomas: [{ kind: 'VOL-VCA', issued: '2017-01-10' }] }],
  agreement: { version: '2024.1', acceptedOn: '2024-02-01' },
  portalCommunication: true,
  registeredBy: 'self',
};

describe('img-contractor', () => {
  it('check: exit 0 when admitted, 1 when not, with the rules listed', () => {
    const admitted = run(['check', '-', '--on', '2026-11-23'], JSON.stringify(facts));
    expect(admitted.status).toBe(0);
    expect(admitted.stdout).toContain('admitted');
    const expired = run(['check', '-', '--on', '2027-01-10', '--json'], JSON.stringify(facts));
    expect(expired.status).toBe(1);
    expect(JSON.parse(expired.stdout).failing).toEqual(['AAN-4']);
  });

  it('check: writes the decision letter', () => {
    const letter = run(
      ['check', '-', '--on', '2027-01-10', '--letter', 'text', '--lang', 'en'],
      JSON.stringify(facts),
    );
    expect(letter.stdout).toContain('Your registration is rejected.');
  });

  it('check: exit 2 with the path for invalid facts, and for bad JSON', () => {
    const invalid = run(
      ['check', '-'],
      JSON.stringify({ ...facts, kvk: { ...facts.kvk, number: 'abc' } }),
    );
    expect(invalid.status).toBe(2);
    expect(invalid.stderr).toContain('kvk.number: KVK number: 8 digits');
    expect(run(['check', '-'], '{').status).toBe(2);
    expect(run(['check', '-', '--on', '2026-02-30'], JSON.stringify(facts)).stderr).toMatch(
      /--on must be a calendar date/,
    );
  });

  it('check: rejects an unknown field with its path (exit 2), and never names a contractor "-"', () => {
    const typo = run(['check', '-', '--on', '2026-11-23'], JSON.stringify({ ...facts, nmae: 'X' }));
    expect(typo.status).toBe(2);
    expect(typo.stderr).toMatch(/^img-contractor: -: nmae: unknown field\n/);
    const { name: _name, kvk: _kvk, ...nameless } = facts;
    const anonymous = run(['check', '-', '--on', '2026-11-23'], JSON.stringify(nameless));
    expect(anonymous.stdout).toMatch(/^the contractor on 2026-11-23: /);
  });

  it('recheck: exit 0 when every contractor is compliant on the date, 1 when one is not', () => {
    const compliant = run(
      ['recheck', '-', '--on', '2026-11-23', '--horizon', '90'],
      JSON.stringify({ id: 'A', facts }),
    );
    // A falls out within the horizon (its VOL-VCA expires), but is compliant on the date.
    expect(compliant.stdout).toContain('Falling out within 90 days: 1');
    expect(compliant.status).toBe(0);
    const lines = [
      JSON.stringify({ id: 'A', facts }),
      JSON.stringify({ id: 'B', facts: { ...facts, registeredBy: 'representative' } }),
    ].join('\n');
    const one = run(['recheck', '-', '--on', '2026-11-23'], lines);
    expect(one.stdout).toContain('Not compliant now: 1');
    expect(one.stderr).toBe('');
    expect(one.status).toBe(1);
  });

  it('recheck: --on defaults to today, and the usage says so', () => {
    const result = run(['recheck', '-'], JSON.stringify({ id: 'A', facts }));
    expect(result.stdout).toMatch(/^Checked 1 contractors on \d{4}-\d{2}-\d{2};/);
    const help = run(['--help']);
    expect(help.stdout).toContain('recheck <register.ndjson | -> [--on YYYY-MM-DD]');
    expect(help.stdout).toContain('--on       the date to check on (default: today');
    expect(help.stdout).toMatch(/exit status: check: 0 admitted; 1 rejected or needs information/);
  });

  it('recheck: a record with an unknown field is rejected with its path', () => {
    const result = run(
      ['recheck', '-', '--on', '2026-11-23'],
      [
        JSON.stringify({ id: 'A', facts, note: 'x' }),
        JSON.stringify({ id: 'B', facts: { ...facts, portal: true } }),
      ].join('\n'),
    );
    expect(result.stderr).toContain('line 1: note: unknown field');
    expect(result.stderr).toContain('line 2: facts.portal: unknown field');
    expect(result.status).toBe(1);
  });

  it('recheck: reads NDJSON, reports a bad line and goes on', () => {
    const lines = [
      JSON.stringify({ id: 'A', facts }),
      '{"id": "broken"',
      JSON.stringify({ id: 'B', facts: { ...facts, registeredBy: 'representative' } }),
    ].join('\n');
    const result = run(['recheck', '-', '--on', '2026-11-23', '--horizon', '90', '--json'], lines);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('line 2: not valid JSON');
    const report = JSON.parse(result.stdout);
    expect(report.checked).toBe(2);
    expect(report.notCompliant).toEqual([{ id: 'B', outcome: 'rejected', failing: ['AAN-7'] }]);
    expect(report.fallingOut).toEqual([
      { id: 'A', date: '2027-01-10', outcome: 'rejected', failing: ['AAN-4'] },
    ]);
  });
});
