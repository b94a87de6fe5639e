/**
 * The host's management access over HTTP: the demo OIDC provider mounted at /oidc issues a token,
 * the tRPC endpoint checks it with jose against the provider's JWKS.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateAndLoad } from '@img-groningen/db';
import { createTestDatabase, type TestDatabase } from '@img-groningen/db/testing';
import { createTokenVerifier } from '@img-groningen/reporting';
import { DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, createDemoOidc } from '../src/demo-oidc';
import { createApiServer } from '../src/server';

const AUDIENCE = 'urn:img-groningen:reporting';

describe('management procedures over HTTP with the demo login', () => {
  let database: TestDatabase;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    database = await createTestDatabase('pglite');
    await generateAndLoad(database.handle, { applications: 20_000, seed: 4 });
    // Listen first to learn the port, then mount the provider on the right issuer address.
    const routes: NonNullable<Parameters<typeof createApiServer>[0]['mounts']> = {};
    const auth: { verify?: ReturnType<typeof createTokenVerifier> } = {};
    server = createApiServer({
      db: database.handle,
      verifyToken: (h) => auth.verify!(h),
      mounts: routes,
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    routes['/oidc'] = await createDemoOidc(`${base}/oidc`, AUDIENCE, 'img-management');
    auth.verify = createTokenVerifier({ issuer: `${base}/oidc`, audience: AUDIENCE });
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await database.drop();
  });

  it('gives the at-risk and overdue objections to a holder of a management token', async () => {
    const tokenResponse = await fetch(`${base}/oidc/token`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${DEMO_CLIENT_ID}:${DEMO_CLIENT_SECRET}`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams({ grant_type: 'client_credentials', scope: 'reporting' }),
    });
    const { access_token: token } = (await tokenResponse.json()) as { access_token: string };
    const response = await fetch(`${base}/trpc/objections.deadlines`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      result: { data: { objections: { status: string }[] } };
    };
    expect(body.result.data.objections.length).toBeGreaterThan(0);
  });

  it('answers 401 without a token and with a made-up one, and never a stack trace', async () => {
    const none = await fetch(`${base}/trpc/objections.deadlines`);
    expect(none.status).toBe(401);
    const fake = await fetch(`${base}/trpc/objections.deadlines`, {
      headers: { authorization: 'Bearer abc.def.ghi' },
    });
    expect(fake.status).toBe(401);
    expect(await fake.text()).not.toMatch(/at .*\.(ts|js):\d+/);
  });
});
