/**
 * A local OIDC provider for trying the management procedures on the embedded demo: mounted at
 * /oidc, with one client (`beheer-demo`) that gets a management token by client credentials.
 * Never in production: `main.ts` refuses it when NODE_ENV is production.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import { exportJWK, generateKeyPair } from 'jose';
import Provider from 'oidc-provider';

export const DEMO_CLIENT_ID = 'beheer-demo';
export const DEMO_CLIENT_SECRET = 'beheer-demo-secret';

export async function createDemoOidc(issuer: string, audience: string, role: string) {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(privateKey)), kid: 'demo', use: 'sig', alg: 'RS256' };
  const provider = new Provider(issuer, {
    // Demo only: cookies are not used by the client-credentials grant.
    cookies: { keys: [randomBytes(32).toString('hex')] },
    clients: [
      {
        client_id: DEMO_CLIENT_ID,
        client_secret: DEMO_CLIENT_SECRET,
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
        defaultResource: () => audience,
        useGrantedResource: () => true,
        getResourceServerInfo: () => ({
          scope: 'reporting',
          audience,
          accessTokenFormat: 'jwt',
          jwt: { sign: { alg: 'RS256' } },
        }),
      },
      devInteractions: { enabled: false },
    },
    extraTokenClaims: () => ({ roles: [role] }),
  });
  // Mounted under /oidc: the provider reads its mount path from originalUrl (as behind Express).
  const callback = provider.callback();
  return (req: IncomingMessage, res: ServerResponse) => {
    (req as IncomingMessage & { originalUrl?: string }).originalUrl = req.url;
    req.url = req.url!.slice('/oidc'.length) || '/';
    callback(req, res);
  };
}
