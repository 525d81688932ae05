/**
 * Everything held about a delegate, as they download it from their manage page: the registration as the secretariat
 * sees it, its history, and the emails written to them or about them (when, what kind, whether it went out).
 */
import * as z from 'zod/mini';
import { EMAIL_KINDS, OUTBOX_STATUSES, type OutboxEntry } from '../notifications/outbox.ts';
import type { RegistrationStore } from '../registration/ports.ts';
import { RegistrationStatus, type Registration } from '../registration/registration.ts';
import { AdminRegistrationSchema, HistoryEntrySchema, toAdminView, toHistoryView } from '../registration/views.ts';
import type { PersonalDataStore } from './ports.ts';

/** Emails to the secretariat about the person; every other kind a registration owes goes to the person. */
const TO_SECRETARIAT: readonly string[] = [EMAIL_KINDS.registrationReceivedSecretariat, EMAIL_KINDS.registrationErasedSecretariat];

const toEmailView = (e: OutboxEntry) => ({
  id: e.id,
  kind: e.kind,
  recipient: TO_SECRETARIAT.includes(e.kind) ? ('secretariat' as const) : ('you' as const),
  status: e.status,
  createdAt: e.createdAt,
  sentAt: e.sentAt ?? null,
});

export const makeRegistrationData =
  ({ registrations, personalData }: { registrations: Pick<RegistrationStore, 'history'>; personalData: Pick<PersonalDataStore, 'emails'> }) =>
  async (registration: Registration) => {
    const history = await registrations.history(registration.eventId, registration.id);
    const emails = await personalData.emails(history.flatMap((h) => h.emails ?? []));
    return {
      registration: toAdminView(registration),
      history: history.map(toHistoryView),
      emails: emails.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id)).map(toEmailView),
    };
  };

export const RegistrationDataSchema = /* @__PURE__ */ z
  .object({
    registration: AdminRegistrationSchema,
    history: z.array(HistoryEntrySchema),
    emails: z.array(
      z.object({
        id: z.string(),
        kind: z.enum(Object.values(EMAIL_KINDS) as [string, ...string[]]),
        recipient: z.enum(['you', 'secretariat']),
        status: z.enum(OUTBOX_STATUSES),
        createdAt: z.string(),
        sentAt: z.nullable(z.string()),
      }),
    ),
  })
  .register(z.globalRegistry, {
    id: 'RegistrationData',
    description: 'Everything held about a delegate: their registration, its history, and the emails written to them or about them.',
  });

export const ErasedSchema = /* @__PURE__ */ z
  .object({ id: z.string(), reference: z.string(), status: RegistrationStatus, erasedAt: z.string() })
  .register(z.globalRegistry, { id: 'Erased', description: 'The record whose personal data was erased; nothing personal is left in it.' });
