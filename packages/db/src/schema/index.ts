/**
 * The reporting schema. Importing this module never opens a connection.
 *
 * Conventions: dates are calendar dates (`date`, ISO strings) in Europe/Amsterdam; instants are
 * `timestamptz`; money is integer euro cents (`bigint`); every event keeps both the date it
 * happened (`event_date`) and the date it was registered (`registered_on`).
 * Column names are snake_case in SQL (drizzle `casing: 'snake_case'`).
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import {
  APPLICANT_KINDS,
  APPLICATION_STATUSES,
  AREA_KINDS,
  DECISION_OUTCOMES,
  INVOICE_STATUSES,
  OBJECTION_OUTCOMES,
  PROVINCES,
  SCHEME_CODES,
} from './enums';

export * from './enums';
export * from './open-cases';

const inList = (column: string, values: readonly string[]) =>
  sql.raw(`${column} in (${values.map((v) => `'${v}'`).join(', ')})`);

/** Schemes (regelingen) with their terms (domain.md §1, §8). */
export const schemes = pgTable(
  'schemes',
  {
    code: text().primaryKey(),
    nameNl: text().notNull(),
    nameEn: text().notNull(),
    openedOn: date({ mode: 'string' }).notNull(),
    closedOn: date({ mode: 'string' }),
    /** Whether a decision is final for the object (VES-9, MW-1 from 2025). */
    isFinal: boolean().notNull(),
    /** TERM-1: weeks to file an objection, counted from the day after sending. */
    objectionTermWeeks: smallint().notNull(),
    /** TERM-3: target days from report to decision, when the scheme has one. */
    decisionTargetDays: smallint(),
    /** Fixed amount in cents (VES, AVV target), when the scheme has one. */
    fixedAmountCents: bigint({ mode: 'number' }),
    /** Weekly capacity goal, e.g. AVV-2: 1,000 applications a week. */
    weeklyCapacity: integer(),
  },
  (t) => [check('schemes_code_check', inList(t.code.name, SCHEME_CODES))],
);

/** Municipalities of Groningen and Drenthe, with mergers (Eemsdelta, 2021). */
export const municipalities = pgTable(
  'municipalities',
  {
    /** CBS code, e.g. `GM0014`. */
    code: text().primaryKey(),
    name: text().notNull(),
    province: text().notNull(),
    /** When the municipality began in its current form; null when that lies before our data. */
    validFrom: date({ mode: 'string' }),
    validTo: date({ mode: 'string' }),
    /** The municipality it merged into, for those that ended by a merger. */
    mergedInto: text(),
  },
  (t) => [
    check('municipalities_province_check', inList('province', PROVINCES)),
    check('municipalities_code_check', sql`${t.code} ~ '^GM[0-9]{4}$'`),
  ],
);

/** Objects (immovable property with its own cadastral designation) and their main address. */
export const objects = pgTable(
  'objects',
  {
    id: integer().primaryKey(),
    street: text().notNull(),
    houseNumber: integer().notNull(),
    postcode: text().notNull(),
    city: text().notNull(),
    /** RD New (EPSG:28992), metres. */
    xRd: integer().notNull(),
    yRd: integer().notNull(),
    constructionYear: smallint().notNull(),
    municipalityCode: text()
      .notNull()
      .references(() => municipalities.code),
    area: text().notNull(),
  },
  (t) => [
    index('objects_municipality_idx').on(t.municipalityCode),
    check('objects_area_check', inList('area', AREA_KINDS)),
    // Dutch postcode: four digits not starting with 0, two letters, never SA, SD or SS.
    check(
      'objects_postcode_check',
      sql`${t.postcode} ~ '^[1-9][0-9]{3}[A-Z]{2}$' and right(${t.postcode}, 2) not in ('SA', 'SD', 'SS')`,
    ),
  ],
);

