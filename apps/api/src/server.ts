/**
 * The HTTP host: tRPC under /trpc, a health check, and the built dashboard (with the SPA
 * fallback to index.html). Errors reach the client as JSON without a stack trace.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync } from 'node:fs';
import { createHTTPHandler } from '@trpc/server/adapters/standalone';
import sirv from 'sirv';
import type { DatabaseHandle } from '@img-groningen/db';
import { TRPCError } from '@trpc/server';
import {
  PublicationSelection,
  appRouter,
  type TokenVerifier,
  type User,
} from '@img-groningen/reporting';
import { handleOpenData } from './open-data';
import { PUBLIC_QUERIES, openApiDocument } from './openapi';
import { createResponseCache } from './response-cache';

export interface ServerOptions {
  db: DatabaseHandle;
  /** Checks bearer tokens for management procedures; without it they always answer 401. */
  verifyToken?: TokenVerifier | undefined;
  /** Extra handlers by path prefix (the demo OIDC provider at /oidc). */
  mounts?: Record<string, (req: IncomingMessage, res: ServerResponse) => void>;
  /** Folder of the built dashboard; nothing is served for it when absent. */
  dashboardDir?: string | undefined;
  /** Keep public answers until the data change (default); off measures every call afresh. */
  responseCache?: boolean;
  /** What the dashboard needs for its management login (served at /auth-config.json). */
  dashboardLogin?: { issuer: string; clientId: string; audience: string } | undefined;
}

export function createApiServer({
  db,
  dashboardDir,
  verifyToken,
  mounts = {},
  responseCache = true,
  dashboardLogin,
}: ServerOptions): Server {
  const trpc = createHTTPHandler({
    router: appRouter,
    basePath: '/trpc/',
    createContext: async ({ req }) => {
      // Anonymous callers are served the published weeks (?week=YYYY-Www&version=N to choose).
      const query = new URL(req.url ?? '/', 'http://x').searchParams;
      const selection = PublicationSelection.safeParse({
        week: query.get('week') ?? undefined,
        version: query.get('version') ?? undefined,
      });
      if (!selection.success)
        throw new TRPCError({
          code: 'BAD_REQUEST',
          message: selection.error.issues
            .map((i) => `${i.path.join('.')}: ${i.message}`)
            .join('; '),
        });
      let user: User | null = null;
      let authError: string | undefined;
      try {
        user = verifyToken ? await verifyToken(req.headers.authorization) : null;
      } catch (error) {
        authError = (error as Error).message;
      }
      return { db, user, authError, publication: user ? undefined : selection.data };
    },
    onError({ error, path }) {
      if (error.code === 'INTERNAL_SERVER_ERROR')
        console.error(`tRPC ${path ?? '?'}: ${error.message}`);
    },
  });
  const cache = responseCache
    ? createResponseCache(db, { publicPaths: new Set(PUBLIC_QUERIES.map((q) => q.path)) })
    : null;
  const dashboard =
    dashboardDir && existsSync(dashboardDir)
      ? sirv(dashboardDir, { single: true, etag: true, gzip: true })
      : null;

  const notFound = (res: ServerResponse) => {
    res.writeHead(404, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: 'not found' }));
  };

  return createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = req.url ?? '/';
    for (const [prefix, handler] of Object.entries(mounts)) {
      if (url === prefix || url.startsWith(`${prefix}/`)) {
        handler(req, res);
        return;
      }
    }
    if (url === '/auth-config.json') {
      res.writeHead(dashboardLogin ? 200 : 404, {
        'content-type': 'application/json',
        'cache-control': 'no-cache',
      });
      res.end(
        JSON.stringify(
          dashboardLogin
            ? { ...dashboardLogin, scope: 'openid profile reporting' }
            : {
                error: 'management login is not configured (OIDC_ISSUER, OIDC_DASHBOARD_CLIENT_ID)',
              },
        ),
      );
      return;
    }
    if (url === '/openapi.json') {
      res.writeHead(200, {
        'content-type': 'application/json',
        'cache-control': 'public, max-age=3600',
      });
      res.end(JSON.stringify(openApiDocument(), null, 2));
      return;
    }
    if (url.startsWith('/open-data')) {
      handleOpenData(db, req, res)
        .then((handled) => {
          if (!handled) notFound(res);
        })
        .catch((error: unknown) => {
          const unavailable = (error as { code?: string }).code === 'SERVICE_UNAVAILABLE';
          res.writeHead(unavailable ? 503 : 500, { 'content-type': 'application/json' });
          res.end(
            JSON.stringify({
              error: unavailable
                ? 'the database cannot be reached at the moment'
                : 'an internal error occurred',
            }),
          );
        });
      return;
    }
    if (url.startsWith('/trpc/')) {
      if (cache) cache.handle(req, res, () => trpc(req, res));
      else trpc(req, res);
      return;
    }
    if (url === '/healthz') {
      db.query('select 1')
        .then(() => {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ status: 'ok', database: db.driver }));
        })
        .catch(() => {
          res.writeHead(503, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ status: 'unavailable', database: db.driver }));
        });
      return;
    }
    if (dashboard) dashboard(req, res, () => notFound(res));
    else notFound(res);
  });
}
