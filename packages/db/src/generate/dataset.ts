/**
 * A synthetic data set, deterministic from (seed, applications, asOf): the tables as streams
 * of CSV text, ready for PostgreSQL's COPY. Nothing here touches a database.
 */
import { isoFromDay, createDayFormatter, dayFromIso } from './calendar';
import { FIRST_INTAKE_DAY, planIntake } from './intake';
import {
  areaOf,
  loadFieldOutline,
  loadMunicipalities,
  objectWeight,
  postcodePrefix,
  samplePoint,
} from './geography';
import { loadQuakes } from './quakes';
import { CsvWriter } from './csv-writer';
import { createRandom, weightedPicker } from './random';
import { SCHEMES } from './reference';
import {
  IdCounters,
  simulateApplication,
  type InvoiceRecord,
  type ApplicationRecord,
  type ObjectionRecord,
  type RepairJobRecord,
  type SamenloopRecord,
  type SimulationContext,
  type SimulationSink,
} from './simulate';
import type { SchemeCode } from '../schema/index';

export interface DatasetOptions {
  /** Number of applications, 1 to 1,000,000 (more is allowed but untested). */
  applications: number;
  seed?: number;
  /** The "as of" date of the data set (ISO); nothing happens after it. */
  asOf?: string;
}

/** The fixed default keeps a seed reproducible on any day it is run. */
export const DEFAULT_AS_OF = '2026-11-22';
export const DEFAULT_SEED = 1;
export const MAX_APPLICATIONS = 5_000_000;

export interface TableSource {
  table: string;
  columns: readonly string[];
  /** About how many rows the table will have, for progress reports. */
  estimatedRows: number;
  /** CSV (UTF-8) in pieces of about a megabyte; lines end with `\n`, no header. */
  chunks(): Iterable<string | Uint8Array>;
}

export interface Dataset {
  options: Required<DatasetOptions>;
  /**
   * Tables in the order that generates fastest: status events first, because their pass also
   * yields the applications and the small child tables. Loaders drop the foreign keys while
   * copying; to load with keys in place, follow `DATA_TABLES` (parents first).
   */
  tables: TableSource[];
  /** Key–value facts about the data set, for `dataset_info`. */
  info: Record<string, string>;
}

const CHUNK_CHARS = 1 << 20;

function* chunked(lines: Iterable<string>): Generator<string> {
  let buffer = '';
  for (const line of lines) {
    buffer += line;
    if (buffer.length >= CHUNK_CHARS) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer) yield buffer;
}

