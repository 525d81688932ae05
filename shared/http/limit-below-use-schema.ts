/** The 409 `/problems/limit-below-use` answer of PUT /admin/events/{eventId}: the problem plus the numbers of each limit. */
import * as z from 'zod/mini';

export const LimitBelowUseProblemSchema = /* @__PURE__ */ z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.int(),
    detail: z.optional(z.string()),
    errors: z.array(z.object({ path: z.string(), message: z.string() })),
    limits: z.array(
      z.object({
        path: z.string(),
        limit: z.int(),
        inUse: z.int(),
        delegation: z.optional(z.string()),
      }),
    ),
  })
  .register(z.globalRegistry, {
    id: 'LimitBelowUseProblem',
    description:
      'A limit set below the seats already held: `path` names the field (as in validation errors; `delegations` for a removed ' +
      'delegation that holds seats), `limit` the new value, `inUse` the seats held (by `delegation` for a quota).',
  });
