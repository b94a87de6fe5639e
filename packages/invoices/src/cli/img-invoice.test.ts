import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const cli = fileURLToPath(new URL('./img-invoice.ts', import.meta.url));
const example = fileURLToPath(
  new URL('../../test/peppol/examples/base-example.xml', import.meta.url),
);
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], { input, encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'img-invoice-'));

describe('img-invoice', () => {
  it('checks a UBL invoice and prints {accepted, findings} with --json', () => {
    const result = run(['check', example, '--json']);
    const out = JSON.parse(result.stdout);
    expect(typeof out.accepted).toBe('boolean');
    for (const f of out.findings)
      expect(Object.keys(f)).toEqual(['ruleId', 'severity', 'path', 'message']);
    // A Peppol example is not an IMG repair invoice: it lacks, among others, hours per line.
    expect(out.findings.map((f: { ruleId: string }) => f.ruleId)).toContain('FAC-S3');
    expect(result.status).toBe(out.accepted ? 0 : 1);
  });

  it('accepts a complete structured invoice (exit 0) and rejects a wrong one (exit 1)', () => {
    const invoice = {
      number: 'F1',
      issueDate: '2026-03-02',
      supplier: {
        name: 'Herstelbedrijf B.V.',
        address: { street: 'Molenweg 4', postcode: '9711AB', city: 'Groningen' },
        kvkNumber: '63456789',
        btwId: 'NL123456782B01',
      },
      customer: {
        name: 'J. de Vries',
        address: { street: 'Kerkstraat 12', postcode: '9919AA', city: 'Loppersum' },
      },
      damageLocation: { street: 'Kerkstraat 12', postcode: '9919AA', city: 'Loppersum' },
      lines: [
        {
          description: 'Scheur herstellen',
          hours: 2,
          quantity: 2,
          unitPriceCents: 6_000,
          vatRateBasisPoints: 2_100,
          executionDate: '2026-02-20',
        },
      ],
      totals: { exclVatCents: 12_000, vatCents: 2_520, inclVatCents: 14_520 },
    };
    const file = join(dir, 'invoice.json');
    writeFileSync(file, JSON.stringify(invoice));
    const context = join(dir, 'context.json');
    writeFileSync(context, JSON.stringify({ scheme: 'STUW', damageReportedOn: '2019-05-01' }));
    const accepted = run(['check', file, '--context', context]);
    expect(accepted.status).toBe(0);
    expect(accepted.stdout).toMatch(
      /^accepted: 0 finding\(s\); not checked for lack of context facts: FAC-4, FAC-X5\n/,
    );
    // Without --context the verdict says on its own line which rules it did not check.
    const alone = run(['check', file]);
    expect(alone.status).toBe(0);
    expect(alone.stdout).toBe(
      'accepted: 0 finding(s); not checked without --context: FAC-3, FAC-4, FAC-X5, FAC-HEA, FAC-X7\n',
    );
    expect(JSON.parse(run(['check', file, '--json']).stdout)).toEqual({
      accepted: true,
      skipped: ['FAC-3', 'FAC-4', 'FAC-X5', 'FAC-HEA', 'FAC-X7'],
      findings: [],
    });
    writeFileSync(
      file,
      JSON.stringify({ ...invoice, totals: { ...invoice.totals, inclVatCents: 14_000 } }),
    );
    const rejected = run(['check', file, '--context', context, '--lang', 'en']);
    expect(rejected.status).toBe(1);
    expect(rejected.stdout).toContain('FAC-X1');
  });

  it('exits 2 for input it cannot read or parse', () => {
    expect(run(['check', join(dir, 'missing.xml')]).status).toBe(2);
    expect(run(['check', '-'], '<Invoice><ID>1</Invoice>').status).toBe(2);
    expect(
      run(['check', '-'], '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><Invoice/>')
        .stderr,
    ).toMatch(/not allowed/);
    expect(run(['check', '-'], '{"lines": "none"}').stderr).toMatch(/lines/);
    expect(run(['check', '-'], 'not an invoice').status).toBe(2);
    expect(
      run(['check', '-'], '{"lines": [], "supplier": {}, "customer": {}, "totals": {}, "note": 1}')
        .stderr,
    ).toMatch(/^img-invoice: -: invoice\.note: unknown field\n/);
    const help = run(['--help']);
    expect(help.stdout).toContain('exit status: 0 accepted; 1 rejected; 2 usage error');
  });
});
