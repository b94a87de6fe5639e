/**
 * The life of one application, from receipt to decision and payment, with its objection,
 * repair job and invoices. Each application draws from its own random stream (seed, id), so
 * any table can be regenerated on its own and the data do not depend on the order of work.
 *
 * Lead times are right-skewed (log-normal): VES about 3 weeks, maatwerk about 26 weeks and
 * growing year by year. Some cases are paused (aangehouden), some withdrawn; about 3 % of
 * decisions get an objection, a third of those go to the advisory committee; an objection
 * judged well-founded revokes the decision (a reversal) and a new decision follows.
 */
import { OBJECTION_GROUNDS, OBJECTION_OUTCOMES } from '../schema/enums';
import type {
  ApplicantKind,
  ApplicationStatus,
  DecisionOutcome,
  ObjectionGround,
  ObjectionOutcome,
  SchemeCode,
} from '../schema/index';
import { dayFromIso, yearOf } from './calendar';
import { createRandom, weightedPicker, type Random } from './random';

export interface SimulationContext {
  seed: number;
  asOf: number;
  objectCount: number;
  /** Object ids (1-based) in the core area and at the edges, for AVV phasing (AVV-2). */
  kernObjects: Int32Array;
  randObjects: Int32Array;
  objectIsKern: Uint8Array;
  contractorCount: number;
  pickContractor: (random: Random) => number;
  objectionTermWeeks: Readonly<Record<SchemeCode, number>>;
}

export interface ApplicationRecord {
  id: number;
  scheme: SchemeCode;
  objectId: number;
  applicantKind: ApplicantKind;
  received: number;
  decided: number | null;
  outcome: DecisionOutcome | null;
  amountCents: number | null;
  preRegistered: boolean;
  status: ApplicationStatus;
}

export interface ObjectionRecord {
  id: number;
  applicationId: number;
  decisionDate: number;
  received: number;
  advisoryCommittee: boolean;
  extensionWeeks: number;
  suspensionDays: number;
  hearing: number | null;
  decided: number | null;
  outcome: ObjectionOutcome | null;
  grounds: ObjectionGround[];
}

export interface RepairJobRecord {
  id: number;
  contractorId: number;
  applicationId: number;
  assigned: number;
  plannedStart: number;
  estimatedHours: number;
  completed: number | null;
}

export interface InvoiceRecord {
  id: number;
  repairJobId: number;
  contractorId: number;
  invoiceNumber: string;
  invoiceDate: number;
  received: number;
  exclCents: number;
  vatCents: number;
  status: 'ontvangen' | 'goedgekeurd' | 'afgekeurd' | 'betaald';
  paid: number | null;
}

export interface SamenloopRecord {
  id: number;
  objectId: number;
  applicationId: number;
  started: number;
  closed: number | null;
}

/** Receives what a simulation produces; a pass implements only what it writes. */
export interface SimulationSink {
  application?(record: ApplicationRecord): void;
  event?(
    id: number,
    applicationId: number,
    eventDate: number,
    registeredOn: number,
    from: ApplicationStatus | null,
    to: ApplicationStatus,
  ): void;
  objection?(record: ObjectionRecord): void;
  repairJob?(record: RepairJobRecord): void;
  invoice?(record: InvoiceRecord): void;
  samenloop?(record: SamenloopRecord): void;
}

/** Running ids of the child tables; the same order of simulation gives the same ids. */
export class IdCounters {
  event = 0;
  objection = 0;
  repairJob = 0;
  invoice = 0;
  samenloop = 0;
}

interface LeadTime {
  /** Median days from receipt to decision for a case received in the given year. */
  median: (year: number) => number;
  sigma: number;
}

const LEAD_TIMES: Readonly<Record<SchemeCode, LeadTime>> = {
  MAATWERK: { median: (year) => 140 + 12 * (year - 2018), sigma: 0.6 },
  VES: { median: () => 21, sigma: 0.5 },
  AVV: { median: () => 28, sigma: 0.4 },
  HEA: { median: () => 120, sigma: 0.5 },
  HIN: { median: () => 150, sigma: 0.5 },
  VHV: { median: () => 35, sigma: 0.4 },
  WDW: { median: () => 56, sigma: 0.7 },
  WDNW: { median: () => 120, sigma: 0.7 },
  IMS: { median: () => 42, sigma: 0.6 },
  STUW: { median: () => 90, sigma: 0.6 },
};

