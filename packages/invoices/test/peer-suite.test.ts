import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runTestSet, type PeerTestResult } from '../src/peer-suite';

const dir = (name: string) => new URL(`./peppol/${name}/`, import.meta.url);
const run = (name: string) =>
  readdirSync(dir(name))
    .filter((f) => f.endsWith('.xml') || f.endsWith('.xm'))
    .map((file) => ({ file, results: runTestSet(readFileSync(new URL(file, dir(name)), 'utf8')) }));

describe('the Dutch national rules (unit-UBL-NL)', () => {
  const files = run('unit-UBL-NL');
  it.each(files)('$file: every test agrees', ({ results }) => {
    for (const result of results) {
      expect(
        result.checks.length,
        `test ${result.index} checks nothing we implement`,
      ).toBeGreaterThan(0);
      for (const check of result.checks)
        expect(check, `test ${result.index}`).toMatchObject({ agreed: true });
    }
  });
});

describe('the Peppol rules (unit-UBL-PEPPOL)', () => {
  const files = run('unit-UBL-PEPPOL');
  const tests: (PeerTestResult & { file: string })[] = files.flatMap(({ file, results }) =>
    results.map((r) => ({ ...r, file })),
  );
  const concerning = tests.filter((t) => t.checks.length > 0);
  const passing = concerning.filter((t) => t.checks.every((c) => c.agreed));

  it('passes at least 90 % of the tests that concern rules we implement', () => {
    const failing = concerning
      .filter((t) => !t.checks.every((c) => c.agreed))
      .map(
        (t) =>
          `${t.file}#${t.index}: ${t.checks
            .filter((c) => !c.agreed)
            .map((c) => `${c.ruleId} expected ${c.expected}`)
            .join(', ')}`,
      );
    const share = passing.length / concerning.length;
    console.log(
      `unit-UBL-PEPPOL: ${passing.length} of ${concerning.length} tests that concern implemented rules pass (${(share * 100).toFixed(1)} %); ${tests.length - concerning.length} tests concern only rules not implemented`,
    );
    if (failing.length) console.log(`disagreements:\n  ${failing.join('\n  ')}`);
    expect(concerning.length).toBeGreaterThan(60);
    expect(share).toBeGreaterThanOrEqual(0.9);
  });

  it('lists the rules we do not implement', () => {
    const missing = [...new Set(tests.flatMap((t) => t.notImplemented))].sort();
    console.log(`not implemented: ${missing.join(', ')}`);
    expect(missing).not.toContain('PEPPOL-EN16931-R001');
  });
});
