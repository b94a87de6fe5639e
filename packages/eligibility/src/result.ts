export type { RuleOutcome } from '@img-groningen/vocabulary';
import type { RuleOutcome } from '@img-groningen/vocabulary';

/** A text in Dutch and English. */
export interface Text {
  nl: string;
  en: string;
}

/** The verdict of one rule on the facts. */
export interface RuleResult {
  id: string;
  outcome: RuleOutcome;
  reason: Text;
  /** The facts the rule used (missing ones are absent). */
  facts: Record<string, unknown>;
  /** VES-5 only: the branch that holds (5a, 5b or 5c). */
  branch?: 'VES-5a' | 'VES-5b' | 'VES-5c';
  /** VES-9 only, when it passes: the scheme that takes the new application. */
  route?: 'VES' | 'MAATWERK';
}

/** What a rule is, for documentation and the algorithm register: the same data the engine runs on. */
export interface RuleDefinition {
  id: string;
  scheme: 'VES' | 'AVV' | 'HER' | 'MW' | 'AMT';
  source: string;
  title: Text;
  /** What the rule checks, in plain language. */
  description: Text;
  /** Fact paths the rule reads. */
  inputs: readonly string[];
}
