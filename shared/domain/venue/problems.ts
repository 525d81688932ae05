/** The check-in routes' own problems (RFC 9457 types under /problems/), thrown and mapped in one place. */
import * as z from 'zod/mini';
import { Conflict, DomainError } from '../errors.ts';
import type { CheckInCodeRejection } from '../badges/check-in-code.ts';

const WHY: Record<CheckInCodeRejection, string> = {
  malformed: 'This is not a check-in code of a Plenary badge.',
  other_event: 'This badge is for another event.',
  bad_signature: 'This badge was not issued by Plenary for this event: its signature does not verify.',
};

/**
 * A scanned text that is not a real badge of this event; `reason` (an extension member) says which check failed, so
 * the door app can tell "another event" from "forged" without parsing prose.
 */
export class InvalidBadge extends DomainError {
  constructor(reason: CheckInCodeRejection) {
    super({
      slug: 'invalid-badge',
      status: 400,
      title: 'Invalid badge',
      detail: WHY[reason],
      errors: [{ path: 'code', message: WHY[reason] }],
      extensions: { reason },
    });
  }
}

/** A real badge (or a registration id) whose registration is not confirmed now: cancelled, declined, erased or unknown. */
export class NotConfirmedForCheckIn extends Conflict {
  constructor() {
    super(
      'not-confirmed',
      'Not confirmed',
      'This registration is not confirmed (cancelled, declined or unknown): send the participant to the registration desk.',
    );
  }
}

/**
 * For the OpenAPI document: the check-in's 400, either `/problems/validation-failed` (naming each bad field) or
 * `/problems/invalid-badge` with its `reason`.
 */
export const CheckInBadRequestSchema = /* @__PURE__ */ z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.int(),
    detail: z.optional(z.string()),
    errors: z.optional(z.array(z.object({ path: z.string(), message: z.string() }))),
    reason: z.optional(z.enum(['malformed', 'other_event', 'bad_signature'])),
  })
  .register(z.globalRegistry, {
    id: 'CheckInBadRequest',
    description:
      '`/problems/validation-failed` naming each bad field, or `/problems/invalid-badge` whose `reason` says why the code is ' +
      'refused: `malformed` (not a Plenary check-in code), `other_event` (a badge of another event), `bad_signature` (forged or altered).',
  });
