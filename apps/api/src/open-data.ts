/**
 * Open data: every public dataset as CSV and JSON with stable, documented column names, built
 * from the same public procedures (and so the same disclosure control) as the API and the
 * dashboard. A count under 10 is written "<10" (a 0 too, beside hidden counts); a count hidden to protect another (any
 * size) is written "x", as CBS StatLine writes "geheim". Responses carry an ETag; a matching
 * If-None-Match gets 304. The same definitions produce the OpenAPI document.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DatabaseHandle } from '@img-groningen/db';
import { PublicationSelection, createCaller, type PublicCount } from '@img-groningen/reporting';
import { SCHEME_CODES } from '@img-groningen/vocabulary';
import { z } from 'zod';

type Caller = ReturnType<typeof createCaller>;
type Cell = string | number | boolean | null;
type Row = Record<string, Cell>;

interface Column {
  name: string;
  description: string;
}

interface Dataset {
  id: string;
  title: string;
  columns: Column[];
  parameters: z.ZodObject;
  rows(api: Caller, params: Record<string, unknown>): Promise<Row[]>;
}

/** How a hidden count is written in CSV and JSON, by the reason it is hidden. */
export const HIDDEN_CELL = { small: '<10', complementary: 'x' } as const;
const count = (c: PublicCount): Cell => (c.suppressed ? HIDDEN_CELL[c.reason] : c.value);
/** What every count column says about its hidden cells. */
const HIDDEN =
  '"<10" when fewer than 10 (from 1 to 9, or 0 in a series or row where other counts are hidden); "x" when hidden to protect another cell (any size); otherwise rounded to 5';
/** A column of counts: its description ends with how hidden cells are written. */
const counts = (name: string, description: string): Column => ({
  name,
  description: `${description}; ${HIDDEN}`,
});
const year = z.coerce.number().int().min(2018).max(2100);
const municipality = z
  .string()
  .regex(/^GM[0-9]{4}$/, { error: 'must be a CBS municipality code such as GM0014' });
const scheme = z.enum(SCHEME_CODES);

