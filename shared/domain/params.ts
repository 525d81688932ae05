/** Path and query parameter schemas shared by many routes. */
import * as z from 'zod/mini';
import { Slug, Ulid } from './primitives.ts';

export const EventParams = z.strictObject({ eventId: Slug });
export const EventItemParams = z.strictObject({ eventId: Slug, id: Ulid });

/** `?limit=` (default 50, max 200) and an opaque `cursor`, as the contract says. */
export const pageQueryShape = {
  limit: z._default(
    z.pipe(
      z.string().check(z.regex(/^[0-9]{1,3}$/, 'A number from 1 to 200')),
      z.transform((s) => Number(s)),
    ).check(z.refine((n) => n >= 1 && n <= 200, 'A number from 1 to 200')),
    50,
  ),
  cursor: z.optional(z.string().check(z.maxLength(2048), z.regex(/^[A-Za-z0-9_-]+$/, 'Not a cursor from this API'))),
};
export const PageQuery = z.strictObject(pageQueryShape);
