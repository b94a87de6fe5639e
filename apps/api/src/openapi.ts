/**
 * The OpenAPI document of the public interface: the open-data downloads and the public tRPC
 * queries (GET /trpc/<procedure>?input=<JSON>), made from the same definitions that serve them.
 */
import { z } from 'zod';
import { appRouter } from '@img-groningen/reporting';
import { DATASETS } from './open-data';

/** The public queries with a summary; their input schemas are the procedures' own. */
export const PUBLIC_QUERIES: { path: string; summary: string }[] = [
  {
    path: 'applications.perScheme',
    summary: 'Applications per scheme: received, decided, open (protected counts)',
  },
  {
    path: 'progress.weekly',
    summary:
      'Weekly inflow, outflow, reopened, withdrawn, stock and paused stock per scheme, by municipality and area',
  },
  {
    path: 'relatedCases.weekly',
    summary: 'AOS reports and samenloop cases per ISO week: opened, closed, open',
  },
  { path: 'leadTimes.cohorts', summary: 'Kaplan–Meier lead times per intake month' },
  {
    path: 'leadTimes.realized',
    summary: 'Median of the last 2,500 decisions and the share within 182 days (gross or net)',
  },
  {
    path: 'leadTimes.weekly',
    summary: 'Period view: p50/p80/p95 lead time of the cases decided in each ISO week',
  },
  { path: 'leadTimes.expected', summary: "Expected lead time by Little's law, with its caveat" },
  { path: 'leadTimes.ageing', summary: 'Open work by age band' },
  {
    path: 'objections.weekly',
    summary: 'Objections per ISO week: received, decided, open at the end of the week',
  },
  {
    path: 'objections.summary',
    summary: 'Objection backlog, deadlines, rates, outcomes and grounds',
  },
  { path: 'meta.info', summary: 'Schemes, municipalities, data date and methodology' },
  {
    path: 'publications.list',
    summary:
      'The published weeks and their versions (restatements with their reasons); the other public queries answer from the latest, or from ?week=YYYY-Www&version=N',
  },
];

/** The zod input schema a procedure validates with, if it takes input. */
function inputOf(path: string): z.ZodType | undefined {
  const procedure = (
    appRouter._def.procedures as unknown as Record<string, { _def: { inputs: unknown[] } }>
  )[path];
  if (!procedure) throw new Error(`no procedure ${path}`);
  return procedure._def.inputs[0] as z.ZodType | undefined;
}

/** Which publication answers; without them, the latest week in its latest version. */
const PUBLICATION_PARAMETERS = [
  {
    name: 'week',
    in: 'query',
    required: false,
    description: 'a published ISO week (see publications.list); default: the latest',
    schema: { type: 'string', pattern: '^[0-9]{4}-W[0-9]{2}$' },
  },
  {
    name: 'version',
    in: 'query',
    required: false,
    description: 'a version of that week; default: its latest (a restatement)',
    schema: { type: 'integer', minimum: 1 },
  },
];

export function openApiDocument() {
  const paths: Record<string, unknown> = {};
  for (const d of DATASETS) {
    const parameters = Object.keys(d.parameters.shape).map((name) => ({
      name,
      in: 'query',
      required: !d.parameters.shape[name]!.isOptional(),
      schema: z.toJSONSchema(d.parameters.shape[name] as z.ZodType, { io: 'input' }),
    }));
    for (const format of ['csv', 'json'] as const) {
      paths[`/open-data/${d.id}.${format}`] = {
        get: {
          summary: d.title,
          description: `Columns: ${d.columns.map((c) => `${c.name} (${c.description})`).join('; ')}. Suppressed counts are "<10".`,
          parameters: [...parameters, ...PUBLICATION_PARAMETERS],
          responses: {
            '200': {
              description:
                format === 'csv' ? 'CSV with a header line' : 'JSON: { dataset, columns, rows }',
            },
            '304': { description: 'not modified (ETag)' },
            '400': { description: 'invalid parameter, with the path' },
            '503': { description: 'database unreachable' },
          },
        },
      };
    }
  }
  for (const q of PUBLIC_QUERIES) {
    const input = inputOf(q.path);
    paths[`/trpc/${q.path}`] = {
      get: {
        summary: q.summary,
        parameters: input
          ? [
              {
                name: 'input',
                in: 'query',
                required: false,
                description:
                  q.path === 'publications.list'
                    ? 'the input as JSON'
                    : 'the input as JSON; once a week is published, asOf is for management callers only (the public reads the published weeks: see week and version)',
                content: {
                  'application/json': {
                    schema: z.toJSONSchema(input, { io: 'input', unrepresentable: 'any' }),
                  },
                },
              },
              ...(q.path === 'publications.list' ? [] : PUBLICATION_PARAMETERS),
            ]
          : q.path === 'meta.info'
            ? PUBLICATION_PARAMETERS
            : [],
        responses: {
          '200': { description: '{ result: { data } }' },
          '404': {
            description:
              'a week or version that has not been published, or an input outside the published grains',
          },
          '400': {
            description:
              'invalid input: { error: { message, data: { issues: [{ path, message }] } } }',
          },
          '503': { description: 'database unreachable' },
        },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'IMG reporting — public interface',
      version: '0.1.0',
      description:
        'Aggregated figures on mining-damage handling in Groningen. Counts below 10 are suppressed, with complementary suppression; other counts are rounded to 5. The figures are published per ISO week and never change silently: the queries answer from the latest published week unless week (and version) name another; a restatement is a new version with its reason (publications.list).',
    },
    paths,
  };
}
