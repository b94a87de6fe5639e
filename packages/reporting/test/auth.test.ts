/**
 * Management procedures against a real local OIDC provider (oidc-provider): tokens from its
 * token endpoint (client credentials), checked with jose against its JWKS.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair } from 'jose';
import Provider from 'oidc-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRPCError } from '@trpc/server';
import { createTestDatabase, type TestDatabase } from '@img-groningen/db/testing';
import { generateAndLoad } from '@img-groningen/db';
import { createCaller, createTokenVerifier, type TokenVerifier } from '../src/index';

const AUDIENCE = 'https://reporting.img.test';

describe('management procedures with OIDC bearer tokens', () => {
  let server: Server;
  let issuer: string;
  let verify: TokenVerifier;
  let database: TestDatabase;

  beforeAll(async () => {
    const { privateKey } = await generateKeyPair('RS256', { extractable: true });
    const jwk = { ...(await exportJWK(privateKey)), kid: 'test-key', use: 'sig', alg: 'RS256' };
    server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const provider = new Provider(issuer, {
      clients: [
        {
          client_id: 'manager',
          client_secret: 'manager-secret',
          grant_types: ['client_credentials'],
          redirect_uris: [],
          response_types: [],
        },
        {
          client_id: 'outsider',
          client_secret: 'outsider-secret',
          grant_types: ['client_credentials'],
          redirect_uris: [],
          response_types: [],
        },
      ],
      jwks: { keys: [jwk] },
      features: {
        clientCredentials: { enabled: true },
        resourceIndicators: {
          enabled: true,
          defaultResource: () => AUDIENCE,
          useGrantedResource: () => true,
          getResourceServerInfo: () => ({
            scope: 'reporting',
            audience: AUDIENCE,
            accessTokenFormat: 'jwt',
            jwt: { sign: { alg: 'RS256' } },
          }),
        },
      },
      extraTokenClaims: (_ctx, token) => ({
        roles:
          'clientId' in token && token.clientId === 'manager' ? ['img-management'] : ['img-public'],
      }),
    });
    server.on('request', provider.callback());
    verify = createTokenVerifier({ issuer, audience: AUDIENCE });
    database = await createTestDatabase('pglite');
    await generateAndLoad(database.handle, { applications: 20_000, seed: 4 });
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await database.drop();
  });

  async function token(client: string, secret: string): Promise<string> {
    const response = await fetch(`${issuer}/token`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${client}:${secret}`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        scope: 'reporting',
        resource: AUDIENCE,
      }),
    });
    const body = (await response.json()) as { access_token?: string; error?: string };
    if (!body.access_token) throw new Error(`no token: ${JSON.stringify(body)}`);
    return body.access_token;
  }

  async function call(authorization: string | undefined) {
    let user = null;
    let authError: string | undefined;
    try {
      user = await verify(authorization);
    } catch (error) {
      authError = (error as Error).message;
    }
    return createCaller({ db: database.handle, user, authError }).objections.deadlines({
      asOf: '2026-11-22',
    });
  }

  it('answers a manager with a valid token', async () => {
    const result = await call(`Bearer ${await token('manager', 'manager-secret')}`);
    expect(result.objections.length).toBeGreaterThan(0);
    for (const o of result.objections) expect(['at-risk', 'overdue']).toContain(o.status);
  });

  it('refuses without a token (401), and a token without the role (403)', async () => {
    await expect(call(undefined)).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    const error = await call(`Bearer ${await token('outsider', 'outsider-secret')}`).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe('FORBIDDEN');
  });

  it('refuses a tampered token and a token for another audience', async () => {
    const good = await token('manager', 'manager-secret');
    const [header, payload, signature] = good.split('.');
    const forged = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    forged.roles = ['img-management', 'admin'];
    const tampered = `${header}.${Buffer.from(JSON.stringify(forged)).toString('base64url')}.${signature}`;
    await expect(call(`Bearer ${tampered}`)).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
      message: expect.stringMatching(/signature/),
    });
    const otherAudience = createTokenVerifier({ issuer, audience: 'https://another.api' });
    await expect(otherAudience(`Bearer ${good}`)).rejects.toThrow(/aud/);
    await expect(call('Basic abc')).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });
});
