/**
 * Object schemas for stored values keep fields this version does not know: a newer release on
 * another browser may have added them, and a read-modify-write here must hand them back
 * untouched (docs/DESIGN-NOTES.md, "Storage"). The TypeScript type stays the known shape, so
 * code cannot come to depend on a field it does not own; the fields ride along at run time.
 */
import * as z from 'zod/mini';
import type * as core from 'zod/v4/core';

export function keepUnknown<T extends core.$ZodLooseShape>(shape: T) {
  return z.looseObject(shape) as unknown as ReturnType<typeof z.object<T>>;
}
