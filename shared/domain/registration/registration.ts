/**
 * A delegate's registration: the body the public form POSTs, the record as stored, and its statuses.
 * `active` (pending_approval, confirmed) holds a seat; `waitlisted` holds none but keeps its email and
 * head-of-delegation claims; `declined` and `cancelled` hold nothing.
 */
import * as z from 'zod/mini';
import { DelegationCode, Email, Language, Phone, line, optionalLine, text } from '../primitives.ts';
import type { DelegationKind } from '../event-config.ts';

/** `nominated`: named by the delegation's focal point (shared/domain/delegations/), holding a place until accreditation. */
export const REGISTRATION_STATUSES = ['nominated', 'pending_approval', 'confirmed', 'waitlisted', 'declined', 'cancelled'] as const;
export const RegistrationStatus = z.enum(REGISTRATION_STATUSES);
export type RegistrationStatus = z.infer<typeof RegistrationStatus>;
export type ActiveStatus = 'nominated' | 'pending_approval' | 'confirmed';

/** A nominee holds a place (quota and capacity) from the moment of nomination, as a pending delegate does. */
export const isActive = (status: RegistrationStatus): status is ActiveStatus =>
  status === 'pending_approval' || status === 'confirmed' || status === 'nominated';
/** Whether the registration still holds its email (and head-of-delegation) claim. */
export const holdsClaims = (status: RegistrationStatus): boolean => isActive(status) || status === 'waitlisted';

export const ROLES = ['head_of_delegation', 'delegate', 'adviser', 'observer'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;
/** Which roles each kind of delegation may register. */
export const ROLES_BY_KIND: Record<DelegationKind, readonly Role[]> = {
  member_state: ['head_of_delegation', 'delegate', 'adviser'],
  observer: ['observer'],
};

export const Participant = z.strictObject({
  title: optionalLine(40),
  givenName: line(100),
  familyName: line(100),
  email: Email,
  phone: z.optional(Phone),
  position: line(200),
  institution: line(200),
});
export type Participant = z.infer<typeof Participant>;

export const Needs = z.strictObject({
  accessibility: z._default(text(1000, 0), ''),
  dietary: z._default(line(200, 0), ''),
});
export type Needs = z.infer<typeof Needs>;

export const RegistrationBody = z
  .strictObject({
    participant: Participant,
    delegation: DelegationCode,
    role: Role,
    language: Language,
    needs: z._default(Needs, { accessibility: '', dietary: '' }),
    consent: z.strictObject({
      dataProcessing: z.literal(true, 'Consent to data processing is required'),
      listInParticipants: z.boolean(),
    }),
  })
  .register(z.globalRegistry, { id: 'RegistrationBody' });
export type RegistrationBody = z.infer<typeof RegistrationBody>;

/** Who did something to a registration, for its history. */
/**
 * Who did it. A secretariat user is recorded by name (their email, what people read) and by `sub`, the
 * identity provider's immutable user id, so an entry still says who it was if the name ever changes.
 * `sub` is absent only on entries written before it was recorded.
 */
export type Actor =
  | { kind: 'delegate' }
  | { kind: 'secretariat'; name: string; sub?: string }
  | { kind: 'focal_point'; name: string; focalPointId: string }
  | { kind: 'system' };

export interface Registration {
  id: string;
  eventId: string;
  reference: string;
  status: RegistrationStatus;
  participant: Participant;
  delegation: string;
  delegationKind: DelegationKind;
  role: Role;
  language: Language;
  needs: Needs;
  /** A nominee's consent is `false` until they give it through their manage link (a registration's is always given). */
  consent: { dataProcessing: boolean; listInParticipants: boolean };
  /** SHA-256 of the manage token; the token itself is derived, never stored. */
  manageTokenHash: string;
  tokenVersion: number;
  /** Set when the delegation's focal point nominated them (shared/domain/delegations/nominations.ts). */
  nominatedBy?: { focalPointId: string; name: string };
  /** Given when confirmed; quoted at the venue's desk. */
  checkInCode?: string;
  /** Why the secretariat declined or cancelled it. */
  reason?: string;
  /** When its personal data was erased (shared/domain/personal-data/): the rest is kept for the statistics. */
  erasedAt?: string;
  createdAt: string;
  updatedAt: string;
  /** Optimistic-concurrency counter: every write is conditioned on the version it read. */
  version: number;
}

export const participantName = (p: Pick<Participant, 'title' | 'givenName' | 'familyName'>): string =>
  [p.title, p.givenName, p.familyName].filter((s) => s && s.length > 0).join(' ');
