/** What one decision says, shared by the single decision and the bulk one (requests.ts, bulk-decisions.ts). */
import * as z from 'zod/mini';
import { text } from '../primitives.ts';

export const decisionFields = {
  decision: z.enum(['approve', 'decline']),
  reason: z.optional(text(1000)),
};

/** Approving may give a reason (kept in the history); declining must (the delegate is told it). */
export const reasonRequiredToDecline = <T extends { decision: 'approve' | 'decline'; reason?: string | undefined }>() =>
  z.superRefine<T>((body, ctx) => {
    if (body.decision === 'decline' && !body.reason)
      ctx.issues.push({ code: 'custom', path: ['reason'], message: 'Required to decline', input: body });
  });
