/** The colleague routes' answers, as the OpenAPI document publishes them (and web/src/api/responses.ts reads them). */
import * as z from 'zod/mini';
import { COLLEAGUE_STATUSES } from '../domain/colleagues/colleague.ts';
import { GROUPS } from '../domain/groups.ts';

export const ColleagueSchema = /* @__PURE__ */ z
  .object({
    username: z.string(),
    email: z.string(),
    groups: z.array(z.enum(GROUPS)),
    status: z.enum(COLLEAGUE_STATUSES),
    enabled: z.boolean(),
    createdAt: z.string(),
  })
  .register(z.globalRegistry, {
    id: 'Colleague',
    description:
      'A console user. `status`: `invited` (has not signed in yet), `active`, `reset-required` (must reset the password), `other`. ' +
      '`enabled: false`: disabled outside Plenary, cannot sign in.',
  });

export const ColleagueListSchema = /* @__PURE__ */ z.object({ items: z.array(ColleagueSchema) }).register(z.globalRegistry, { id: 'ColleagueList' });
