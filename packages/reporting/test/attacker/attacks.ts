/**
 * The attacker: reads every answer of a publication and tries to recover a count from 1 to 9 the
 * publication hides, with what a careful statistician would try — shares × bases, averages ×
 * weeks, rates × bases, money ÷ the most one case can cost, and totals minus their published parts
 * within a table, across tables that count the same thing and across grains (a country is the sum
 * of its municipalities and of its two areas; a week's stock is last week's plus its flows).
 */
import type { PublicCount } from '../../src/index';
import { Knowledge, type Recovery } from './knowledge';

export interface Answer {
  procedure: string;
  input: Record<string, string | number>;
  answer: unknown;
}

/** TERM-5: the most one overdue objection can cost, in cents (42 days). */
const PENALTY_MAX_CENTS = 14 * 2_300 + 14 * 3_500 + 14 * 4_500;
const FLOWS = ['inflow', 'outflow', 'reopened', 'withdrawn'] as const;
/** Publications before issue 15 had cumulative weekly counts too; read when they are there. */
const CUMULATIVE = ['cumulativeInflow', 'cumulativeOutflow'] as const;
const MEASURES = [...FLOWS, 'stock', 'pausedStock', ...CUMULATIVE] as const;
const SHARE_TOLERANCE = 0.0005 + 1e-9;

const p = (week: string, scheme: string, m: string, area: string, measure: string) =>
  `progress|${week}|${scheme}|${m}|${area}|${measure}`;

type Count = PublicCount;
interface SpanWeek {
  week: string;
  opened: Count;
  closed: Count;
  open: Count;
}
interface ProgressAnswer {
  series: { scheme: string; weeks: ({ week: string } & Record<string, Count | string>)[] }[];
}

/**
 * All (n, k1 ≤ k2 ≤ …) with n in [nLo, nHi] and round(k_i / n) = share_i: the counts a set of
 * cumulative shares of one group can stand for (assuming nothing censored). For each implied
 * count (k1, k2 − k1, …, n − k_last, and n − k_i), the values it takes over all solutions.
 */
function sharesSolutions(
  nLo: number,
  nHi: number,
  shares: readonly number[],
): Map<string, Set<number>> | null {
  const implied = new Map<string, Set<number>>();
  const add = (name: string, v: number) => {
    let set = implied.get(name);
    if (!set) implied.set(name, (set = new Set()));
    set.add(v);
  };
  let any = false;
  for (let n = Math.max(1, nLo); n <= nHi; n++) {
    const options = shares.map((s) => {
      const ks: number[] = [];
      for (let k = Math.max(0, Math.floor((s - SHARE_TOLERANCE) * n)); k <= n; k++) {
        const share = k / n;
        if (share > s + SHARE_TOLERANCE) break;
        if (Math.abs(share - s) <= SHARE_TOLERANCE) ks.push(k);
      }
      return ks;
    });
    const walk = (i: number, chosen: number[]) => {
      if (i === options.length) {
        any = true;
        chosen.forEach((k, j) => {
          add(`step${j}`, k - (j === 0 ? 0 : chosen[j - 1]!));
          add(`left${j}`, n - k);
        });
        return;
      }
      for (const k of options[i]!) if (i === 0 || k >= chosen[i - 1]!) walk(i + 1, [...chosen, k]);
    };
    walk(0, []);
  }
  return any ? implied : null;
}

/** A recovery from shares: an implied count that takes one value only, from 1 to 9. */
function sharesAttack(
  knowledge: Knowledge,
  where: string,
  base: [number, number],
  shares: readonly number[],
): void {
  if (shares.length === 0 || !Number.isFinite(base[1])) return;
  const solutions = sharesSolutions(base[0], base[1], shares);
  if (!solutions) return;
  for (const [name, values] of solutions) {
    if (values.size !== 1) continue;
    const [value] = values;
    if (value! >= 1 && value! <= 9)
      knowledge.recordDirect({
        key: `${where}|${name}`,
        value: value!,
        how: `shares ${shares.join(', ')} of a group of ${base[0]}–${base[1]}`,
      });
  }
}

/**
 * `derived`: what the derived figures give away — shares × bases, averages × weeks, rates × bases,
 * money ÷ the maximum, percentiles of few cases — with the sums within each table they need.
 * `all` adds the sums across grains (country = Σ municipalities = core + edge, all schemes = Σ
 * schemes) and across weeks (a stock or a cumulative count runs on from week to week).
 */
export type Channels = 'derived' | 'all';

