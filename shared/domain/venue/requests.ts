/** The roster's query: a door device downloads the whole roster, so pages are larger than the console lists'. */
import * as z from 'zod/mini';

export const ROSTER_DEFAULT_LIMIT = 500;
export const ROSTER_MAX_LIMIT = 1000;

export const RosterQuery = z.strictObject({
  limit: z._default(
    z
      .pipe(
        z.string().check(z.regex(/^[0-9]{1,4}$/, `A number from 1 to ${ROSTER_MAX_LIMIT}`)),
        z.transform((s) => Number(s)),
      )
      .check(z.refine((n) => n >= 1 && n <= ROSTER_MAX_LIMIT, `A number from 1 to ${ROSTER_MAX_LIMIT}`)),
    ROSTER_DEFAULT_LIMIT,
  ),
  /** Opaque: the roster's own codec decides whether it issued it (a 400 invalid-cursor otherwise). */
  cursor: z.optional(z.string()),
});
