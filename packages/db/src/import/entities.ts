/**
 * The entities a source export has, one CSV file each (`<table>.csv`, UTF-8, a header line with
 * these column names in any order): the columns with their validators, the references to other
 * entities, and checks across columns. In the order they are applied (parents first).
 */
import {
  APPLICANT_KINDS,
  APPLICATION_STATUSES,
  AREA_KINDS,
  DECISION_OUTCOMES,
  INVOICE_STATUSES,
  OBJECTION_GROUNDS,
  OBJECTION_OUTCOMES,
  SCHEME_CODES,
} from '../schema/enums';
import { cell, optional, type Cell } from './cells';

export type Row = Record<string, string | null>;

export interface Entity {
  table: string;
  /** What a row is, for messages. */
  noun: string;
  columns: Record<string, Cell>;
  /** column → the entity (table) whose id it names. */
  references: Record<string, string>;
  /** Checks across columns: the column to blame and why, or null. */
  checks: ((row: Row) => { column: string; reason: string } | null)[];
}

const id = cell.int(1);
const notBefore = (later: string, earlier: string, what: string) => (row: Row) =>
  row[later] !== null && row[earlier] !== null && row[later]! < row[earlier]!
    ? { column: later, reason: `is before ${what} (${row[earlier]})` }
    : null;

export const ENTITIES: readonly Entity[] = [
  {
    table: 'objects',
    noun: 'address',
    columns: {
      id,
      street: cell.text(),
      house_number: cell.int(1, 99_999),
      postcode: cell.pattern(
        /^[1-9][0-9]{3}(?!SA|SD|SS)[A-Z]{2}$/,
        'a Dutch postcode such as 9711AA',
      ),
      city: cell.text(),
      x_rd: cell.int(0, 300_000),
      y_rd: cell.int(289_000, 629_000),
      construction_year: cell.int(1000, 2100),
      municipality_code: cell.pattern(/^GM[0-9]{4}$/, 'a CBS code such as GM0014'),
      area: cell.oneOf(AREA_KINDS, 'area'),
    },
    references: { municipality_code: 'municipalities' },
    checks: [],
  },
  {
    table: 'applications',
    noun: 'application',
    columns: {
      id,
      scheme_code: cell.oneOf(SCHEME_CODES, 'scheme'),
      object_id: id,
      applicant_kind: cell.oneOf(APPLICANT_KINDS, 'applicant kind'),
      received_on: cell.date(),
      decided_on: optional(cell.date()),
      outcome: optional(cell.oneOf(DECISION_OUTCOMES, 'outcome')),
      amount_cents: optional(cell.int(0, Number.MAX_SAFE_INTEGER)),
      pre_registered: cell.bool(),
      status: cell.oneOf(APPLICATION_STATUSES, 'status'),
    },
    references: { object_id: 'objects' },
    checks: [notBefore('decided_on', 'received_on', 'the date received')],
  },
  {
    table: 'status_events',
    noun: 'status event',
    columns: {
      id,
      application_id: id,
      event_date: cell.date(),
      registered_on: cell.date(),
      from_status: optional(cell.oneOf(APPLICATION_STATUSES, 'status')),
      to_status: cell.oneOf(APPLICATION_STATUSES, 'status'),
    },
    references: { application_id: 'applications' },
    checks: [notBefore('registered_on', 'event_date', 'the event date')],
  },
  {
    table: 'objections',
    noun: 'objection',
    columns: {
      id,
      application_id: id,
      decision_date: cell.date(),
      received_on: cell.date(),
      advisory_committee: cell.bool(),
      extension_weeks: cell.int(0, 52),
      suspension_days: cell.int(0, 3_650),
      hearing_on: optional(cell.date()),
      decided_on: optional(cell.date()),
      outcome: optional(cell.oneOf(OBJECTION_OUTCOMES, 'outcome')),
      grounds: cell.words(OBJECTION_GROUNDS, 'ground'),
    },
    references: { application_id: 'applications' },
    checks: [notBefore('received_on', 'decision_date', 'the decision date')],
  },
  {
    table: 'contractors',
    noun: 'contractor',
    columns: {
      id,
      name: cell.text(),
      kvk_number: cell.pattern(/^[0-9]{8}$/, 'a KvK number of 8 digits'),
      city: cell.text(),
      admitted_on: cell.date(),
      weekly_capacity_hours: cell.int(0, 100_000),
    },
    references: {},
    checks: [],
  },
  {
    table: 'repair_jobs',
    noun: 'repair job',
    columns: {
      id,
      contractor_id: id,
      application_id: id,
      assigned_on: cell.date(),
      planned_start: cell.date(),
      estimated_hours: cell.int(1, 1_000_000),
      completed_on: optional(cell.date()),
    },
    references: { contractor_id: 'contractors', application_id: 'applications' },
    checks: [],
  },
  {
    table: 'invoices',
    noun: 'invoice',
    columns: {
      id,
      repair_job_id: id,
      contractor_id: id,
      invoice_number: cell.text(100),
      invoice_date: cell.date(),
      received_on: cell.date(),
      amount_excl_vat_cents: cell.int(0, Number.MAX_SAFE_INTEGER),
      vat_cents: cell.int(0, Number.MAX_SAFE_INTEGER),
      amount_incl_vat_cents: cell.int(0, Number.MAX_SAFE_INTEGER),
      status: cell.oneOf(INVOICE_STATUSES, 'invoice status'),
      paid_on: optional(cell.date()),
    },
    references: { repair_job_id: 'repair_jobs', contractor_id: 'contractors' },
    checks: [
      (row) =>
        Number(row.amount_incl_vat_cents) !==
        Number(row.amount_excl_vat_cents) + Number(row.vat_cents)
          ? {
              column: 'amount_incl_vat_cents',
              reason: 'is not the amount excluding VAT plus the VAT',
            }
          : null,
    ],
  },
];