/** Applications (aanvragen) of every scheme. */
export const applications = pgTable(
  'applications',
  {
    id: integer().primaryKey(),
    schemeCode: text()
      .notNull()
      .references(() => schemes.code),
    objectId: integer()
      .notNull()
      .references(() => objects.id),
    applicantKind: text().notNull(),
    receivedOn: date({ mode: 'string' }).notNull(),
    decidedOn: date({ mode: 'string' }),
    outcome: text(),
    amountCents: bigint({ mode: 'number' }),
    /** Pre-registered (voorinschrijver) for AVV: first in line (AVV-2). */
    preRegistered: boolean().notNull().default(false),
    /** Current status; the history is in `status_events`. */
    status: text().notNull(),
  },
  (t) => [
    index('applications_scheme_received_idx').on(t.schemeCode, t.receivedOn),
    index('applications_object_idx').on(t.objectId),
    check('applications_applicant_kind_check', inList('applicant_kind', APPLICANT_KINDS)),
    check('applications_status_check', inList('status', APPLICATION_STATUSES)),
    check(
      'applications_outcome_check',
      sql`outcome is null or ${inList('outcome', DECISION_OUTCOMES)}`,
    ),
    check('applications_amount_check', sql`${t.amountCents} is null or ${t.amountCents} >= 0`),
    check(
      'applications_decided_check',
      sql`${t.decidedOn} is null or ${t.decidedOn} >= ${t.receivedOn}`,
    ),
  ],
);

/** Status changes of applications; both the event date and the registration date are kept. */
export const statusEvents = pgTable(
  'status_events',
  {
    id: integer().primaryKey(),
    applicationId: integer()
      .notNull()
      .references(() => applications.id),
    eventDate: date({ mode: 'string' }).notNull(),
    registeredOn: date({ mode: 'string' }).notNull(),
    fromStatus: text(),
    toStatus: text().notNull(),
  },
  (t) => [
    index('status_events_application_idx').on(t.applicationId),
    index('status_events_to_status_date_idx').on(t.toStatus, t.eventDate),
    check('status_events_to_status_check', inList('to_status', APPLICATION_STATUSES)),
    check(
      'status_events_from_status_check',
      sql`from_status is null or ${inList('from_status', APPLICATION_STATUSES)}`,
    ),
    check('status_events_registered_check', sql`${t.registeredOn} >= ${t.eventDate}`),
  ],
);

/** Objections (bezwaren) against a decision (TERM-1, TERM-2). */
export const objections = pgTable(
  'objections',
  {
    id: integer().primaryKey(),
    applicationId: integer()
      .notNull()
      .references(() => applications.id),
    /** Date of the decision objected to. */
    decisionDate: date({ mode: 'string' }).notNull(),
    receivedOn: date({ mode: 'string' }).notNull(),
    /** Bezwaaradviescommissie involved: 12 instead of 6 weeks (TERM-2). */
    advisoryCommittee: boolean().notNull(),
    /** Extension of the decision term in weeks (TERM-2: once by 6 weeks). */
    extensionWeeks: smallint().notNull().default(0),
    /** Days the term was suspended while the objector repaired an omission (TERM-2). */
    suspensionDays: integer().notNull().default(0),
    hearingOn: date({ mode: 'string' }),
    decidedOn: date({ mode: 'string' }),
    outcome: text(),
    /** Registered grounds (OBJECTION_GROUNDS). */
    grounds: text().array().notNull(),
  },
  (t) => [
    index('objections_application_idx').on(t.applicationId),
    index('objections_received_idx').on(t.receivedOn),
    check(
      'objections_outcome_check',
      sql`outcome is null or ${inList('outcome', OBJECTION_OUTCOMES)}`,
    ),
    check('objections_received_check', sql`${t.receivedOn} >= ${t.decisionDate}`),
  ],
);

/** Contractors (aannemers) doing repair work. Names are fictitious in demo data. */
export const contractors = pgTable(
  'contractors',
  {
    id: integer().primaryKey(),
    name: text().notNull(),
    /** KvK number: 8 digits, no checksum. */
    kvkNumber: text().notNull(),
    city: text().notNull(),
    admittedOn: date({ mode: 'string' }).notNull(),
    /** Hours of repair work the contractor can do a week. */
    weeklyCapacityHours: integer().notNull(),
  },
  (t) => [
    uniqueIndex('contractors_kvk_idx').on(t.kvkNumber),
    check('contractors_kvk_check', sql`${t.kvkNumber} ~ '^[0-9]{8}$'`),
  ],
);

