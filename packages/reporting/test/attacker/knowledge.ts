/**
 * What an attacker knows about the true counts behind a publication: an interval per count,
 * narrowed by each published figure and by the sums that tie counts together (a total is the sum
 * of its parts, across tables and grains), propagated until nothing changes. A count the
 * publication hides (or never shows) whose interval shrinks to one value from 1 to 9 is
 * recovered: a disclosure.
 */
import type { PublicCount } from '../../src/index';

type Interval = [number, number];
const INF = Number.POSITIVE_INFINITY;

/** A linear relation Σ sign × count = 0. */
interface Relation {
  terms: { key: string; sign: 1 | -1 }[];
  why: string;
}

export interface Recovery {
  key: string;
  value: number;
  how: string;
}

export class Knowledge {
  private readonly bounds = new Map<string, Interval>();
  /** Why each interval last narrowed (for the report). */
  private readonly because = new Map<string, string>();
  private readonly hidden = new Set<string>();
  private readonly shown = new Set<string>();
  private readonly relations: Relation[] = [];
  /** Published figures that contradict each other. */
  readonly contradictions: string[] = [];
  /** Recoveries found directly (e.g. by enumerating a share's integer solutions). */
  readonly direct: Recovery[] = [];

  get(key: string): Interval {
    return this.bounds.get(key) ?? [0, INF];
  }

  /** Whether anything was learnt of a count. */
  knows(key: string): boolean {
    return this.bounds.has(key);
  }

  /** Narrows a count to [lo, hi]; returns whether it changed. */
  learn(key: string, lo: number, hi: number, why: string): boolean {
    const [a, b] = this.get(key);
    const next: Interval = [Math.max(a, Math.ceil(lo)), Math.min(b, Math.floor(hi))];
    if (next[0] > next[1]) {
      // Published figures that cannot all be true of the same count (e.g. two meanings of one
      // word): noted, and the narrower earlier knowledge kept.
      if (this.contradictions.length < 1_000)
        this.contradictions.push(
          `${key}: [${a}, ${b}] (${this.because.get(key)}) against [${lo}, ${hi}] (${why})`,
        );
      return false;
    }
    if (next[0] === a && next[1] === b) return false;
    this.bounds.set(key, next);
    this.because.set(key, why);
    return true;
  }

  /**
   * What a published count says about the true one: rounding to 5, "<10", or hidden to protect
   * another. `zerosHidden`: the count is in a group (a series, a row) whose zeros are hidden beside
   * hidden counts, so "<10" there may be 0.
   */
  count(key: string, c: PublicCount, why: string, zerosHidden = false): void {
    if (c.suppressed) {
      this.hidden.add(key);
      if (c.reason === 'small') this.learn(key, zerosHidden ? 0 : 1, 9, why);
      // A cell hidden to protect another is never a zero (only non-zero cells are chosen).
      else this.learn(key, 1, INF, why);
      return;
    }
    this.shown.add(key);
    const v = c.value;
    if (v === 0) this.learn(key, 0, 0, why);
    else if (v === 10) this.learn(key, 10, 12, why);
    else this.learn(key, v - 2, v + 2, why);
  }

  /** A count the publication does not show itself (e.g. implied by shares). */
  implied(key: string): void {
    this.hidden.add(key);
  }

  /** total = Σ parts. */
  sum(total: string, parts: readonly string[], why: string): void {
    this.relations.push({
      terms: [{ key: total, sign: -1 }, ...parts.map((key) => ({ key, sign: 1 as const }))],
      why,
    });
  }

  /** Σ plus − Σ minus = 0. */
  balance(plus: readonly string[], minus: readonly string[], why: string): void {
    this.relations.push({
      terms: [
        ...plus.map((key) => ({ key, sign: 1 as const })),
        ...minus.map((key) => ({ key, sign: -1 as const })),
      ],
      why,
    });
  }

  recordDirect(recovery: Recovery): void {
    this.direct.push(recovery);
  }

  /**
   * Interval propagation until nothing changes: a relation is narrowed again only when one of its
   * counts changed (a work list), at most `rounds` times the number of relations in all.
   */
  propagate(rounds = 30): void {
    const relationsOf = new Map<string, number[]>();
    this.relations.forEach(({ terms }, i) => {
      for (const { key } of terms) {
        const list = relationsOf.get(key);
        if (list) list.push(i);
        else relationsOf.set(key, [i]);
      }
    });
    const queued = new Uint8Array(this.relations.length).fill(1);
    const queue: number[] = this.relations.map((_, i) => i);
    let budget = rounds * this.relations.length;
    for (let head = 0; head < queue.length && budget > 0; head++, budget--) {
      const i = queue[head]!;
      queued[i] = 0;
      for (const key of this.narrow(this.relations[i]!))
        for (const j of relationsOf.get(key)!)
          if (!queued[j]) {
            queued[j] = 1;
            queue.push(j);
          }
      // Keep the queue from growing without end: drop what has been handled.
      if (head > 1_000_000) {
        queue.splice(0, head + 1);
        head = -1;
      }
    }
  }

  /** Narrows each count of a relation by the others' sum; returns the counts that changed. */
  private narrow({ terms, why }: Relation): string[] {
    // Each term's contribution sign × [lo, hi]; the others' sum bounds the term.
    const contribution = terms.map(({ key, sign }) => {
      const [lo, hi] = this.get(key);
      return sign === 1 ? ([lo, hi] as Interval) : ([-hi, -lo] as Interval);
    });
    let loFinite = 0;
    let loInfinite = 0;
    let hiFinite = 0;
    let hiInfinite = 0;
    for (const [lo, hi] of contribution) {
      if (lo === -INF) loInfinite++;
      else loFinite += lo;
      if (hi === INF) hiInfinite++;
      else hiFinite += hi;
    }
    const changed: string[] = [];
    terms.forEach(({ key, sign }, j) => {
      const [lo, hi] = contribution[j]!;
      const othersLo =
        loInfinite - (lo === -INF ? 1 : 0) > 0 ? -INF : loFinite - (lo === -INF ? 0 : lo);
      const othersHi =
        hiInfinite - (hi === INF ? 1 : 0) > 0 ? INF : hiFinite - (hi === INF ? 0 : hi);
      // sign × q = −(others): q ∈ sign × [−othersHi, −othersLo].
      const [a, b] = sign === 1 ? [-othersHi, -othersLo] : [othersLo, othersHi];
      if (this.learn(key, a, b, why)) changed.push(key);
    });
    return changed;
  }

  /** Every count hidden everywhere in the publication that is now pinned to one value from 1 to 9. */
  recovered(): Recovery[] {
    const found: Recovery[] = [...this.direct];
    for (const key of this.hidden) {
      if (this.shown.has(key)) continue;
      const [lo, hi] = this.get(key);
      if (lo === hi && lo >= 1 && lo <= 9)
        found.push({ key, value: lo, how: this.because.get(key) ?? '' });
    }
    return found;
  }

  get size(): number {
    return this.bounds.size;
  }
}
