/** Request schemas of the registration routes other than the registration body itself (registration.ts, patch.ts). */
import * as z from 'zod/mini';
import { pageQueryShape } from '../params.ts';
import { DelegationCode, text } from '../primitives.ts';
import { CSV_AUDIENCES } from './participants-csv.ts';
import { RegistrationStatus } from './registration.ts';

/** Approving may give a reason (kept in the history); declining must (the delegate is told it). */
export type DecisionBody = { decision: 'approve'; reason?: string } | { decision: 'decline'; reason: string };

/**
 * Checked as one object with a rule across its fields, not as a zod union: a union would answer a bad `decision`
 * without naming the unknown fields beside it, and a missing reason as plain `Required`. The transform only tells
 * the type what the rule has just checked.
 */
export const DecisionBody = z
  .pipe(
    z
      .strictObject({
        decision: z.enum(['approve', 'decline']),
        reason: z.optional(text(1000)),
      })
      .check(
        z.superRefine((body, ctx) => {
          if (body.decision === 'decline' && !body.reason)
            ctx.issues.push({ code: 'custom', path: ['reason'], message: 'Required to decline', input: body });
        }),
      ),
    z.transform((body): DecisionBody =>
      body.decision === 'approve' ? { ...body, decision: 'approve' } : { decision: 'decline', reason: body.reason ?? '' },
    ),
  )
  .register(z.globalRegistry, { id: 'RegistrationDecision' });

export const AdminCancelBody = z.strictObject({ reason: text(1000) }).register(z.globalRegistry, { id: 'AdminCancellation' });

/** The delegate may say why, or send no body at all. */
export const DelegateCancelBody = z.optional(z.strictObject({ reason: z.optional(text(1000)) }));

export const RegistrationListQuery = z.strictObject({
  ...pageQueryShape,
  status: z.optional(RegistrationStatus),
  delegation: z.optional(DelegationCode),
});

export const ParticipantsCsvQuery = z.strictObject({
  /** `publication`: confirmed delegates who consented to be listed, no contact details. */
  audience: z._default(z.enum(CSV_AUDIENCES), 'secretariat'),
});