export const DATASETS: readonly Dataset[] = [
  {
    id: 'applications-per-scheme',
    title: 'Applications per scheme: received, decided, withdrawn and open on the data date',
    columns: [
      { name: 'as_of', description: 'the date the figures describe (YYYY-MM-DD)' },
      { name: 'scheme', description: 'scheme code (MAATWERK, VES, AVV, …)' },
      { name: 'scheme_name_nl', description: 'scheme name in Dutch' },
      counts('received', 'applications received'),
      counts('decided', 'applications decided (a revoked decision no longer counts)'),
      counts('withdrawn', 'applications withdrawn before a decision'),
      counts('open', 'open applications: received, neither decided nor withdrawn'),
    ],
    parameters: z.object({}),
    async rows(api) {
      const r = await api.applications.perScheme();
      return r.schemes.map((s) => ({
        as_of: r.asOf,
        scheme: s.scheme,
        scheme_name_nl: s.nameNl,
        received: count(s.received),
        decided: count(s.decided),
        withdrawn: count(s.withdrawn),
        open: count(s.open),
      }));
    },
  },
  {
    id: 'progress-weekly',
    title:
      'Weekly progress per scheme (inflow, outflow, reopened, withdrawn, stock, paused stock), every ISO week of the year',
    columns: [
      { name: 'week', description: 'ISO week, e.g. 2025-W03' },
      { name: 'week_start', description: 'Monday of the week' },
      { name: 'scheme', description: 'scheme code' },
      counts('inflow', 'applications received in the week'),
      counts('outflow', 'decisions in the week'),
      counts('reopened', 'decisions revoked in the week (the case is open again)'),
      counts('withdrawn', 'applications withdrawn in the week'),
      counts('stock', 'open applications at the end of the week'),
      counts('paused_stock', 'of those, paused (aangehouden)'),
      {
        name: 'weekly_target',
        description: "the scheme's weekly capacity goal (AVV: 1000); empty when it has none",
      },
    ],
    parameters: z.object({
      year,
      scheme: scheme.optional(),
      municipality: municipality.optional(),
      area: z.enum(['kern', 'rand']).optional(),
    }),
    async rows(api, params) {
      const r = await api.progress.weekly(params as { year: number });
      return r.series.flatMap((s) =>
        s.weeks.map((w) => ({
          week: w.week,
          week_start: w.weekStart,
          scheme: s.scheme,
          inflow: count(w.inflow),
          outflow: count(w.outflow),
          reopened: count(w.reopened),
          withdrawn: count(w.withdrawn),
          stock: count(w.stock),
          paused_stock: count(w.pausedStock),
          weekly_target: s.weeklyTarget,
        })),
      );
    },
  },
  {
    id: 'lead-times-cohorts',
    title:
      'Lead times per intake month (Kaplan–Meier; open cases censored at the data date, withdrawn ones at their withdrawal)',
    columns: [
      { name: 'month', description: 'month of receipt (YYYY-MM)' },
      counts('cases', 'applications received that month'),
      {
        name: 'decided_by_day_91',
        description:
          'share decided within 91 days (0–1); empty when not yet observable, or when a count it implies (decided by then, between two milestones, or left) is from 1 to 9',
      },
      { name: 'decided_by_day_182', description: 'share decided within 182 days' },
      { name: 'decided_by_day_365', description: 'share decided within 365 days' },
      {
        name: 'median_days',
        description:
          'median lead time in days; empty when fewer than half are decided or fewer than 10 cases lie on either side',
      },
    ],
    parameters: z.object({ year, scheme }),
    async rows(api, params) {
      const r = await api.leadTimes.cohorts(params as { year: number; scheme: 'VES' });
      return r.months.map((m) => ({
        month: m.month,
        cases: count(m.cases),
        decided_by_day_91: m.decidedBy[91],
        decided_by_day_182: m.decidedBy[182],
        decided_by_day_365: m.decidedBy[365],
        median_days: m.medianDays,
      }));
    },
  },
  {
    id: 'lead-times-weekly',
    title:
      'Lead times of the cases decided in each ISO week (p50, p80, p95), every ISO week of the year',
    columns: [
      { name: 'week', description: 'ISO week of the first decision' },
      { name: 'week_start', description: 'Monday of the week' },
      { name: 'basis', description: 'gross (receipt to decision) or net (without paused days)' },
      counts('decisions', 'first decisions in the week'),
      {
        name: 'p50_days',
        description:
          'half were decided within this many days; empty unless at least 10 decisions lie on either side (20 decisions)',
      },
      {
        name: 'p80_days',
        description: '80 % within this many days; empty below 50 decisions (10 on either side)',
      },
      {
        name: 'p95_days',
        description: '95 % within this many days; empty below 200 decisions (10 on either side)',
      },
    ],
    parameters: z.object({
      year,
      scheme: scheme.optional(),
      basis: z.enum(['gross', 'net']).optional(),
    }),
    async rows(api, params) {
      const r = await api.leadTimes.weekly(params as { year: number });
      return r.weeks.map((w) => ({
        week: w.week,
        week_start: w.weekStart,
        basis: r.basis,
        decisions: count(w.decisions),
        p50_days: w.p50Days,
        p80_days: w.p80Days,
        p95_days: w.p95Days,
      }));
    },
  },
  {
    id: 'related-cases-weekly',
    title: 'AOS reports and samenloop cases per ISO week',
    columns: [
      {
        name: 'kind',
        description: 'aos_reports (all AOS reports), acutely_unsafe (judged so) or samenloop',
      },
      { name: 'week', description: 'ISO week' },
      { name: 'week_start', description: 'Monday of the week' },
      counts('opened', 'reported or started in the week'),
      counts('closed', 'resolved or closed in the week'),
      counts('open', 'open at the end of the week'),
    ],
    parameters: z.object({ year }),
    async rows(api, params) {
      const r = await api.relatedCases.weekly(params as { year: number });
      return (
        [
          ['aos_reports', r.aosReports],
          ['acutely_unsafe', r.acutelyUnsafe],
          ['samenloop', r.samenloop],
        ] as const
      ).flatMap(([kind, weeks]) =>
        weeks.map((w) => ({
          kind,
          week: w.week,
          week_start: w.weekStart,
          opened: count(w.opened),
          closed: count(w.closed),
          open: count(w.open),
        })),
      );
    },
  },
  {
    id: 'lead-times-realized',
    title: "The IMG's realized lead time per scheme: median of the last 2,500 decisions",
    columns: [
      { name: 'as_of', description: 'the date the figures describe' },
      { name: 'scheme', description: 'scheme code' },
      { name: 'basis', description: 'gross (receipt to decision) or net (without paused days)' },
      counts('decisions', 'decisions in the window (at most 2,500)'),
      {
        name: 'median_days',
        description: 'median lead time of first decisions in days; empty below 20 decisions',
      },
      {
        name: 'share_within_182_days',
        description:
          'share decided within 182 days (0–1); empty when the decisions within or over 182 days number 1 to 9',
      },
    ],
    parameters: z.object({ basis: z.enum(['gross', 'net']).optional() }),
    async rows(api, params) {
      const { schemes } = await api.meta.info();
      const basis = (params.basis as 'gross' | 'net' | undefined) ?? 'gross';
      const rows = [];
      for (const s of schemes) {
        const r = await api.leadTimes.realized({
          scheme: s.code as 'VES',
          basis,
        });
        rows.push({
          as_of: r.asOf,
          scheme: r.scheme,
          basis: r.basis,
          decisions: count(r.decisions),
          median_days: r.medianDays,
          share_within_182_days: r.shareWithinTarget,
        });
      }
      return rows;
    },
  },
  {
    id: 'objections-weekly',
    title: 'Objections per ISO week: received, decided, open at the end of the week',
    columns: [
      { name: 'week', description: 'ISO week' },
      { name: 'week_start', description: 'Monday of the week' },
      counts('received', 'objections received in the week'),
      counts('decided', 'objections decided in the week'),
      counts('open', 'objections open at the end of the week'),
    ],
    parameters: z.object({ year }),
    async rows(api, params) {
      const r = await api.objections.weekly(params as { year: number });
      return r.weeks.map((w) => ({
        week: w.week,
        week_start: w.weekStart,
        received: count(w.opened),
        decided: count(w.closed),
        open: count(w.open),
      }));
    },
  },
  {
    id: 'objections-backlog',
    title: 'Open objections by stage and age on the data date',
    columns: [
      { name: 'as_of', description: 'the date the figures describe' },
      { name: 'stage', description: 'intake, hearing or advisory-committee' },
      {
        name: 'age',
        description: 'age band since receipt: 0-91, 92-182, 183-365 (days), 1-2y, >2y',
      },
      counts('open', 'open objections'),
    ],
    parameters: z.object({}),
    async rows(api) {
      const r = await api.objections.summary();
      return r.backlog.stages.flatMap((stage) =>
        stage.byAge.map((b) => ({
          as_of: r.asOf,
          stage: stage.stage,
          age: b.label,
          open: count(b.open),
        })),
      );
    },
  },
  {
    id: 'open-work-by-age',
    title: 'Open applications by age on the data date',
    columns: [
      { name: 'as_of', description: 'the date the figures describe' },
      {
        name: 'age',
        description: 'age band since receipt: 0-91, 92-182, 183-365 (days), 1-2y, >2y',
      },
      counts('open', 'open applications in the band'),
    ],
    parameters: z.object({
      scheme: scheme.optional(),
      municipality: municipality.optional(),
      area: z.enum(['kern', 'rand']).optional(),
    }),
    async rows(api, params) {
      const r = await api.leadTimes.ageing(params);
      return r.buckets.map((b) => ({ as_of: r.asOf, age: b.label, open: count(b.open) }));
    },
  },
];

