/**
 * tRPC set-up: the context every procedure gets, and the procedure kinds. Errors never carry
 * a stack trace or driver detail to the client; input errors name the field.
 */
import { initTRPC } from '@trpc/server';
import type { DatabaseHandle } from '@img-groningen/db';
import { ZodError } from 'zod';

export interface Context {
  db: DatabaseHandle;
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
/** Aggregated figures for everyone; disclosure control applies (see disclosure.ts). */
export const publicProcedure = t.procedure;
export const createCallerFactory = t.createCallerFactory;
