/** What the secretariat's console asks about emails, and how it sees them (no rendered bodies, no tokens). */
import * as z from 'zod/mini';
import { OUTBOX_STATUSES, type OutboxEntry } from './outbox.ts';
import { pageQueryShape } from '../params.ts';

export const EmailListQuery = z.strictObject({
  status: z._default(z.enum(OUTBOX_STATUSES), 'failed'),
  ...pageQueryShape,
});

export const RedriveBody = z.optional(
  z.strictObject({
    /** Pending entries queued longer ago than this are called stuck and queued again (failed ones always are). */
    stuckAfterMinutes: z.optional(z.int().check(z.gte(0), z.lte(7 * 24 * 60))),
  }),
);

export const toEmailView = (entry: OutboxEntry) => ({
  id: entry.id,
  kind: entry.kind,
  status: entry.status,
  to: entry.to.email,
  language: entry.language,
  reference: entry.reference,
  subjectId: entry.subjectId,
  attempts: entry.attempts,
  createdAt: entry.createdAt,
  sentAt: entry.sentAt ?? null,
  lastError: entry.lastError ?? null,
  // Uncertain entries: when the unanswered send was made (the retry sweep settles them after the confirmation window).
  attemptedAt: entry.attemptedAt ?? null,
});

export const EmailViewSchema = /* @__PURE__ */ z
  .object({
    id: z.string(),
    kind: z.string(),
    status: z.enum(OUTBOX_STATUSES),
    to: z.string(),
    language: z.string(),
    reference: z.string(),
    subjectId: z.string(),
    attempts: z.number(),
    createdAt: z.string(),
    sentAt: z.nullable(z.string()),
    lastError: z.nullable(z.string()),
    attemptedAt: z.nullable(z.string()),
  })
  .register(z.globalRegistry, {
    id: 'Email',
    description:
      'One email the outbox owes or has sent. `uncertain`: SES got the send but never answered it, so the email may have arrived; ' +
      '`attemptedAt` says when. It is marked sent once SES confirms the send, and sent again only if no confirmation came within 15 minutes.',
  });

export const RedriveResultSchema = /* @__PURE__ */ z
  .object({ requeued: z.int(), skipped: z.int() })
  .register(z.globalRegistry, { id: 'RedriveResult' });