/**
 * AVV-2: the 39,000 pre-registrants first, then the core area, then the edges. AVV opened in
 * the autumn of 2024 and works up to 1,000 a week from 2025 (source 002); the phase dates are
 * the demo data's assumption.
 */
export const AVV_PRE_REGISTRANTS_UNTIL = dayFromIso('2025-08-04');
export const AVV_CORE_AREA_UNTIL = dayFromIso('2026-03-02');
/**
 * AMT-1: EUR 5,000 from November 2021, EUR 10,000 "now"; the sources give no date for the
 * change beyond "implemented in 2024" (source 002), so the demo data take 1 January 2024
 * (small objects keep EUR 5,000).
 */
const VES_HIGHER_AMOUNT_FROM = dayFromIso('2024-01-01');
const EUR = 100;

const OBJECTION_OUTCOME_WEIGHTS: Readonly<Record<ObjectionOutcome, number>> = {
  gegrond: 18,
  deels_gegrond: 12,
  ongegrond: 55,
  niet_ontvankelijk: 8,
  ingetrokken: 7,
};
const OBJECTION_OUTCOME_PICK = weightedPicker(
  OBJECTION_OUTCOMES.map((o) => OBJECTION_OUTCOME_WEIGHTS[o]),
);
/** How often each ground is raised against a physical-damage decision, and against a fixed amount. */
const GROUND_WEIGHTS: Readonly<Record<ObjectionGround, [physical: number, fixed: number]>> = {
  causaliteit: [30, 2],
  hoogte_vergoeding: [25, 20],
  trillingssnelheid: [8, 35],
  schadeomvang: [20, 5],
  eigendom: [2, 15],
  deskundigenadvies: [10, 3],
  procedure: [3, 12],
  termijn: [2, 8],
};
const GROUND_PICK_PHYSICAL = weightedPicker(OBJECTION_GROUNDS.map((g) => GROUND_WEIGHTS[g][0]));
const GROUND_PICK_FIXED = weightedPicker(OBJECTION_GROUNDS.map((g) => GROUND_WEIGHTS[g][1]));

function decide(
  scheme: SchemeCode,
  random: Random,
  decided: number,
): { outcome: DecisionOutcome; amountCents: number } {
  const reject = (p: number) => random.chance(p);
  switch (scheme) {
    case 'MAATWERK': {
      const r = random.next();
      if (r < 0.18) return { outcome: 'afgewezen', amountCents: 0 };
      const amount = Math.round(random.logNormal(3_500, 1.0) * EUR);
      return { outcome: r < 0.28 ? 'deels_toegekend' : 'toegekend', amountCents: amount };
    }
    case 'VES': {
      if (reject(0.06)) return { outcome: 'afgewezen', amountCents: 0 };
      const small = random.chance(0.05);
      return {
        outcome: 'toegekend',
        amountCents: !small && decided >= VES_HIGHER_AMOUNT_FROM ? 10_000 * EUR : 5_000 * EUR,
      };
    }
    case 'AVV': {
      // AVV-1: the target minus all earlier physical-damage compensation, never negative.
      const target = random.chance(0.05) ? 5_000 * EUR : 10_000 * EUR;
      const earlier = random.chance(0.3) ? 0 : Math.round(random.logNormal(3_000, 0.8) * EUR);
      const topUp = Math.max(0, target - earlier);
      return topUp === 0 || reject(0.03)
        ? { outcome: 'afgewezen', amountCents: 0 }
        : { outcome: 'toegekend', amountCents: topUp };
    }
    case 'WDW':
      return reject(0.15)
        ? { outcome: 'afgewezen', amountCents: 0 }
        : { outcome: 'toegekend', amountCents: Math.round(random.logNormal(7_500, 0.6) * EUR) };
    case 'WDNW':
      return reject(0.25)
        ? { outcome: 'afgewezen', amountCents: 0 }
        : { outcome: 'toegekend', amountCents: Math.round(random.logNormal(25_000, 1.0) * EUR) };
    case 'IMS':
      return reject(0.1)
        ? { outcome: 'afgewezen', amountCents: 0 }
        : {
            outcome: 'toegekend',
            amountCents: random.pick([2_500, 5_000, 5_000, 7_500, 10_000]) * EUR,
          };
    case 'STUW':
      return reject(0.1)
        ? { outcome: 'afgewezen', amountCents: 0 }
        : { outcome: 'toegekend', amountCents: Math.round(random.logNormal(4_500, 0.8) * EUR) };
    case 'VHV':
      return reject(0.05)
        ? { outcome: 'afgewezen', amountCents: 0 }
        : { outcome: 'toegekend', amountCents: 2_000 * EUR };
    case 'HEA':
    case 'HIN':
      // The amount of a repair is what its invoices add up to; set by the caller.
      return { outcome: 'toegekend', amountCents: 0 };
  }
}