/** CSV field for free text: quoted when it holds a delimiter or a quote. */
function text(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
const opt = (value: string | number | null): string => (value === null ? '' : String(value));

const STREETS = [
  'Kerkstraat',
  'Dorpsstraat',
  'Molenweg',
  'Schoolstraat',
  'Hoofdweg',
  'Stationsweg',
  'Wierde',
  'Torenstraat',
  'Boerderijweg',
  'Kanaalweg',
  'Zuiderdiep',
  'Noorderweg',
  'Oosterstraat',
  'Westerweg',
  'Lindelaan',
  'Esweg',
  'Meedenweg',
  'Borgweg',
  'Dijkstraat',
  'Havenstraat',
];
const COMPANY_KINDS = [
  'Bouwbedrijf',
  'Aannemersbedrijf',
  'Herstelbedrijf',
  'Bouw- en Onderhoudsbedrijf',
  'Timmerbedrijf',
  'Voegbedrijf',
  'Stukadoorsbedrijf',
  'Renovatiebedrijf',
];
const NAME_ROOTS = [
  'Ekkel',
  'Moer',
  'Dolle',
  'Hoorne',
  'Venne',
  'Wolde',
  'Zijle',
  'Helme',
  'Brinke',
  'Mere',
  'Kolke',
  'Heeme',
  'Tille',
  'Ossel',
  'Rade',
  'Veld',
];
const NAME_ENDS = ['sma', 'stra', 'ema', 'inga', 'huis', 'kamp', 'werf', 'borg'];
const LEGAL_FORMS = ['B.V.', 'V.O.F.', '', 'B.V.'];
/** Postcode letters; SA, SD and SS never occur in Dutch postcodes, so S is left out altogether. */
const POSTCODE_LETTERS = [...'ABCEGHJKLMNPRTVWXZ'];

export function createDataset(input: DatasetOptions): Dataset {
  const options: Required<DatasetOptions> = {
    applications: input.applications,
    seed: input.seed ?? DEFAULT_SEED,
    asOf: input.asOf ?? DEFAULT_AS_OF,
  };
  if (
    !Number.isInteger(options.applications) ||
    options.applications < 1 ||
    options.applications > MAX_APPLICATIONS
  ) {
    throw new RangeError(
      `applications must be a whole number from 1 to ${MAX_APPLICATIONS}, got ${input.applications}`,
    );
  }
  if (!Number.isInteger(options.seed) || options.seed < 0 || options.seed > 0xffffffff) {
    throw new RangeError(`seed must be a whole number from 0 to 4294967295, got ${input.seed}`);
  }
  const asOf = dayFromIso(options.asOf);
  if (asOf < FIRST_INTAKE_DAY)
    throw new RangeError(`asOf must be on or after ${isoFromDay(FIRST_INTAKE_DAY)}`);
  const { seed } = options;
  const day = createDayFormatter(dayFromIso('1990-01-01'), asOf + 1);

  const quakes = loadQuakes();
  const municipalities = loadMunicipalities();
  const field = loadFieldOutline();
  const plan = planIntake(options.applications, asOf, quakes, createRandom(seed, -1));

  // Objects: several applications (schemes) per object, as in reality.
  const objectCount = Math.max(50, Math.round(options.applications * 0.42));
  const current = municipalities.filter((m) => m.validTo === null);
  const pickMunicipality = weightedPicker(current.map((m) => objectWeight(m.code)));
  const objectX = new Int32Array(objectCount + 1);
  const objectY = new Int32Array(objectCount + 1);
  const objectMunicipality = new Uint8Array(objectCount + 1);
  const objectIsKern = new Uint8Array(objectCount + 1);
  const kern: number[] = [];
  const rand: number[] = [];
  for (let id = 1; id <= objectCount; id++) {
    const random = createRandom(seed, -1_000_000 - id);
    const index = pickMunicipality(random);
    const [x, y] = samplePoint(current[index]!, random);
    objectX[id] = x;
    objectY[id] = y;
    objectMunicipality[id] = index;
    const isKern = areaOf(x, y, field) === 'kern';
    objectIsKern[id] = isKern ? 1 : 0;
    (isKern ? kern : rand).push(id);
  }

  const contractorCount = Math.round(150 + 250 * Math.min(1, options.applications / 1_000_000));
  // Some contractors are large: a Zipf-like share of the work.
  const pickContractor = weightedPicker(
    Array.from({ length: contractorCount }, (_, i) => 1 / (1 + (i % 40)) ** 0.9),
  );

  const ctx: SimulationContext = {
    seed,
    asOf,
    objectCount,
    kernObjects: Int32Array.from(kern),
    randObjects: Int32Array.from(rand),
    objectIsKern,
    contractorCount,
    pickContractor,
    objectionTermWeeks: Object.fromEntries(
      SCHEMES.map((s) => [s.code, s.objectionTermWeeks]),
    ) as Record<SchemeCode, number>,
  };

  /** The applications in id order, one week and scheme at a time; ids increase with the date received. */
  function* receipts(): Generator<{ id: number; scheme: SchemeCode; received: number }> {
    const receipt = { id: 0, scheme: 'MAATWERK' as SchemeCode, received: 0 };
    for (const week of plan) {
      const schemeIndex = SCHEMES.findIndex((s) => s.code === week.scheme);
      const random = createRandom(seed, -2_000_000 - week.monday * 16 - schemeIndex);
      const days: number[] = [];
      for (let i = 0; i < week.count; i++) {
        // Online forms arrive on every day, fewer at the weekend.
        const weekday = random.chance(0.1) ? 5 + random.int(0, 1) : random.int(0, 4);
        days.push(Math.min(asOf, week.monday + weekday));
      }
      days.sort((a, b) => a - b);
      receipt.scheme = week.scheme;
      for (const received of days) {
        receipt.id++;
        receipt.received = received;
        yield receipt;
      }
    }
  }

  /**
   * Simulates every application once and hands out the CSV the sink wrote, a chunk at a time,
   * so memory stays flat at any size.
   */
  function* simulateAll(sink: SimulationSink, out: CsvWriter): Generator<Uint8Array> {
    const ids = new IdCounters();
    for (const { id, scheme, received } of receipts()) {
      simulateApplication(id, scheme, received, ctx, ids, sink);
      if (out.ready.length > 0) yield* out.drain();
    }
    out.flush();
    yield* out.drain();
  }

  // One simulation pass streams the status events (the largest table) and keeps the
  // applications' CSV and the small child tables in memory for their own COPY: the
  // simulation is the generator's main cost and runs once.
  type Side = {
    objections: ObjectionRecord[];
    repairJobs: RepairJobRecord[];
    invoices: InvoiceRecord[];
    samenloop: SamenloopRecord[];
  };
  let side: Side | null = null;
  let applicationCsv: Uint8Array[] | null = null;

  const applicationLine = (a: ApplicationRecord) =>
    `${a.id},${a.scheme},${a.objectId},${a.applicantKind},${day(a.received)},${a.decided === null ? '' : day(a.decided)},${opt(a.outcome)},${opt(a.amountCents)},${a.preRegistered ? 't' : 'f'},${a.status}\n`;

  const collectInto = (collected: Side): SimulationSink => ({
    objection: (r) => collected.objections.push(r),
    repairJob: (r) => collected.repairJobs.push(r),
    invoice: (r) => collected.invoices.push(r),
    samenloop: (r) => collected.samenloop.push(r),
  });

  function* eventChunks(): Generator<Uint8Array> {
    const collected: Side = { objections: [], repairJobs: [], invoices: [], samenloop: [] };
    const applicationsOut = new CsvWriter();
    const out = new CsvWriter();
    yield* simulateAll(
      {
        ...collectInto(collected),
        application: (a) => applicationsOut.line(applicationLine(a)),
        event: (eventId, applicationId, eventDate, registeredOn, from, to) => {
          out.line(
            `${eventId},${applicationId},${day(eventDate)},${day(registeredOn)},${from ?? ''},${to}\n`,
          );
        },
      },
      out,
    );
    applicationsOut.flush();
    applicationCsv = applicationsOut.ready;
    side = collected;
  }

  function* applicationChunks(): Generator<Uint8Array> {
    if (applicationCsv) {
      const kept = applicationCsv;
      applicationCsv = null;
      yield* kept;
      return;
    }
    const collected: Side = { objections: [], repairJobs: [], invoices: [], samenloop: [] };
    const out = new CsvWriter();
    yield* simulateAll(
      { ...collectInto(collected), application: (a) => out.line(applicationLine(a)) },
      out,
    );
    side = collected;
  }

  const ensureSide = (): Side => {
    if (!side) for (const _ of applicationChunks());
    return side!;
  };

  const tables: TableSource[] = [
    {
      table: 'schemes',
      estimatedRows: SCHEMES.length,
      columns: [
        'code',
        'name_nl',
        'name_en',
        'opened_on',
        'closed_on',
        'is_final',
        'objection_term_weeks',
        'decision_target_days',
        'fixed_amount_cents',
        'weekly_capacity',
      ],
      chunks: () =>
        chunked(
          SCHEMES.map(
            (s) =>
              `${s.code},${text(s.nameNl)},${text(s.nameEn)},${s.openedOn},${opt(s.closedOn)},${s.isFinal},${s.objectionTermWeeks},${opt(s.decisionTargetDays)},${opt(s.fixedAmountCents)},${opt(s.weeklyCapacity)}\n`,
          ),
        ),
    },
    {
      table: 'municipalities',
      estimatedRows: municipalities.length,
      columns: ['code', 'name', 'province', 'valid_from', 'valid_to', 'merged_into'],
      chunks: () =>
        chunked(
          municipalities.map(
            (m) =>
              `${m.code},${text(m.name)},${m.province},${opt(m.validFrom)},${opt(m.validTo)},${opt(m.mergedInto)}\n`,
          ),
        ),
    },
    {
      table: 'quakes',
      estimatedRows: quakes.length,
      columns: ['id', 'occurred_at', 'place', 'magnitude_ml', 'depth_km', 'x_rd', 'y_rd', 'field'],
      chunks: () =>
        chunked(
          quakes.map(
            (q) =>
              `${q.id},${q.occurredAt},${text(q.place)},${q.magnitudeMl},${opt(q.depthKm)},${q.xRd},${q.yRd},${text(q.field)}\n`,
          ),
        ),
    },
    {
      table: 'objects',
      estimatedRows: objectCount,
      columns: [
        'id',
        'street',
        'house_number',
        'postcode',
        'city',
        'x_rd',
        'y_rd',
        'construction_year',
        'municipality_code',
        'area',
      ],
      chunks: function* () {
        const out = new CsvWriter();
        for (let id = 1; id <= objectCount; id++) {
          const random = createRandom(seed, -3_000_000 - id);
          const m = current[objectMunicipality[id]!]!;
          const r = random.next();
          const year =
            r < 0.05
              ? random.int(1850, 1899)
              : r < 0.2
                ? random.int(1900, 1945)
                : r < 0.45
                  ? random.int(1946, 1970)
                  : r < 0.7
                    ? random.int(1971, 1990)
                    : r < 0.92
                      ? random.int(1991, 2012)
                      : random.int(2013, 2025);
          const postcode = `${postcodePrefix(m.code)}${random.int(10, 99)}${random.pick(POSTCODE_LETTERS)}${random.pick(POSTCODE_LETTERS)}`;
          out.line(
            `${id},${random.pick(STREETS)},${random.int(1, 250)},${postcode},${text(m.name)},${objectX[id]},${objectY[id]},${year},${m.code},${objectIsKern[id] ? 'kern' : 'rand'}\n`,
          );
          yield* out.drain();
        }
        out.flush();
        yield* out.drain();
      },
    },
    {
      table: 'contractors',
      estimatedRows: contractorCount,
      columns: ['id', 'name', 'kvk_number', 'city', 'admitted_on', 'weekly_capacity_hours'],
      chunks: () =>
        chunked(
          Array.from({ length: contractorCount }, (_, i) => {
            const id = i + 1;
            const random = createRandom(seed, -4_000_000 - id);
            const name =
              `${random.pick(COMPANY_KINDS)} ${random.pick(NAME_ROOTS)}${random.pick(NAME_ENDS)} ${random.pick(LEGAL_FORMS)}`.trim();
            const kvk = String(60_000_000 + id * 7_919).padStart(8, '0');
            const admitted = day(dayFromIso('2023-06-05') + random.int(0, 700));
            const capacity = Math.round(
              40 * (1 + 9 / (1 + (i % 40)) ** 0.9) * (0.8 + 0.4 * random.next()),
            );
            return `${id},${text(name)},${kvk},${text(current[random.int(0, current.length - 1)]!.name)},${admitted},${capacity}\n`;
          }),
        ),
    },
    {
      table: 'status_events',
      estimatedRows: Math.round(options.applications * 4.7),
      columns: ['id', 'application_id', 'event_date', 'registered_on', 'from_status', 'to_status'],
      chunks: () => eventChunks(),
    },
    {
      table: 'applications',
      estimatedRows: options.applications,
      columns: [
        'id',
        'scheme_code',
        'object_id',
        'applicant_kind',
        'received_on',
        'decided_on',
        'outcome',
        'amount_cents',
        'pre_registered',
        'status',
      ],
      chunks: () => applicationChunks(),
    },
    {
      table: 'objections',
      estimatedRows: Math.round(options.applications * 0.023),
      columns: [
        'id',
        'application_id',
        'decision_date',
        'received_on',
        'advisory_committee',
        'extension_weeks',
        'suspension_days',
        'hearing_on',
        'decided_on',
        'outcome',
        'grounds',
      ],
      chunks: () =>
        chunked(
          ensureSide().objections.map(
            (o) =>
              `${o.id},${o.applicationId},${day(o.decisionDate)},${day(o.received)},${o.advisoryCommittee ? 't' : 'f'},${o.extensionWeeks},${o.suspensionDays},${o.hearing === null ? '' : day(o.hearing)},${o.decided === null ? '' : day(o.decided)},${opt(o.outcome)},"{${o.grounds.join(',')}}"\n`,
          ),
        ),
    },
    {
      table: 'repair_jobs',
      estimatedRows: Math.round(options.applications * 0.05),
      columns: [
        'id',
        'contractor_id',
        'application_id',
        'assigned_on',
        'planned_start',
        'estimated_hours',
        'completed_on',
      ],
      chunks: () =>
        chunked(
          ensureSide().repairJobs.map(
            (j) =>
              `${j.id},${j.contractorId},${j.applicationId},${day(j.assigned)},${day(j.plannedStart)},${j.estimatedHours},${j.completed === null ? '' : day(j.completed)}\n`,
          ),
        ),
    },
    {
      table: 'invoices',
      estimatedRows: Math.round(options.applications * 0.028),
      columns: [
        'id',
        'repair_job_id',
        'contractor_id',
        'invoice_number',
        'invoice_date',
        'received_on',
        'amount_excl_vat_cents',
        'vat_cents',
        'amount_incl_vat_cents',
        'status',
        'paid_on',
      ],
      chunks: () =>
        chunked(
          ensureSide().invoices.map(
            (v) =>
              `${v.id},${v.repairJobId},${v.contractorId},${v.invoiceNumber},${day(v.invoiceDate)},${day(v.received)},${v.exclCents},${v.vatCents},${v.exclCents + v.vatCents},${v.status},${v.paid === null ? '' : day(v.paid)}\n`,
          ),
        ),
    },
    {
      table: 'samenloop_cases',
      estimatedRows: Math.round(options.applications * 0.004),
      columns: ['id', 'object_id', 'application_id', 'started_on', 'closed_on', 'ncg_reference'],
      chunks: () =>
        chunked(
          ensureSide().samenloop.map(
            (c) =>
              `${c.id},${c.objectId},${c.applicationId},${day(c.started)},${c.closed === null ? '' : day(c.closed)},NCG-${String(c.id).padStart(6, '0')}\n`,
          ),
        ),
    },
    {
      table: 'aos_reports',
      estimatedRows: 100,
      columns: ['id', 'object_id', 'reported_on', 'valid', 'resolved_on', 'shared_with_ncg'],
      chunks: () =>
        chunked(
          (function* () {
            // About 100 valid reports a year at full scale (source 004), and more that were not.
            const random = createRandom(seed, -5_000_000);
            const perWeek = (230 / 52) * Math.min(1, options.applications / 750_000);
            let id = 0;
            for (let monday = FIRST_INTAKE_DAY; monday <= asOf; monday += 7) {
              let count = 0;
              for (let k = 0; k < 10; k++) if (random.next() < perWeek / 10) count++;
              for (let i = 0; i < count; i++) {
                const reported = Math.min(asOf, monday + random.int(0, 6));
                const resolved = reported + random.int(0, 30);
                yield `${++id},${random.int(1, objectCount)},${day(reported)},${random.chance(0.45) ? 't' : 'f'},${resolved <= asOf ? day(resolved) : ''},${random.chance(0.9) ? 't' : 'f'}\n`;
              }
            }
          })(),
        ),
    },
    {
      table: 'dataset_info',
      estimatedRows: 4,
      columns: ['key', 'value'],
      chunks: () => chunked(Object.entries(info).map(([k, v]) => `${k},${text(v)}\n`)),
    },
  ];

  const info: Record<string, string> = {
    seed: String(seed),
    applications: String(options.applications),
    as_of: options.asOf,
    generator: 'synthetic',
  };

  return { options, tables, info };
}
