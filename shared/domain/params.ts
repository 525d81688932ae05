/** Path and query parameter schemas shared by many routes. */
import * as z from 'zod/mini';
import { Slug, Ulid } from './primitives.ts';

export const EventParams = z.strictObject({ eventId: Slug });
export const EventItemParams = z.strictObject({ eventId: Slug, id: Ulid });

/**
 * `?limit=` (default 50, max 200) and an opaque `cursor`, as the contract says. The cursor is any string here: the
 * list's own codec (shared/adapters/list-cursor.ts) decides whether it issued it, so every cursor it did not (garbage,
 * empty, too long) gets the same 400 `/problems/invalid-cursor`.
 */
export const pageQueryShape = {
  limit: z._default(
    z
      .pipe(
        z.string().check(z.regex(/^[0-9]{1,3}$/, 'A number from 1 to 200')),
        z.transform((s) => Number(s)),
      )
      .check(z.refine((n) => n >= 1 && n <= 200, 'A number from 1 to 200')),
    50,
  ),
  cursor: z.optional(z.string()),
};