export function attack(
  answers: readonly Answer[],
  { week: publishedWeek, channels = 'all' }: { week: string; channels?: Channels },
): { recovered: Recovery[]; individualValues: string[]; contradictions: string[]; counts: number } {
  const k = new Knowledge();
  // The methodology says whether a zero beside hidden counts is hidden too ("<10" may then be 0):
  // the attacker reads it, as anyone can.
  const methodology = (
    answers.find((a) => a.procedure === 'meta.info')?.answer as
      { methodology?: { metric: string; en: string }[] } | undefined
  )?.methodology;
  // Whether a percentile is shown is decided on the published count (then it says nothing more),
  // or on the true one (then a hidden one says the count is under its threshold).
  const percentileOnPublished =
    methodology?.find((m) => m.metric === 'disclosure.percentile')?.en.includes('published') ??
    false;
  const zerosHidden = answers.some(
    (a) =>
      a.procedure === 'meta.info' &&
      (a.answer as { methodology?: { metric: string }[] }).methodology?.some(
        (m) => m.metric === 'disclosure.zero',
      ),
  );
  const individualValues: string[] = [];
  const municipalities = new Set<string>();
  const weeksOf = new Map<string, Set<string>>(); // scheme|m|area → weeks
  const schemes = new Set<string>();
  const expected: {
    scheme: string;
    out: number | null;
    inn: number | null;
    days: number | null;
  }[] = [];
  const pendingRates: { key: string; scheme: string; rate: number }[] = [];
  const ageingLabels = new Set<string>();
  const leadBases = new Set<string>();
  const leadWeekKeys = new Set<string>();

  /** Things with a start and an end per week: opened, closed, open; open runs on from week to week. */
  const spans = (prefix: string, weeks: readonly SpanWeek[]) =>
    weeks.forEach((w, i) => {
      const key = (col: string) => `${prefix}|${w.week}|${col}`;
      k.count(key('opened'), w.opened, key('opened'), zerosHidden);
      k.count(key('closed'), w.closed, key('closed'), zerosHidden);
      k.count(key('open'), w.open, key('open'), zerosHidden);
      const previous = weeks[i - 1];
      if (previous && channels === 'all')
        k.balance(
          [key('open'), key('closed')],
          [`${prefix}|${previous.week}|open`, key('opened')],
          'open = open before + opened − closed',
        );
    });

  for (const { procedure, input, answer } of answers) {
    const m = (input.municipality as string | undefined) ?? '*';
    if (m !== '*') municipalities.add(m);
    const area = (input.area as string | undefined) ?? '*';
    switch (procedure) {
      case 'applications.perScheme': {
        type Row = { scheme: string; cells: Partial<Record<string, Count>> };
        const a = answer as {
          schemes: ({ scheme: string } & Record<string, Count>)[];
          totals: Record<string, Count>;
        };
        const rows: Row[] = [
          ...a.schemes.map(({ scheme, ...cells }) => ({ scheme, cells })),
          { scheme: '*', cells: a.totals },
        ];
        for (const { scheme, cells } of rows) {
          const s = { scheme, ...cells };
          schemes.add(scheme);
          const key = (col: string) =>
            col === 'open'
              ? p(publishedWeek, s.scheme, m, '*', 'stock')
              : col === 'received'
                ? p(publishedWeek, s.scheme, m, '*', 'cumulativeInflow')
                : `perScheme|${m}|${s.scheme}|${col}`;
          for (const col of ['received', 'decided', 'withdrawn', 'open'])
            if (cells[col])
              k.count(key(col), cells[col], `perScheme ${m} ${s.scheme} ${col}`, zerosHidden);
          if (cells.withdrawn)
            k.sum(
              key('received'),
              [key('decided'), key('withdrawn'), key('open')],
              'received = decided + withdrawn + open',
            );
          else k.sum(key('received'), [key('decided'), key('open')], 'received = decided + open');
        }
        break;
      }
      case 'progress.weekly': {
        for (const series of (answer as ProgressAnswer).series) {
          schemes.add(series.scheme);
          const level = `${series.scheme}|${m}|${area}`;
          const weeks = weeksOf.get(level) ?? new Set<string>();
          weeksOf.set(level, weeks);
          for (const w of series.weeks) {
            weeks.add(w.week);
            for (const measure of MEASURES)
              if (w[measure] !== undefined)
                k.count(
                  p(w.week, series.scheme, m, area, measure),
                  w[measure] as Count,
                  `progress ${level} ${w.week} ${measure}`,
                  zerosHidden,
                );
          }
        }
        break;
      }
      case 'leadTimes.ageing': {
        const a = answer as { buckets: { label: string; open: Count }[]; total: Count };
        const scheme = (input.scheme as string | undefined) ?? '*';
        const key = (label: string) => `ageing|${scheme}|${m}|${area}|${label}`;
        for (const b of a.buckets) {
          k.count(key(b.label), b.open, `ageing ${key(b.label)}`, zerosHidden);
          ageingLabels.add(b.label);
        }
        const total = p(publishedWeek, scheme, m, area, 'stock');
        k.count(total, a.total, `ageing total ${scheme} ${m} ${area}`, zerosHidden);
        k.sum(
          total,
          a.buckets.map((b) => key(b.label)),
          'ageing: total = Σ buckets',
        );
        break;
      }
      case 'leadTimes.cohorts': {
        const a = answer as {
          months: { month: string; cases: Count; decidedBy: Record<string, number | null> }[];
        };
        for (const month of a.months) {
          const key = `cohort|${input.scheme}|${month.month}`;
          k.count(key, month.cases, key);
          const shares = ['91', '182', '365']
            .map((t) => month.decidedBy[t])
            .filter((s): s is number => s !== null && s !== undefined);
          sharesAttack(k, key, k.get(key), shares);
        }
        break;
      }
      case 'leadTimes.realized': {
        const a = answer as {
          decisions: Count;
          shareWithinTarget: number | null;
          medianDays: number | null;
        };
        const key = `realized|${input.scheme}|${input.basis}`;
        k.count(key, a.decisions, key);
        if (a.shareWithinTarget !== null) sharesAttack(k, key, k.get(key), [a.shareWithinTarget]);
        if (a.medianDays !== null) k.learn(key, 20, Number.POSITIVE_INFINITY, 'median shown');
        else if (!percentileOnPublished && !a.decisions.suppressed)
          k.learn(key, 0, 19, 'median hidden');
        if (a.medianDays !== null && k.get(key)[1] < 20)
          individualValues.push(`${key}: median of at most ${k.get(key)[1]} decisions`);
        break;
      }
      case 'leadTimes.weekly': {
        const a = answer as {
          weeks: {
            week: string;
            decisions: Count;
            p50Days: number | null;
            p80Days: number | null;
            p95Days: number | null;
          }[];
        };
        const scheme = (input.scheme as string | undefined) ?? '*';
        leadBases.add(String(input.basis));
        for (const w of a.weeks) {
          const key = `leadWeekly|${w.week}|${scheme}|${input.basis}`;
          k.count(key, w.decisions, key, zerosHidden);
          leadWeekKeys.add(w.week);
          // Shown, a percentile says the count meets its threshold; hidden beside a shown count,
          // under a rule on the true count, that it does not (50 with p80 hidden: 48 or 49).
          for (const [q, v] of [
            [0.5, w.p50Days],
            [0.8, w.p80Days],
            [0.95, w.p95Days],
          ] as const) {
            const least = Math.ceil(10 / Math.min(q, 1 - q) - 1e-9);
            if (v !== null) k.learn(key, least, Number.POSITIVE_INFINITY, `p${q * 100} shown`);
            else if (!percentileOnPublished && !w.decisions.suppressed)
              k.learn(key, 0, least - 1, `p${q * 100} hidden`);
          }
          const [, hi] = k.get(key);
          // A percentile with fewer than 10 decisions beyond it is close to one case's own value.
          for (const [name, q, v] of [
            ['p50', 0.5, w.p50Days],
            ['p80', 0.8, w.p80Days],
            ['p95', 0.95, w.p95Days],
          ] as const)
            if (v !== null && hi * Math.min(q, 1 - q) < 10)
              individualValues.push(`${key}: ${name} of at most ${hi} decisions`);
        }
        break;
      }
      case 'leadTimes.expected': {
        const a = answer as {
          openStock: Count;
          weeklyOutflow: number | null;
          weeklyInflow: number | null;
          expectedDays: number | null;
        };
        const scheme = (input.scheme as string | undefined) ?? '*';
        k.count(
          p(publishedWeek, scheme, '*', '*', 'stock'),
          a.openStock,
          `expected ${scheme} stock`,
          zerosHidden,
        );
        expected.push({ scheme, out: a.weeklyOutflow, inn: a.weeklyInflow, days: a.expectedDays });
        break;
      }
      case 'objections.summary': {
        const a = answer as {
          backlog: {
            stages: { stage: string; byAge: { label: string; open: Count }[]; total: Count }[];
            total: Count;
          };
          deadlines: { onTime: Count; atRisk: Count; overdue: Count };
          penaltyExposureCents: number | null;
          perScheme: { scheme: string; objections: Count; rate: number | null }[];
        };
        for (const stage of a.backlog.stages) {
          const row = stage.byAge.map((b) => {
            const key = `backlog|${stage.stage}|${b.label}`;
            k.count(key, b.open, key, zerosHidden);
            return key;
          });
          k.count(`backlog|${stage.stage}|total`, stage.total, `backlog ${stage.stage}`);
          k.sum(`backlog|${stage.stage}|total`, row, 'backlog stage = Σ ages');
        }
        k.count('backlog|total', a.backlog.total, 'backlog total');
        k.sum(
          'backlog|total',
          a.backlog.stages.map((s) => `backlog|${s.stage}|total`),
          'backlog = Σ stages',
        );
        for (const [name, c] of Object.entries(a.deadlines))
          k.count(`deadlines|${name}`, c, `deadlines ${name}`, zerosHidden);
        k.sum(
          'backlog|total',
          ['deadlines|onTime', 'deadlines|atRisk', 'deadlines|overdue'],
          'open objections = on time + at risk + overdue',
        );
        k.sum(
          `objectionsWeekly|${publishedWeek}|open`,
          ['backlog|total'],
          'open at the week end = the backlog',
        );
        if (a.penaltyExposureCents !== null) {
          // Each overdue objection costs at most the maximum: at least exposure ÷ maximum are
          // overdue (less 2.5, as the amount may have been rounded to 5 × the maximum).
          k.learn(
            'deadlines|overdue',
            a.penaltyExposureCents / PENALTY_MAX_CENTS - 2.5,
            Number.POSITIVE_INFINITY,
            'penalty ÷ maximum per objection',
          );
        }
        for (const s of a.perScheme) {
          const key = `objections|${s.scheme}`;
          k.count(key, s.objections, key, zerosHidden);
          if (s.rate !== null) pendingRates.push({ key, scheme: s.scheme, rate: s.rate });
        }
        break;
      }
      case 'objections.weekly':
        spans('objectionsWeekly', (answer as { weeks: SpanWeek[] }).weeks);
        break;
      case 'relatedCases.weekly': {
        const a = answer as Record<string, SpanWeek[]>;
        for (const kind of ['aosReports', 'acutelyUnsafe', 'samenloop'])
          spans(`related|${kind}`, a[kind] ?? []);
        break;
      }
      default:
        break;
    }
  }

  // Rates × bases: objections = rate × the decisions perScheme publishes.
  for (const { key, scheme, rate } of pendingRates) {
    const [dLo, dHi] = k.get(`perScheme|*|${scheme}|decided`);
    if (Number.isFinite(dHi))
      // ± 2: the rate may have been taken over rounded counts.
      k.learn(
        key,
        (rate - SHARE_TOLERANCE) * dLo - 2,
        (rate + SHARE_TOLERANCE) * dHi + 2,
        `objection rate ${rate} × decisions ${dLo}–${dHi}`,
      );
  }

  // Grains: the country is the sum of its municipalities, and of its two areas; '*' of the schemes.
  const levels = channels === 'all' ? [...weeksOf.keys()] : [];
  const allWeeks = [...new Set([...weeksOf.values()].flatMap((w) => [...w]))].sort();
  const realSchemes = [...schemes].filter((s) => s !== '*');
  for (const week of channels === 'all' ? allWeeks : []) {
    for (const scheme of realSchemes) {
      for (const measure of MEASURES) {
        const national = p(week, scheme, '*', '*', measure);
        if (municipalities.size > 0)
          k.sum(
            national,
            [...municipalities].map((m) => p(week, scheme, m, '*', measure)),
            'country = Σ municipalities',
          );
        k.sum(
          national,
          [p(week, scheme, '*', 'kern', measure), p(week, scheme, '*', 'rand', measure)],
          'country = core + edge',
        );
      }
    }
    for (const m of ['*', ...municipalities])
      for (const area of m === '*' ? ['*', 'kern', 'rand'] : ['*'])
        for (const measure of MEASURES)
          k.sum(
            p(week, '*', m, area, measure),
            realSchemes.map((s) => p(week, s, m, area, measure)),
            'all schemes = Σ schemes',
          );
  }
  // First decisions per week: all schemes is the sum of the schemes.
  for (const basis of channels === 'all' ? leadBases : [])
    for (const week of leadWeekKeys)
      k.sum(
        `leadWeekly|${week}|*|${basis}`,
        realSchemes.map((s) => `leadWeekly|${week}|${s}|${basis}`),
        'first decisions: all schemes = Σ schemes',
      );
  // The ageing buckets add up the same way: over municipalities, the two areas and the schemes.
  for (const label of channels === 'all' ? ageingLabels : []) {
    const a = (scheme: string, m: string, area: string) => `ageing|${scheme}|${m}|${area}|${label}`;
    for (const scheme of ['*', ...realSchemes]) {
      if (municipalities.size > 0)
        k.sum(
          a(scheme, '*', '*'),
          [...municipalities].map((m) => a(scheme, m, '*')),
          'ageing: country = Σ municipalities',
        );
      k.sum(
        a(scheme, '*', '*'),
        [a(scheme, '*', 'kern'), a(scheme, '*', 'rand')],
        'ageing: country = core + edge',
      );
    }
    for (const [m, area] of [
      ['*', '*'],
      ['*', 'kern'],
      ['*', 'rand'],
      ...[...municipalities].map((x) => [x, '*']),
    ] as const)
      k.sum(
        a('*', m, area),
        realSchemes.map((s) => a(s, m, area)),
        'ageing: all schemes = Σ schemes',
      );
  }
  // The stock runs on from week to week.
  for (const level of levels) {
    const [scheme, m, area] = level.split('|') as [string, string, string];
    const weeks = [...weeksOf.get(level)!].sort();
    weeks.forEach((week, i) => {
      const before = i > 0 ? weeks[i - 1]! : null;
      if (!before) return;
      const at = (w: string, measure: string) => p(w, scheme, m, area, measure);
      k.balance(
        [at(week, 'stock'), at(week, 'outflow'), at(week, 'withdrawn')],
        [at(before, 'stock'), at(week, 'inflow'), at(week, 'reopened')],
        'stock = stock before + inflow − outflow + reopened − withdrawn',
      );
      for (const [cumulative, flow] of [
        ['cumulativeInflow', 'inflow'],
        ['cumulativeOutflow', 'outflow'],
      ] as const)
        if (k.knows(at(week, cumulative)))
          k.sum(
            at(week, cumulative),
            [at(before, cumulative), at(week, flow)],
            `${cumulative} runs on`,
          );
    });
  }
  // Averages × weeks: Little's law publishes 13-week sums as weekly averages.
  const window = allWeeks.filter((w) => w <= publishedWeek).slice(-13);
  for (const { scheme, out, inn, days } of expected) {
    const sumKey = (what: string) => `expected|${scheme}|${what}`;
    // ± 2 throughout: the sums may have been rounded to 5 before they were averaged.
    if (out !== null)
      k.learn(
        sumKey('out'),
        13 * (out - 0.05) - 2,
        13 * (out + 0.05) + 2,
        `weekly outflow ${out} × 13`,
      );
    if (inn !== null)
      k.learn(
        sumKey('in'),
        13 * (inn - 0.05) - 2,
        13 * (inn + 0.05) + 2,
        `weekly inflow ${inn} × 13`,
      );
    if (days !== null && days > 0) {
      const [sLo, sHi] = k.get(p(publishedWeek, scheme, '*', '*', 'stock'));
      if (Number.isFinite(sHi))
        k.learn(
          sumKey('out'),
          (91 * (sLo - 2)) / (days + 0.5) - 2,
          (91 * (sHi + 2)) / Math.max(0.5, days - 0.5) + 2,
          `stock ÷ expected days`,
        );
    }
    if (window.length === 13) {
      k.balance(
        [sumKey('out'), ...window.map((w) => p(w, scheme, '*', '*', 'reopened'))],
        window.map((w) => p(w, scheme, '*', '*', 'outflow')),
        '13-week net outflow = Σ outflow − Σ reopened',
      );
      k.balance(
        [sumKey('in'), ...window.map((w) => p(w, scheme, '*', '*', 'withdrawn'))],
        window.map((w) => p(w, scheme, '*', '*', 'inflow')),
        '13-week net inflow = Σ inflow − Σ withdrawn',
      );
    }
  }
  k.propagate();
  return {
    recovered: k.recovered(),
    individualValues,
    contradictions: k.contradictions,
    counts: k.size,
  };
}