/** HER-1: repair without causality research up to EUR 60,000 per trajectory. */
const REPAIR_CAP_CENTS = 60_000 * EUR;
const HOURLY_RATE_CENTS = 62_50;
const VAT_RATE = 0.21;

type Step = [day: number, status: ApplicationStatus];

export function simulateApplication(
  id: number,
  scheme: SchemeCode,
  received: number,
  ctx: SimulationContext,
  ids: IdCounters,
  sink: SimulationSink,
): void {
  const random = createRandom(ctx.seed, id);
  const { asOf } = ctx;

  // Which object, and who applies.
  let preRegistered = false;
  let objectId: number;
  if (scheme === 'AVV' && received < AVV_PRE_REGISTRANTS_UNTIL) {
    preRegistered = true;
    objectId = random.int(1, ctx.objectCount);
  } else if (scheme === 'AVV') {
    const pool = received < AVV_CORE_AREA_UNTIL ? ctx.kernObjects : ctx.randObjects;
    objectId =
      pool.length > 0
        ? (pool[random.int(0, pool.length - 1)] as number)
        : random.int(1, ctx.objectCount);
  } else {
    objectId = random.int(1, ctx.objectCount);
  }
  const applicantKind: ApplicantKind = random.chance(scheme === 'WDNW' ? 0.7 : 0.03)
    ? 'rechtspersoon'
    : 'natuurlijk_persoon';

  // The planned course of the case, before we cut it at the "as of" date.
  const lead = LEAD_TIMES[scheme];
  const leadDays = Math.max(
    3,
    Math.round(random.logNormal(lead.median(yearOf(received)), lead.sigma)),
  );
  const steps: Step[] = [
    [received, 'ontvangen'],
    [received + random.int(0, 6), 'in_behandeling'],
  ];
  let job: RepairJobRecord | null = null;
  let decisionDay: number;

  if (scheme === 'HEA' || scheme === 'HIN') {
    const assigned = received + Math.round(0.15 * leadDays);
    const plannedStart = assigned + random.int(14, 60);
    const hours = Math.max(4, Math.round(random.logNormal(60, 0.7)));
    const ready = plannedStart + Math.ceil((hours / 24) * 7) + random.int(0, 21);
    steps.push([assigned, 'opname'], [plannedStart, 'herstel_gestart'], [ready, 'herstel_gereed']);
    decisionDay = ready + random.int(7, 30);
    job = {
      id: 0,
      contractorId: ctx.pickContractor(random) + 1,
      applicationId: id,
      assigned,
      plannedStart,
      estimatedHours: hours,
      completed: ready <= asOf ? ready : null,
    };
  } else {
    if (scheme === 'MAATWERK' || scheme === 'VES')
      steps.push([received + Math.round(0.4 * leadDays), 'opname']);
    if (scheme === 'MAATWERK') steps.push([received + Math.round(0.75 * leadDays), 'advies']);
    decisionDay = received + leadDays;
  }

  // A pause (aangehouden) moves everything after it; more often since the 2023 option to pause.
  const pauseChance =
    scheme === 'MAATWERK' ? (yearOf(received) >= 2023 ? 0.12 : 0.06) : scheme === 'HEA' ? 0.04 : 0;
  if (pauseChance > 0 && random.chance(pauseChance)) {
    const start = received + Math.max(7, Math.round(0.3 * leadDays));
    const length = Math.max(14, Math.round(random.logNormal(120, 0.5)));
    for (const step of steps) if (step[0] >= start) step[0] += length;
    if (job) {
      job.plannedStart += length;
      job.completed =
        job.completed === null || job.completed + length > asOf ? null : job.completed + length;
    }
    steps.push([start, 'aangehouden'], [start + length, 'in_behandeling']);
    decisionDay += length;
  }

  const withdrawn = random.chance(0.02);
  if (withdrawn) {
    const day = received + random.int(3, Math.max(4, leadDays - 1));
    for (let i = steps.length - 1; i >= 0; i--)
      if ((steps[i] as Step)[0] >= day) steps.splice(i, 1);
    steps.push([day, 'ingetrokken']);
  }

  const { outcome, amountCents: decidedAmount } = decide(scheme, random, decisionDay);
  let amountCents = decidedAmount;
  const awarded = outcome !== 'afgewezen';
  let objection: ObjectionRecord | null = null;

  if (!withdrawn) {
    steps.push([decisionDay, 'besluit']);
    if (awarded && scheme !== 'HEA' && scheme !== 'HIN')
      steps.push([decisionDay + random.int(3, 20), 'uitbetaald']);
    // Objections: about 3 % of decisions, more after a rejection (TERM-1 filing term).
    if (random.chance(outcome === 'afgewezen' ? 0.12 : 0.022)) {
      objection = simulateObjection(random, id, scheme, decisionDay, ctx);
      if (objection && objection.outcome === 'gegrond' && objection.decided !== null) {
        // A well-founded objection revokes the decision; a new one follows.
        const revoked = objection.decided;
        const redecided = revoked + random.int(30, 120);
        steps.push([revoked, 'besluit_herroepen'], [redecided, 'besluit']);
        if (scheme !== 'HEA' && scheme !== 'HIN') {
          amountCents = Math.max(amountCents, Math.round(random.logNormal(3_000, 0.7) * EUR));
          steps.push([redecided + random.int(3, 20), 'uitbetaald']);
        }
      }
    }
  }

  steps.sort((a, b) => a[0] - b[0]);

  // Emit what is registered by the "as of" date; the first event not yet registered ends the story.
  let from: ApplicationStatus | null = null;
  let decided: number | null = null;
  let lastDay = received;
  for (const [day, status] of steps) {
    const eventDay = Math.max(day, lastDay);
    // The receipt is registered by the portal at once; later steps sometimes days later.
    const r = random.next();
    const lag =
      status === 'ontvangen' || r < 0.8 ? 0 : r < 0.95 ? random.int(1, 3) : random.int(4, 20);
    const registered = eventDay + lag;
    if (eventDay > asOf || registered > asOf) break;
    ids.event++;
    sink.event?.(ids.event, id, eventDay, registered, from, status);
    if (status === 'besluit') decided = eventDay;
    if (status === 'besluit_herroepen') decided = null;
    from = status;
    lastDay = eventDay;
  }
  const status = from ?? 'ontvangen';

  if (job && job.assigned <= asOf) {
    ids.repairJob++;
    job.id = ids.repairJob;
    sink.repairJob?.(job);
    if (scheme === 'HEA' && job.completed !== null) {
      amountCents = Math.min(REPAIR_CAP_CENTS, simulateInvoices(random, job, ids, sink, asOf));
    } else if (scheme === 'HIN') {
      // IMG's own contractors are paid under framework contracts: the estimate stands for the cost.
      amountCents = Math.min(
        REPAIR_CAP_CENTS,
        Math.round(job.estimatedHours * HOURLY_RATE_CENTS * 1.5 * (1 + VAT_RATE)),
      );
    }
  }
  if (objection && objection.received <= asOf) {
    ids.objection++;
    objection.id = ids.objection;
    if (objection.decided !== null && objection.decided > asOf) {
      objection.decided = null;
      objection.outcome = null;
    }
    if (objection.hearing !== null && objection.hearing > asOf) objection.hearing = null;
    sink.objection?.(objection);
  }
  if (scheme === 'MAATWERK' && ctx.objectIsKern[objectId] === 1 && random.chance(0.025)) {
    const started = received + random.int(30, 200);
    if (started <= asOf) {
      ids.samenloop++;
      const closed = started + random.int(200, 900);
      sink.samenloop?.({
        id: ids.samenloop,
        objectId,
        applicationId: id,
        started,
        closed: closed <= asOf ? closed : null,
      });
    }
  }

  sink.application?.({
    id,
    scheme,
    objectId,
    applicantKind,
    received,
    decided,
    outcome: decided === null ? null : outcome,
    amountCents: decided === null ? null : amountCents,
    preRegistered,
    status,
  });
}

