/**
 * tRPC set-up: the context every procedure gets, and the procedure kinds. Errors never carry
 * a stack trace or driver detail to the client; input errors name the field.
 */
import { TRPCError, initTRPC } from '@trpc/server';
import type { DatabaseHandle } from '@img-groningen/db';
import { DEFAULT_MANAGEMENT_ROLE, type User } from './auth';
import { ZodError } from 'zod';

export interface Context {
  db: DatabaseHandle;
  /** The caller, when a valid bearer token came with the request. */
  user?: User | null;
  /** Why a token that came with the request was refused. */
  authError?: string | undefined;
  /**
   * Serve the public procedures from the weekly publications (the latest week and version, or
   * the ones named); absent: compute the live figures. Hosts set it for anonymous callers.
   */
  publication?: { week?: string | undefined; version?: number | undefined } | undefined;
  /**
   * Work shared by the calls of one batch over data that does not change meanwhile (a weekly
   * publication asks for every scheme of a place, then each scheme alone): keyed by what was
   * computed. Absent for a request of its own.
   */
  memo?: Map<string, Promise<unknown>> | undefined;
}

/** `compute()` once per key within a batch that shares `ctx.memo`; every time without one. */
export function memoized<T>(ctx: Context, key: string, compute: () => Promise<T>): Promise<T> {
  if (!ctx.memo) return compute();
  let found = ctx.memo.get(key) as Promise<T> | undefined;
  if (!found) {
    found = compute();
    ctx.memo.set(key, found);
  }
  return found;
}

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error }) {
    const zod = error.cause instanceof ZodError ? error.cause : null;
    return {
      message: zod
        ? zod.issues.map((i) => `${i.path.join('.') || '(input)'}: ${i.message}`).join('; ')
        : shape.message,
      code: shape.code,
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        path: shape.data.path,
        issues: zod
          ? zod.issues.map((i) => ({ path: i.path.map(String), message: i.message }))
          : undefined,
      },
    };
  },
});

export const router = t.router;

const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
  '57P01',
  '57P02',
  '57P03',
]);

/** Whether an error (or one of its causes) means the database cannot be reached right now. */
export function isConnectionError(error: unknown): boolean {
  for (
    let e = error as { code?: unknown; message?: unknown; cause?: unknown } | undefined, depth = 0;
    e && depth < 5;
    e = e.cause as typeof e, depth++
  ) {
    if (typeof e.code === 'string' && (CONNECTION_CODES.has(e.code) || e.code.startsWith('08')))
      return true;
    if (
      typeof e.message === 'string' &&
      /Connection terminated|connect ECONNREFUSED|Client has encountered a connection error/.test(
        e.message,
      )
    )
      return true;
  }
  return false;
}

/** While the database is unreachable every procedure answers 503; it recovers by itself. */
const databaseAvailability = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && isConnectionError(result.error.cause ?? result.error)) {
    throw new TRPCError({
      code: 'SERVICE_UNAVAILABLE',
      message: 'the database cannot be reached at the moment; try again shortly',
      cause: result.error,
    });
  }
  return result;
});

/** Aggregated figures for everyone; disclosure control applies (see disclosure.ts). */
export const publicProcedure = t.procedure.use(databaseAvailability);
export const createCallerFactory = t.createCallerFactory;

/** The role a management procedure requires; the host may configure another. */
let managementRole = DEFAULT_MANAGEMENT_ROLE;
export function setManagementRole(role: string): void {
  managementRole = role;
}
export const currentManagementRole = (): string => managementRole;

/** Per-case and per-contractor detail: an authenticated caller with the management role. */
export const managementProcedure = t.procedure.use(databaseAvailability).use(({ ctx, next }) => {
  if (!ctx.user)
    throw new TRPCError({
      code: 'UNAUTHORIZED',
      message: ctx.authError ?? 'a bearer token from the IMG identity provider is needed',
    });
  if (!ctx.user.roles.includes(managementRole))
    throw new TRPCError({ code: 'FORBIDDEN', message: `the role ${managementRole} is needed` });
  return next({ ctx: { ...ctx, user: ctx.user } });
});