/** Repair jobs (HEA, HIN) assigned to contractors. */
export const repairJobs = pgTable(
  'repair_jobs',
  {
    id: integer().primaryKey(),
    contractorId: integer()
      .notNull()
      .references(() => contractors.id),
    applicationId: integer()
      .notNull()
      .references(() => applications.id),
    assignedOn: date({ mode: 'string' }).notNull(),
    plannedStart: date({ mode: 'string' }).notNull(),
    estimatedHours: integer().notNull(),
    completedOn: date({ mode: 'string' }),
  },
  (t) => [
    index('repair_jobs_contractor_idx').on(t.contractorId),
    index('repair_jobs_application_idx').on(t.applicationId),
    check('repair_jobs_hours_check', sql`${t.estimatedHours} > 0`),
  ],
);

/** Repair invoices (domain.md §6). Amounts in integer cents. */
export const invoices = pgTable(
  'invoices',
  {
    id: integer().primaryKey(),
    repairJobId: integer()
      .notNull()
      .references(() => repairJobs.id),
    contractorId: integer()
      .notNull()
      .references(() => contractors.id),
    invoiceNumber: text().notNull(),
    invoiceDate: date({ mode: 'string' }).notNull(),
    receivedOn: date({ mode: 'string' }).notNull(),
    amountExclVatCents: bigint({ mode: 'number' }).notNull(),
    vatCents: bigint({ mode: 'number' }).notNull(),
    amountInclVatCents: bigint({ mode: 'number' }).notNull(),
    status: text().notNull(),
    paidOn: date({ mode: 'string' }),
  },
  (t) => [
    index('invoices_repair_job_idx').on(t.repairJobId),
    uniqueIndex('invoices_contractor_number_idx').on(t.contractorId, t.invoiceNumber),
    check('invoices_status_check', inList('status', INVOICE_STATUSES)),
    check(
      'invoices_total_check',
      sql`${t.amountInclVatCents} = ${t.amountExclVatCents} + ${t.vatCents}`,
    ),
  ],
);

/** Quakes from the KNMI catalogue. */
export const quakes = pgTable(
  'quakes',
  {
    id: text().primaryKey(),
    occurredAt: timestamp({ withTimezone: true, mode: 'string' }).notNull(),
    place: text().notNull(),
    magnitudeMl: doublePrecision().notNull(),
    depthKm: doublePrecision(),
    xRd: integer().notNull(),
    yRd: integer().notNull(),
    field: text().notNull(),
  },
  (t) => [index('quakes_occurred_idx').on(t.occurredAt)],
);

/** Reports of an acutely unsafe situation (AOS), shared with the NCG (source 004). */
export const aosReports = pgTable(
  'aos_reports',
  {
    id: integer().primaryKey(),
    objectId: integer()
      .notNull()
      .references(() => objects.id),
    reportedOn: date({ mode: 'string' }).notNull(),
    /** Whether the report was judged a real acutely unsafe situation. */
    valid: boolean().notNull(),
    /** When the situation was made safe; null while open. */
    resolvedOn: date({ mode: 'string' }),
    sharedWithNcg: boolean().notNull(),
  },
  (t) => [index('aos_reports_reported_idx').on(t.reportedOn)],
);

/** Joint cases with the NCG: damage and strengthening at the same object (samenloop). */
export const samenloopCases = pgTable(
  'samenloop_cases',
  {
    id: integer().primaryKey(),
    objectId: integer()
      .notNull()
      .references(() => objects.id),
    applicationId: integer().references(() => applications.id),
    startedOn: date({ mode: 'string' }).notNull(),
    closedOn: date({ mode: 'string' }),
    ncgReference: text().notNull(),
  },
  (t) => [index('samenloop_cases_object_idx').on(t.objectId)],
);

/** What the data set is: its seed, size and "as of" date. One row per key. */
export const datasetInfo = pgTable('dataset_info', {
  key: text().primaryKey(),
  value: text().notNull(),
});

/**
 * One row: a counter that every statement writing the data or rollup tables raises (statement
 * triggers, migration 0009). Whatever is computed from the data is kept per value and computed
 * again once it moves; the row lock serialises writers, which the import lock does already.
 */
