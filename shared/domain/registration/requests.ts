/** Request schemas of the registration routes other than the registration body itself (registration.ts, patch.ts). */
import * as z from 'zod/mini';
import { pageQueryShape } from '../params.ts';
import { DelegationCode, text } from '../primitives.ts';
import { CSV_AUDIENCES } from './participants-csv.ts';
import { RegistrationStatus } from './registration.ts';

export const DecisionBody = z
  .strictObject({
    decision: z.enum(['approve', 'decline']),
    /** Told to the delegate when declining (required then), kept in the history either way. */
    reason: z.optional(text(1000)),
  })
  .check(
    z.superRefine((body, ctx) => {
      if (body.decision === 'decline' && !body.reason) ctx.issues.push({ code: 'custom', path: ['reason'], message: 'Required to decline', input: body });
    }),
  )
  .register(z.globalRegistry, { id: 'RegistrationDecision' });
export type DecisionBody = z.infer<typeof DecisionBody>;

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
