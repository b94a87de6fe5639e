import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import { generateAndLoad } from '@img-groningen/db';
import {
  DRIVERS,
  createTestDatabase,
  serverUrl,
  type TestDatabase,
} from '@img-groningen/db/testing';
import type { AppRouter } from '@img-groningen/reporting';
import { createApiServer } from '../src/server';

describe.each(DRIVERS)('the API host on %s', (driver) => {
  const skip = driver === 'postgres' && !serverUrl();
  let database: TestDatabase;
  let server: Server;
  let base: string;
  let dashboardDir: string;

  beforeAll(async () => {
    if (skip) return;
    database = await createTestDatabase(driver);
    await generateAndLoad(database.handle, { applications: 3_000, seed: 4 });
    dashboardDir = await mkdtemp(join(tmpdir(), 'img-dashboard-'));
    await writeFile(join(dashboardDir, 'index.html'), '<!doctype html><title>dashboard</title>');
    server = createApiServer({ db: database.handle, dashboardDir });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    if (skip) return;
    await new Promise((resolve) => server.close(resolve));
    await database.drop();
    await rm(dashboardDir, { recursive: true, force: true });
  });

  it.skipIf(skip)('answers the typed tRPC client with the counts from the database', async () => {
    const client = createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: `${base}/trpc` })] });
    const result = await client.applications.perScheme.query();
    const [row] = await database.handle.query<{ n: number }>(
      `select count(*)::int as n from applications`,
    );
    const total = result.schemes.reduce((sum, s) => sum + (s.received.value ?? 0), 0);
    // Each published count is rounded to 5: the sum is within 2.5 per scheme of the truth.
    expect(Math.abs(total - row!.n)).toBeLessThanOrEqual(2.5 * result.schemes.length);
  });

  it.skipIf(skip)('rejects bad input with 400, the field and no stack trace', async () => {
    const response = await fetch(
      `${base}/trpc/applications.perScheme?input=${encodeURIComponent(JSON.stringify({ asOf: 'gisteren' }))}`,
    );
    expect(response.status).toBe(400);
    const body = await response.text();
    expect(JSON.parse(body).error.data.issues[0].path).toEqual(['asOf']);
    expect(body).not.toMatch(/stack|at .*\.ts:\d+/);
    const unknown = await fetch(
      `${base}/trpc/applications.perScheme?input=${encodeURIComponent(JSON.stringify({ asOf: '2024-01-01', extra: 1 }))}`,
    );
    expect(unknown.status).toBe(400);
  });

  it.skipIf(skip)(
    'serves the dashboard, with the single-page fallback, and a health check',
    async () => {
      expect(await (await fetch(`${base}/`)).text()).toContain('dashboard');
      expect(await (await fetch(`${base}/beheer/voortgang`)).text()).toContain('dashboard');
      const health = await fetch(`${base}/healthz`);
      expect(await health.json()).toEqual({ status: 'ok', database: driver });
      expect((await fetch(`${base}/trpc/nope`)).status).toBe(404);
    },
  );
});
