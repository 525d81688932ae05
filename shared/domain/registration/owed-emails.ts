/**
 * What each change owes by email (docs/registration.md, "Emails owed"), as outbox entries written in the change's own
 * transaction. Entries carry what the template needs; the manage link is derived by the mailer from
 * `subjectId`, never stored (see manage-token.ts).
 */
import type { EventConfig } from '../event-config.ts';
import { outboxEntry, type EmailData, type EmailKind, type OutboxEntry } from '../notifications/outbox.ts';
import { participantName, type Registration } from './registration.ts';
import type { Ids } from '../ids.ts';

export interface EmailContext {
  event: Pick<EventConfig, 'id' | 'secretariatEmail' | 'defaultLanguage'>;
  ids: Pick<Ids, 'id'>;
  now: string;
}

const toDelegate = <K extends EmailKind>(ctx: EmailContext, reg: Registration, kind: K, data: EmailData[K]): OutboxEntry =>
  outboxEntry({
    id: ctx.ids.id(),
    eventId: reg.eventId,
    kind,
    to: { email: reg.participant.email, name: participantName(reg.participant) },
    language: reg.language,
    reference: reg.reference,
    subjectId: reg.id,
    createdAt: ctx.now,
    data,
  });

const confirmed = (ctx: EmailContext, reg: Registration): OutboxEntry =>
  toDelegate(ctx, reg, 'registration-confirmed', {
    participantName: participantName(reg.participant),
    registrationId: reg.id,
    checkInCode: reg.checkInCode ?? '',
  });

/** A new registration: the delegate's acknowledgement, the secretariat's notice, and the confirmation if seated without approval. */
export const registrationReceivedEmails = (
  ctx: EmailContext,
  reg: Registration & { status: 'pending_approval' | 'confirmed' | 'waitlisted' },
  quota: { used: number; limit: number },
): OutboxEntry[] => {
  const name = participantName(reg.participant);
  const entries = [
    toDelegate(ctx, reg, 'registration-received', {
      participantName: name,
      registrationId: reg.id,
      status: reg.status,
      delegation: reg.delegation,
      role: reg.role,
    }),
    outboxEntry({
      id: ctx.ids.id(),
      eventId: reg.eventId,
      kind: 'registration-received-secretariat',
      to: { email: ctx.event.secretariatEmail },
      language: ctx.event.defaultLanguage,
      reference: reg.reference,
      subjectId: reg.id,
      createdAt: ctx.now,
      data: {
        participantName: name,
        participantEmail: reg.participant.email,
        registrationId: reg.id,
        status: reg.status,
        delegation: reg.delegation,
        role: reg.role,
        institution: reg.participant.institution,
        position: reg.participant.position,
        quotaUsed: quota.used,
        quota: quota.limit,
      },
    }),
  ];
  if (reg.status === 'confirmed') entries.push(confirmed(ctx, reg));
  return entries;
};

export const approvedEmails = (ctx: EmailContext, reg: Registration): OutboxEntry[] => [confirmed(ctx, reg)];

export const declinedEmails = (ctx: EmailContext, reg: Registration, reason: string): OutboxEntry[] => [
  toDelegate(ctx, reg, 'registration-declined', { participantName: participantName(reg.participant), registrationId: reg.id, reason }),
];

export const cancelledEmails = (
  ctx: EmailContext,
  reg: Registration,
  by: 'delegate' | 'secretariat' | 'focal_point',
  reason?: string,
): OutboxEntry[] => [
  toDelegate(ctx, reg, 'registration-cancelled', {
    participantName: participantName(reg.participant),
    registrationId: reg.id,
    by,
    ...(reason ? { reason } : {}),
  }),
];

/** A waitlisted delegate who got a seat: told so, and confirmed at once when the event needs no approval. */
export const promotedEmails = (ctx: EmailContext, reg: Registration & { status: 'pending_approval' | 'confirmed' }): OutboxEntry[] => {
  const entries = [
    toDelegate(ctx, reg, 'registration-promoted', { participantName: participantName(reg.participant), registrationId: reg.id, status: reg.status }),
  ];
  if (reg.status === 'confirmed') entries.push(confirmed(ctx, reg));
  return entries;
};

/** A nominee: told who nominated them, with their manage link to complete their details and consent. */
export const nominatedEmails = (ctx: EmailContext, reg: Registration, focalPointName: string): OutboxEntry[] => [
  toDelegate(ctx, reg, 'registration-nominated', {
    participantName: participantName(reg.participant),
    registrationId: reg.id,
    delegation: reg.delegation,
    role: reg.role,
    focalPointName,
  }),
];