function simulateObjection(
  random: Random,
  applicationId: number,
  scheme: SchemeCode,
  decisionDate: number,
  ctx: SimulationContext,
): ObjectionRecord {
  const termDays = ctx.objectionTermWeeks[scheme] * 7;
  const late = random.chance(0.02);
  const received =
    decisionDate + 1 + (late ? termDays + random.int(1, 30) : random.int(0, termDays - 1));
  const advisoryCommittee = random.chance(1 / 3);
  const extensionWeeks = random.chance(0.2) ? 6 : 0;
  const suspensionDays = random.chance(0.1) ? random.int(7, 35) : 0;
  const duration = Math.round(random.logNormal(advisoryCommittee ? 110 : 45, 0.5)) + suspensionDays;
  const decided = received + duration;
  const hearing = random.chance(advisoryCommittee ? 0.7 : 0.3)
    ? received + Math.round(0.6 * duration)
    : null;
  const outcome =
    late && random.chance(0.8)
      ? 'niet_ontvankelijk'
      : (OBJECTION_OUTCOMES[OBJECTION_OUTCOME_PICK(random)] as ObjectionOutcome);
  const pickGround =
    scheme === 'MAATWERK' || scheme === 'HEA' || scheme === 'HIN'
      ? GROUND_PICK_PHYSICAL
      : GROUND_PICK_FIXED;
  const grounds = new Set<ObjectionGround>();
  const count = random.int(1, 3);
  for (let i = 0; i < count; i++)
    grounds.add(OBJECTION_GROUNDS[pickGround(random)] as ObjectionGround);
  return {
    id: 0,
    applicationId,
    decisionDate,
    received,
    advisoryCommittee,
    extensionWeeks,
    suspensionDays,
    hearing,
    decided,
    outcome,
    grounds: [...grounds].sort(),
  };
}