function csv(columns: Column[], rows: Row[]): string {
  const cell = (v: Cell) => {
    if (v === null) return '';
    const text = String(v);
    return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return (
    [
      columns.map((c) => c.name).join(','),
      ...rows.map((r) => columns.map((c) => cell(r[c.name] ?? null)).join(',')),
    ].join('\n') + '\n'
  );
}

function send(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  type: string,
  body: string,
) {
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  const headers = { 'content-type': type, etag, 'cache-control': 'public, max-age=300' };
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  res.writeHead(status, headers);
  res.end(body);
}

/** Handles /open-data and /open-data/<dataset>.csv|json; returns false for other paths. */
export async function handleOpenData(
  db: DatabaseHandle,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<boolean> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === '/open-data' || url.pathname === '/open-data/') {
    send(
      req,
      res,
      200,
      'application/json',
      JSON.stringify(
        {
          datasets: DATASETS.map((d) => ({
            id: d.id,
            title: d.title,
            csv: `/open-data/${d.id}.csv`,
            json: `/open-data/${d.id}.json`,
            parameters: Object.keys(d.parameters.shape),
            required: Object.keys(d.parameters.shape).filter(
              (name) => !d.parameters.shape[name]!.isOptional(),
            ),
            columns: d.columns,
          })),
        },
        null,
        2,
      ),
    );
    return true;
  }
  const match = /^\/open-data\/([a-z-]+)\.(csv|json)$/.exec(url.pathname);
  if (!match) return false;
  const dataset = DATASETS.find((d) => d.id === match[1]);
  if (!dataset) {
    send(
      req,
      res,
      404,
      'application/json',
      JSON.stringify({ error: `no dataset '${match[1]}'`, datasets: DATASETS.map((d) => d.id) }),
    );
    return true;
  }
  const { week, version, ...rest } = Object.fromEntries(url.searchParams);
  const selection = PublicationSelection.safeParse({ week, version });
  const params = selection.success ? dataset.parameters.strict().safeParse(rest) : selection;
  if (!params.success) {
    send(
      req,
      res,
      400,
      'application/json',
      JSON.stringify({
        error: 'invalid parameters',
        issues: params.error.issues.map((i) => ({ path: i.path.map(String), message: i.message })),
      }),
    );
    return true;
  }
  // The published weeks, like the public API: the latest unless week (and version) are named.
  const rows = await dataset.rows(
    createCaller({ db, publication: selection.data ?? {} }),
    params.data as Record<string, unknown>,
  );
  if (match[2] === 'csv')
    send(req, res, 200, 'text/csv; charset=utf-8', csv(dataset.columns, rows));
  else
    send(
      req,
      res,
      200,
      'application/json',
      JSON.stringify({ dataset: dataset.id, columns: dataset.columns, rows }),
    );
  return true;
}
