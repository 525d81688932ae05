/**
 * What each audience sees of a registration. The delegate's view and the secretariat's are built by
 * listing fields, never by spreading the record, so the token hash and internal fields cannot leak.
 */
import * as z from 'zod/mini';
import { Language } from '../primitives.ts';
import { DelegationKind } from '../event-config.ts';
import type { HistoryEntry } from './history.ts';
import { Participant, RegistrationStatus, Role, type Actor, type Registration } from './registration.ts';

export const toDelegateView = (r: Registration) => ({
  id: r.id,
  eventId: r.eventId,
  reference: r.reference,
  status: r.status,
  participant: r.participant,
  delegation: r.delegation,
  role: r.role,
  language: r.language,
  needs: r.needs,
  consent: r.consent,
  checkInCode: r.status === 'confirmed' ? (r.checkInCode ?? null) : null,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
});

export const toAdminView = (r: Registration) => ({
  ...toDelegateView(r),
  delegationKind: r.delegationKind,
  reason: r.reason ?? null,
  /** When the person's data was erased (their names, email and details are then blank). */
  erasedAt: r.erasedAt ?? null,
});

/** A secretariat user by name and `sub`; delegates and the system by kind only. */
const byOf = (actor: Actor): { kind: Actor['kind']; name?: string; sub?: string } =>
  actor.kind === 'secretariat'
    ? { kind: actor.kind, name: actor.name, ...(actor.sub ? { sub: actor.sub } : {}) }
    : actor.kind === 'focal_point'
      ? { kind: actor.kind, name: actor.name }
      : { kind: actor.kind };

export const toHistoryView = (h: HistoryEntry) => ({
  at: h.at,
  by: byOf(h.actor),
  action: h.action,
  from: h.from ?? null,
  to: h.to,
  reason: h.reason ?? null,
  fields: h.fields ?? [],
  emails: h.emails ?? [],
});

/*
 * Response schemas for the OpenAPI document (the same shapes as the functions above). The shape they share is made by
 * a function, called inside each pure-marked schema, so that a handler's bundle drops all of it with the schemas.
 */
const base = () => ({
  id: z.string(),
  eventId: z.string(),
  reference: z.string(),
  status: RegistrationStatus,
  participant: z.object({ ...Participant.def.shape, title: z.optional(z.string()), phone: z.optional(z.string()) }),
  delegation: z.string(),
  role: Role,
  language: Language,
  needs: z.object({ accessibility: z.string(), dietary: z.string() }),
  consent: z.object({ dataProcessing: z.boolean(), listInParticipants: z.boolean() }),
  checkInCode: z.nullable(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export const DelegateRegistrationSchema = /* @__PURE__ */ z.object(base()).register(z.globalRegistry, { id: 'DelegateRegistration' });
export const AdminRegistrationSchema = /* @__PURE__ */ z
  .object({ ...base(), delegationKind: DelegationKind, reason: z.nullable(z.string()), erasedAt: z.nullable(z.string()) })
  .register(z.globalRegistry, { id: 'AdminRegistration' });
export const HistoryEntrySchema = /* @__PURE__ */ z
  .object({
    at: z.string(),
    by: z.object({
      kind: z.enum(['delegate', 'secretariat', 'focal_point', 'system']),
      name: z.optional(z.string()),
      sub: z.optional(
        z.string().register(z.globalRegistry, { description: "The secretariat user's immutable id (Cognito `sub`), beside the name people read." }),
      ),
    }),
    action: z.string(),
    from: z.nullable(RegistrationStatus),
    to: RegistrationStatus,
    reason: z.nullable(z.string()),
    fields: z.array(z.string()),
    emails: z.array(z.string()),
  })
  .register(z.globalRegistry, { id: 'RegistrationHistoryEntry' });
export const AdminRegistrationWithHistorySchema = /* @__PURE__ */ z
  .object({
    ...base(),
    delegationKind: DelegationKind,
    reason: z.nullable(z.string()),
    erasedAt: z.nullable(z.string()),
    history: z.array(HistoryEntrySchema),
  })
  .register(z.globalRegistry, { id: 'AdminRegistrationWithHistory' });
export const RegisteredSchema = /* @__PURE__ */ z
  .object({ id: z.string(), reference: z.string(), status: z.enum(['pending_approval', 'confirmed', 'waitlisted']), manageUrl: z.string() })
  .register(z.globalRegistry, { id: 'Registered' });
