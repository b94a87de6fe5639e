/**
 * @img-groningen/vocabulary/schema — the building blocks the domain packages' fact schemas
 * share: zod/mini's objects with zod's compiled fast path.
 *
 * zod/mini's object with zod's compiled fast path. zod/mini builds objects on `$ZodObject`,
 * which checks each field through generic code; zod's chaining API uses `$ZodObjectJIT`, which
 * compiles a parser per shape and validates the facts twice as fast (measured by `pnpm bench`:
 * two to five times, in eligibility's CLI and invoices' structured validation). Same schema, same errors, same JSON Schema; only the
 * constructor differs. Where `new Function` is not allowed (a strict CSP), zod falls back to
 * the generic path by itself.
 *
 * @packageDocumentation
 */
// Named imports, not `z.core.…`: a member of a nested namespace defeats tree-shaking and pulled
// all of zod's core (~70 kB gzip) into browser bundles.
import { $ZodObjectJIT, $constructor } from 'zod/v4/core';
import type { $ZodLooseShape, $ZodObject, $ZodObjectDef, $strict, $strip } from 'zod/v4/core';
import { ZodMiniType, never, type ZodMiniObject } from 'zod/mini';

// Annotated so that TypeScript accepts the `asserts` signatures of `init`.
const objectJit: $constructor<$ZodObject> = $ZodObjectJIT;
const miniType: $constructor<ZodMiniType> = ZodMiniType;

const ZodMiniObjectJit = /*@__PURE__*/ $constructor(
  'ZodMiniObject',
  (inst: ZodMiniObject, def: $ZodObjectDef) => {
    objectJit.init(inst, def);
    miniType.init(inst, def);
    Object.defineProperty(inst, 'shape', { get: () => inst._zod.def.shape });
  },
);

/** `z.strictObject(shape)`, parsed through zod's compiled fast path: unknown keys are errors. */
export function strictObject<T extends $ZodLooseShape>(shape: T): ZodMiniObject<T, $strict> {
  return new ZodMiniObjectJit({
    type: 'object',
    shape,
    catchall: never(),
  }) as unknown as ZodMiniObject<T, $strict>;
}

/** `z.object(shape)`, parsed through zod's compiled fast path: unknown keys are dropped. */
export function object<T extends $ZodLooseShape>(shape: T): ZodMiniObject<T, $strip> {
  return new ZodMiniObjectJit({ type: 'object', shape }) as unknown as ZodMiniObject<T, $strip>;
}