/** One invoice per delivery, sometimes a partial one first; returns the accepted total incl. VAT. */
function simulateInvoices(
  random: Random,
  job: RepairJobRecord,
  ids: IdCounters,
  sink: SimulationSink,
  asOf: number,
): number {
  const completed = job.completed as number;
  const totalExcl = Math.round(
    job.estimatedHours * HOURLY_RATE_CENTS * (1.3 + 0.4 * random.next()),
  );
  const parts = random.chance(0.1)
    ? [Math.round(totalExcl * 0.4), totalExcl - Math.round(totalExcl * 0.4)]
    : [totalExcl];
  let accepted = 0;
  parts.forEach((exclCents, index) => {
    const invoiceDate =
      (index === 0 && parts.length > 1 ? job.plannedStart + 7 : completed) + random.int(1, 14);
    const received = invoiceDate + random.int(0, 5);
    if (received > asOf) return;
    const vatCents = Math.round(exclCents * VAT_RATE);
    const paidAfter = received + random.int(10, 40);
    const status = random.chance(0.03)
      ? 'afgekeurd'
      : paidAfter <= asOf
        ? 'betaald'
        : received + 7 <= asOf
          ? 'goedgekeurd'
          : 'ontvangen';
    ids.invoice++;
    sink.invoice?.({
      id: ids.invoice,
      repairJobId: job.id,
      contractorId: job.contractorId,
      invoiceNumber: `${yearOf(invoiceDate)}-${String(ids.invoice).padStart(7, '0')}`,
      invoiceDate,
      received,
      exclCents,
      vatCents,
      status,
      paid: status === 'betaald' ? paidAfter : null,
    });
    if (status !== 'afgekeurd') accepted += exclCents + vatCents;
  });
  return accepted;
}