export const dataVersion = pgTable(
  'data_version',
  {
    id: boolean().primaryKey().default(true),
    version: bigint({ mode: 'number' }).notNull().default(0),
  },
  (t) => [check('data_version_one_row', sql`${t.id}`)],
);

/** The status changes a flow rollup counts (see `dailyFlows`). */
function flowCounts() {
  return {
    inflow: integer().notNull(),
    outflow: integer().notNull(),
    reopened: integer().notNull(),
    withdrawn: integer().notNull(),
    paused: integer().notNull(),
    resumed: integer().notNull(),
  };
}

/**
 * Rollups, derived from the tables above at every load and import (in the same transaction):
 * status changes counted per event day, registration day, scheme and municipality. The public
 * figures read these instead of millions of events; the registration day keeps "as of" exact.
 */
export const dailyFlows = pgTable(
  'daily_flows',
  {
    eventDate: date({ mode: 'string' }).notNull(),
    registeredOn: date({ mode: 'string' }).notNull(),
    schemeCode: text().notNull(),
    municipalityCode: text().notNull(),
    /** Core area (kern) or edge (rand) of the object. */
    area: text().notNull(),
    ...flowCounts(),
  },
  (t) => [index('daily_flows_event_idx').on(t.eventDate, t.schemeCode)],
);

/** The first decision of every application (lead times), with what it was received and decided on. */
export const firstDecisions = pgTable(
  'first_decisions',
  {
    applicationId: integer().primaryKey(),
    schemeCode: text().notNull(),
    municipalityCode: text().notNull(),
    receivedOn: date({ mode: 'string' }).notNull(),
    decidedOn: date({ mode: 'string' }).notNull(),
    registeredOn: date({ mode: 'string' }).notNull(),
    area: text().notNull(),
    /** Days the case was paused (aangehouden) before this decision: the lead time net of pauses. */
    pausedDays: integer().notNull(),
  },
  (t) => [
    index('first_decisions_scheme_decided_idx').on(t.schemeCode, t.decidedOn),
    index('first_decisions_scheme_received_idx').on(t.schemeCode, t.receivedOn),
  ],
);

/**
 * Weekly flows per scheme, municipality and area as known on the data set's own "as of" date,
 * one row for every week since the first event of that scheme there, with the stock and paused stock at each week's end: the default
 * view of the public figures reads a few rows instead of adding up years of days.
 */
export const weeklyFlows = pgTable(
  'weekly_flows',
  {
    weekStart: date({ mode: 'string' }).notNull(),
    schemeCode: text().notNull(),
    municipalityCode: text().notNull(),
    area: text().notNull(),
    ...flowCounts(),
    /** Open cases at the end of the week (cumulative). */
    stock: integer().notNull(),
    /** Receipts and decisions from the first week up to and including this one. */
    cumulativeInflow: integer().notNull(),
    cumulativeOutflow: integer().notNull(),
    pausedStock: integer().notNull(),
  },
  (t) => [index('weekly_flows_week_idx').on(t.weekStart, t.schemeCode)],
);

/**
 * Cases open on the data set's own "as of" date, counted per scheme and date of receipt: the
 * ageing of open work on that date is a sum over a few thousand rows instead of a search for
 * every application's last status.
 */
export const openByReceived = pgTable(
  'open_by_received',
  {
    schemeCode: text().notNull(),
    municipalityCode: text().notNull(),
    area: text().notNull(),
    receivedOn: date({ mode: 'string' }).notNull(),
    open: integer().notNull(),
  },
  (t) => [index('open_by_received_scheme_idx').on(t.schemeCode, t.receivedOn)],
);

/**
 * Lead-time cohorts as known on the data set's own date: per scheme and month of receipt, how
 * many cases were first decided after t days (events) and how many are still open at age t
 * (censored), withdrawn open cases left out. The input of Kaplan–Meier, a few thousand rows a year.
 */
export const cohortLeadTimes = pgTable(
  'cohort_lead_times',
  {
    schemeCode: text().notNull(),
    /** YYYY-MM. */
    receivedMonth: text().notNull(),
    t: integer().notNull(),
    events: integer().notNull(),
    censored: integer().notNull(),
  },
  (t) => [index('cohort_lead_times_idx').on(t.schemeCode, t.receivedMonth)],
);

