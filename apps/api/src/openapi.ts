/**
 * The OpenAPI document of the public interface: the open-data downloads and the public tRPC
 * queries (GET /trpc/<procedure>?input=<JSON>), made from the same definitions that serve them.
 */
import { z } from 'zod';
import { DATASETS } from './open-data';

const PUBLIC_QUERIES: { path: string; summary: string; input?: z.ZodType }[] = [
  {
    path: 'applications.perScheme',
    summary: 'Applications per scheme: received, decided, open (protected counts)',
    input: z.object({ asOf: z.string().optional() }),
  },
  {
    path: 'progress.weekly',
    summary: 'Weekly inflow, outflow, reopened, withdrawn, stock and paused stock per scheme',
    input: z.object({
      year: z.number().int(),
      scheme: z.string().optional(),
      asOf: z.string().optional(),
    }),
  },
  {
    path: 'leadTimes.cohorts',
    summary: 'Kaplan–Meier lead times per intake month',
    input: z.object({ year: z.number().int(), scheme: z.string(), asOf: z.string().optional() }),
  },
  {
    path: 'leadTimes.realized',
    summary: 'Median of the last 2,500 decisions and the share within 182 days',
    input: z.object({ scheme: z.string(), asOf: z.string().optional() }),
  },
  {
    path: 'leadTimes.ageing',
    summary: 'Open work by age band',
    input: z.object({ scheme: z.string().optional(), asOf: z.string().optional() }),
  },
  {
    path: 'objections.summary',
    summary: 'Objection backlog, deadlines, rates, outcomes and grounds',
    input: z.object({ asOf: z.string().optional() }),
  },
  { path: 'meta.info', summary: 'Schemes, municipalities, data date and methodology' },
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
          parameters,
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
    paths[`/trpc/${q.path}`] = {
      get: {
        summary: q.summary,
        parameters: q.input
          ? [
              {
                name: 'input',
                in: 'query',
                required: false,
                description: 'the input as JSON',
                content: { 'application/json': { schema: z.toJSONSchema(q.input) } },
              },
            ]
          : [],
        responses: {
          '200': { description: '{ result: { data } }' },
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
        'Aggregated figures on mining-damage handling in Groningen. Counts below 10 are suppressed, with complementary suppression; other counts are rounded to 5.',
    },
    paths,
  };
}
