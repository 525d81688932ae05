/**
 * What a door device knows of one confirmed participant (the roster, and the answer to a check-in): enough to greet
 * them and find them by name, reference or desk code, built by listing fields (never by spreading the registration).
 */
import * as z from 'zod/mini';
import { PARTICIPANT_CATEGORIES, PRESS_DELEGATION, categoryOf } from '../badges/category.ts';
import type { EventConfig } from '../event-config.ts';
import { Role, type Registration } from '../registration/registration.ts';
import type { CheckInRecord } from './check-in.ts';

export const toRosterEntry = (r: Registration, event: Pick<EventConfig, 'delegations'>, checkIn: CheckInRecord | undefined) => {
  const press = r.delegation === PRESS_DELEGATION;
  const delegation = press ? undefined : event.delegations.find((d) => d.code === r.delegation);
  return {
    registrationId: r.id,
    reference: r.reference,
    deskCode: r.checkInCode ?? null,
    name: {
      ...(r.participant.title ? { title: r.participant.title } : {}),
      givenName: r.participant.givenName,
      familyName: r.participant.familyName,
    },
    delegation: press ? null : { code: r.delegation, names: delegation?.names ?? {} },
    // A journalist's outlet is what the door shows in place of a delegation.
    ...(press ? { organisation: r.participant.institution } : {}),
    role: r.role,
    // A delegation removed from the event after confirmation keeps the kind it was registered with.
    category: categoryOf(r.delegation, event.delegations) ?? r.delegationKind,
    checkedIn: checkIn ? { at: checkIn.checkedInAt, device: checkIn.device } : null,
  };
};
export type RosterEntry = ReturnType<typeof toRosterEntry>;

/** For the OpenAPI document: the shape above. */
export const RosterEntrySchema = /* @__PURE__ */ z
  .object({
    registrationId: z.string(),
    reference: z.string(),
    deskCode: z.nullable(z.string()),
    name: z.object({ title: z.optional(z.string()), givenName: z.string(), familyName: z.string() }),
    delegation: z.nullable(z.object({ code: z.string(), names: z.record(z.string(), z.string()) })),
    organisation: z.optional(z.string()),
    role: Role,
    category: z.enum(PARTICIPANT_CATEGORIES),
    checkedIn: z.nullable(z.object({ at: z.string(), device: z.string() })),
  })
  .register(z.globalRegistry, { id: 'RosterEntry' });

export const CheckInRosterSchema = /* @__PURE__ */ z
  .object({
    eventId: z.string(),
    publicKey: z.nullable(z.string()),
    generatedAt: z.string(),
    items: z.array(RosterEntrySchema),
    nextCursor: z.nullable(z.string()),
  })
  .register(z.globalRegistry, { id: 'CheckInRoster' });

export const CheckInAnswerSchema = /* @__PURE__ */ z
  .object({ participant: RosterEntrySchema, firstScan: z.boolean(), checkedInAt: z.string(), device: z.string() })
  .register(z.globalRegistry, { id: 'CheckIn' });
