/** What the secretariat's console asks about emails, and how it sees them (no rendered bodies, no tokens). */
import * as z from 'zod/mini';
import { OUTBOX_STATUSES, type OutboxEntry } from './outbox.ts';
import { causeOfSuppression } from './suppression-release.ts';
import { pageQueryShape } from '../params.ts';
import { Ulid } from '../primitives.ts';

export const EmailListQuery = z.strictObject({
  status: z._default(z.enum(OUTBOX_STATUSES), 'failed'),
  ...pageQueryShape,
});

export const RedriveBody = z.optional(
  z.strictObject({
    /** Pending entries queued longer ago than this are called stuck and queued again (failed ones always are). */
    stuckAfterMinutes: z.optional(z.int().check(z.gte(0), z.lte(7 * 24 * 60))),
    /** Only these emails (the console's selection); without it, every undelivered email of the event is looked at. */
    ids: z.optional(z.array(Ulid).check(z.minLength(1), z.maxLength(100))),
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
  // When the last attempt was settled (sent, failed or held back), and when a redrive last queued it again.
  settledAt: entry.settledAt ?? null,
  redrivenAt: entry.redrivenAt ?? null,
  suppression: suppressionOf(entry),
  release: entry.release ?? null,
});

/** Why the entry was held back: from what it recorded, or (entries suppressed before it was recorded) from its reason. */
const suppressionOf = (entry: OutboxEntry) => {
  const reason = entry.suppression?.reason ?? (entry.status === 'suppressed' ? entry.lastError : undefined);
  const cause = reason ? causeOfSuppression(reason) : null;
  return cause ? { ...cause, reportedAt: entry.suppression?.at ?? null } : null;
};

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
    settledAt: z.nullable(z.string()),
    redrivenAt: z.nullable(z.string()),
    suppression: z.nullable(
      z.object({
        cause: z.enum(['bounce', 'complaint']),
        bounceType: z.nullable(z.string()),
        subType: z.nullable(z.string()),
        reportedAt: z.nullable(z.string()),
      }),
    ),
    release: z.nullable(z.object({ at: z.string(), by: z.string(), reason: z.string() })),
  })
  .register(z.globalRegistry, {
    id: 'Email',
    description:
      'One email the outbox owes or has sent. `uncertain`: SES got the send but never answered it, so the email may have arrived; ' +
      '`attemptedAt` says when. It is marked sent once SES confirms the send, and sent again only if no confirmation came within 15 minutes. ' +
      '`settledAt`: when the last attempt ended (sent, failed or held back). `suppression`: why the address was on the suppression list ' +
      '(a permanent bounce with its SES subtype, or a complaint with its feedback type) and when SES reported it; kept after a release. ' +
      '`release`: who released the address for this email, when and why (the email is then `failed`, ready to redrive).',
  });

export const RedriveResultSchema = /* @__PURE__ */ z
  .object({
    requeued: z.int(),
    skipped: z.int(),
    /** With `ids`: what happened to each (`not-found`: no such email in this event). */
    outcomes: z.optional(z.array(z.object({ id: z.string(), outcome: z.enum(['requeued', 'skipped', 'not-found']) }))),
  })
  .register(z.globalRegistry, { id: 'RedriveResult' });
