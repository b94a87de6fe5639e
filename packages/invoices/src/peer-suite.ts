/**
 * Runs the Peppol unit tests (a `testSet` per file) against our rules: for every rule we
 * implement, the rule ids we report must match the expected success/error of each test.
 */
import { IMPLEMENTED_UBL_RULES, checkUbl } from './ubl/rules.js';
import { all, child, children, parseXml, textOf, type Node } from './ubl/xml.js';

/** The outcome of one test of a peer test set. */
export interface PeerTestResult {
  scope: string[];
  index: number;
  /** Rule ids that the test expects to hold, and to be broken (errors and warnings). */
  expectSuccess: string[];
  expectBroken: string[];
  reported: string[];
  /** For each expected id we implement: did we agree? */
  checks: { ruleId: string; expected: 'success' | 'broken'; agreed: boolean }[];
  /** Expected ids we do not implement. */
  notImplemented: string[];
}

const ids = (assert: Node | undefined, name: string) =>
  children(assert, name)
    .map((n) => textOf(n) ?? '')
    .filter(Boolean);

/** Runs one of the peer test sets (the Peppol and NLCIUS rules' own test files) against the checks. */
export function runTestSet(xml: string): PeerTestResult[] {
  const set = child(parseXml(xml), 'testSet');
  const scope = all(set, 'assert', 'scope').map((n) => textOf(n) ?? '');
  return children(set, 'test').map((test, index) => {
    const assert = child(test, 'assert');
    const expectSuccess = ids(assert, 'success');
    const expectBroken = [...ids(assert, 'error'), ...ids(assert, 'warning')];
    const doc = child(test, 'Invoice')
      ? { kind: 'invoice' as const, root: child(test, 'Invoice')! }
      : { kind: 'creditNote' as const, root: child(test, 'CreditNote')! };
    const reported = doc.root ? [...new Set(checkUbl(doc).map((f) => f.ruleId))] : [];
    const checks = [
      ...expectSuccess
        .filter((id) => IMPLEMENTED_UBL_RULES.has(id))
        .map((ruleId) => ({
          ruleId,
          expected: 'success' as const,
          agreed: !reported.includes(ruleId),
        })),
      ...expectBroken
        .filter((id) => IMPLEMENTED_UBL_RULES.has(id))
        .map((ruleId) => ({
          ruleId,
          expected: 'broken' as const,
          agreed: reported.includes(ruleId),
        })),
    ];
    const notImplemented = [...expectSuccess, ...expectBroken].filter(
      (id) => !IMPLEMENTED_UBL_RULES.has(id),
    );
    return { scope, index, expectSuccess, expectBroken, reported, checks, notImplemented };
  });
}
