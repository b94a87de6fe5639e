import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateAndLoad } from '@img-groningen/db';
import {
  DRIVERS,
  createTestDatabase,
  serverUrl,
  type TestDatabase,
} from '@img-groningen/db/testing';
import { appRouter } from '@img-groningen/reporting';
import { DATASETS } from '../src/open-data';
import { PUBLIC_QUERIES } from '../src/openapi';
import { createApiServer } from '../src/server';

describe.each(DRIVERS)('open data on %s', (driver) => {
  const skip = driver === 'postgres' && !serverUrl();
  let database: TestDatabase;
  let server: Server;
  let base: string;
  beforeAll(async () => {
    if (skip) return;
    database = await createTestDatabase(driver);
    await generateAndLoad(database.handle, { applications: 5_000, seed: 6 });
    server = createApiServer({ db: database.handle });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    if (skip) return;
    await new Promise((resolve) => server.close(resolve));
    await database.drop();
  });

  const urls = [
    'applications-per-scheme',
    'progress-weekly?year=2025',
    'lead-times-cohorts?year=2024&scheme=MAATWERK',
    'open-work-by-age',
  ];

  it.skipIf(skip)(
    'serves every dataset as CSV and JSON with the documented columns, the same rows, and no count from 1 to 9',
    async () => {
      const index = (await (await fetch(`${base}/open-data`)).json()) as {
        datasets: { id: string }[];
      };
      expect(index.datasets.map((d) => d.id)).toEqual(DATASETS.map((d) => d.id));
      for (const path of urls) {
        const [id, query] = path.split('?');
        const dataset = DATASETS.find((d) => d.id === id)!;
        const csv = await (
          await fetch(`${base}/open-data/${id}.csv${query ? `?${query}` : ''}`)
        ).text();
        const json = (await (
          await fetch(`${base}/open-data/${id}.json${query ? `?${query}` : ''}`)
        ).json()) as { rows: Record<string, unknown>[] };
        const [header, ...lines] = csv.trimEnd().split('\n');
        expect(header).toBe(dataset.columns.map((c) => c.name).join(','));
        expect(lines.length).toBe(json.rows.length);
        expect(lines.length).toBeGreaterThan(0);
        lines.forEach((line, i) => {
          expect(line).toBe(
            dataset.columns
              .map((c) => (json.rows[i]![c.name] === null ? '' : String(json.rows[i]![c.name])))
              .join(','),
          );
        });
        for (const row of json.rows) {
          for (const [column, value] of Object.entries(row)) {
            // Counts only: lead times in days are not counts of people.
            if (column === 'median_days') continue;
            if (typeof value === 'number' && Number.isInteger(value))
              expect(value === 0 || value >= 10, `${id}.${column}: ${value}`).toBe(true);
          }
        }
      }
    },
  );

  it.skipIf(skip)(
    'publishes an OpenAPI document listing every dataset and public query',
    async () => {
      const doc = (await (await fetch(`${base}/openapi.json`)).json()) as {
        openapi: string;
        paths: Record<string, unknown>;
      };
      expect(doc.openapi).toBe('3.1.0');
      for (const d of DATASETS) expect(Object.keys(doc.paths)).toContain(`/open-data/${d.id}.csv`);
      expect(Object.keys(doc.paths)).toContain('/trpc/progress.weekly');
      // The input schemas are the procedures' own: the municipality filter is there.
      expect(JSON.stringify(doc.paths['/trpc/progress.weekly'])).toContain('municipality');
    },
  );

  it.skipIf(skip)(
    'documents exactly the procedures anyone may call: every other one wants a token',
    async () => {
      for (const path of Object.keys(appRouter._def.procedures)) {
        const isPublic = PUBLIC_QUERIES.some((q) => q.path === path);
        const response = await fetch(`${base}/trpc/${path}`);
        // Public ones answer or ask for input; management ones refuse without a token.
        if (isPublic) expect([200, 400], path).toContain(response.status);
        else expect(response.status, path).toBe(401);
      }
    },
  );

  it.skipIf(skip)('answers 304 to a matching ETag, and 400 naming a bad parameter', async () => {
    const first = await fetch(`${base}/open-data/applications-per-scheme.csv`);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^".+"$/);
    const again = await fetch(`${base}/open-data/applications-per-scheme.csv`, {
      headers: { 'if-none-match': etag },
    });
    expect(again.status).toBe(304);
    const bad = await fetch(`${base}/open-data/progress-weekly.csv?year=1900`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { issues: { path: string[] }[] }).issues[0]!.path).toEqual([
      'year',
    ]);
    expect((await fetch(`${base}/open-data/nothing.csv`)).status).toBe(404);
  });
});