/**
 * The period view as known on the data set's own date: per ISO week of the first decision and
 * scheme ('ALL' for all schemes together), gross and net of pauses, the number of decisions and
 * the lead time in days at the 50th, 80th and 95th percentile (nearest rank).
 */
export const weeklyLeadTimes = pgTable(
  'weekly_lead_times',
  {
    weekStart: date({ mode: 'string' }).notNull(),
    schemeCode: text().notNull(),
    basis: text().notNull(),
    decisions: integer().notNull(),
    p50: integer().notNull(),
    p80: integer().notNull(),
    p95: integer().notNull(),
  },
  (t) => [index('weekly_lead_times_idx').on(t.weekStart, t.schemeCode)],
);

/** Objections received per day and scheme: the objection rate per scheme without joining applications. */
export const objectionsPerDay = pgTable(
  'objections_per_day',
  {
    receivedOn: date({ mode: 'string' }).notNull(),
    schemeCode: text().notNull(),
    objections: integer().notNull(),
  },
  (t) => [index('objections_per_day_idx').on(t.receivedOn)],
);

/**
 * Things with a start and an end per ISO week as known on the data set's own date: AOS reports
 * (all, and those judged acutely unsafe), samenloop cases and objections — opened, closed and
 * open at the week's end, from the first week with one to the data's week.
 */
export const weeklySpans = pgTable(
  'weekly_spans',
  {
    kind: text().notNull(),
    weekStart: date({ mode: 'string' }).notNull(),
    opened: integer().notNull(),
    closed: integer().notNull(),
    open: integer().notNull(),
  },
  (t) => [index('weekly_spans_idx').on(t.kind, t.weekStart)],
);

/** Audit log of imports (who, when, which files with their checksums, what happened to the rows). */
export const importLog = pgTable('import_log', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  at: timestamp({ withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  who: text().notNull(),
  /** Per file: name, sha256, lines, inserted, updated, unchanged, rejected. */
  files: jsonb().notNull(),
  inserted: integer().notNull(),
  updated: integer().notNull(),
  unchanged: integer().notNull(),
  rejected: integer().notNull(),
});

/**
 * Weekly publications of the public figures: one row per version of a week. Version 1 is the
 * first publication; a restatement is a later version with its reason. Never updated or deleted.
 */
export const publications = pgTable(
  'publications',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    /** ISO week, e.g. 2026-W47. */
    week: text().notNull(),
    version: integer().notNull(),
    /** The date the figures describe: the Sunday that ends the week. */
    asOf: date({ mode: 'string' }).notNull(),
    /** Why a restatement was published; null for version 1. */
    reason: text(),
    publishedAt: timestamp({ withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    who: text().notNull(),
    /** The data they were computed from: dataset_info, the latest import, the data version (fingerprint.ts). */
    dataFingerprint: text().notNull(),
    /** The latest import at the time, with its files and checksums in import_log. */
    importId: integer(),
    answers: integer().notNull(),
    /** sha256 over the answers in key order: equal content, equal checksum. */
    checksum: text().notNull(),
  },
  (t) => [
    uniqueIndex('publications_week_version_idx').on(t.week, t.version),
    check('publications_week_check', sql`${t.week} ~ '^[0-9]{4}-W[0-9]{2}$'`),
    check('publications_version_check', sql`${t.version} >= 1`),
    check(
      'publications_reason_check',
      sql`${t.version} = 1 or (${t.reason} is not null and length(trim(${t.reason})) > 0)`,
    ),
  ],
);

/** The frozen answers of a publication: one per public procedure and input. */
export const publicationAnswers = pgTable(
  'publication_answers',
  {
    publicationId: integer()
      .notNull()
      .references(() => publications.id),
    procedure: text().notNull(),
    /** The input as canonical JSON (keys sorted, the week's date left out); '{}' for none. */
    input: text().notNull(),
    answer: jsonb().notNull(),
  },
  (t) => [uniqueIndex('publication_answers_key_idx').on(t.publicationId, t.procedure, t.input)],
);
