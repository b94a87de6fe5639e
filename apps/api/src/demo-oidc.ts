/**
 * A local OIDC provider for trying the management procedures on the embedded demo, mounted at
 * /oidc, with two clients: `beheer-demo` gets a management token by client credentials (curl,
 * benchmarks), and `beheer-dashboard` is the dashboard's login (authorization code with PKCE, a
 * public client) through oidc-provider's development login page, where any name will do.
 * Never in production: `main.ts` refuses it when NODE_ENV is production.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import { exportJWK, generateKeyPair } from 'jose';
import Provider from 'oidc-provider';

export const DEMO_CLIENT_ID = 'beheer-demo';
export const DEMO_CLIENT_SECRET = 'beheer-demo-secret';
export const DEMO_DASHBOARD_CLIENT_ID = 'beheer-dashboard';

export async function createDemoOidc(issuer: string, audience: string, role: string) {
  const site = issuer.replace(/\/oidc$/, '');
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(privateKey)), kid: 'demo', use: 'sig', alg: 'RS256' };
  const provider = new Provider(issuer, {
    // Demo only: keys that change at every start (the login's session cookies).
    cookies: { keys: [randomBytes(32).toString('hex')] },
    clients: [
      {
        client_id: DEMO_CLIENT_ID,
        client_secret: DEMO_CLIENT_SECRET,
        grant_types: ['client_credentials'],
        redirect_uris: [],
        response_types: [],
      },
      {
        client_id: DEMO_DASHBOARD_CLIENT_ID,
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code'],
        response_types: ['code'],
        redirect_uris: [`${site}/beheer/callback`],
        post_logout_redirect_uris: [`${site}/beheer`],
      },
    ],
    // The dashboard, served from the same site, exchanges its code from the browser.
    clientBasedCORS: (_ctx, origin, client) =>
      client.clientId === DEMO_DASHBOARD_CLIENT_ID && origin === new URL(site).origin,
    // The development login page takes any name; the account is that name.
    findAccount: (_ctx, id) => ({
      accountId: id,
      claims: () => ({ sub: id, name: id }),
    }),
    // The dashboard is our own client: no consent screen, the grant covers the reporting API.
    async loadExistingGrant(ctx) {
      const grantId =
        ctx.oidc.result?.consent?.grantId ??
        ctx.oidc.session!.grantIdFor(ctx.oidc.client!.clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      if (ctx.oidc.client!.clientId !== DEMO_DASHBOARD_CLIENT_ID) return undefined;
      const grant = new ctx.oidc.provider.Grant({
        clientId: DEMO_DASHBOARD_CLIENT_ID,
        accountId: ctx.oidc.session!.accountId!,
      });
      grant.addOIDCScope('openid profile');
      grant.addResourceScope(audience, 'reporting');
      await grant.save();
      return grant;
    },
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
      devInteractions: { enabled: true },
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
