/**
 * The registration capability's keys in the single table (see docs/registration.md for the access patterns).
 *
 *   PK               SK                              what
 *   EVENT#<eventId>  REG#<ulid>                      a registration (GSI1: EVENT#<id>#REG#<status> / <ulid>)
 *   EVENT#<eventId>  REG#<ulid>#HIST#<iso>#<ulid>    its history entries (sort right after it)
 *   EVENT#<eventId>  EMAIL#<normalised email>       uniqueness claim of an email (active or waitlisted)
 *   EVENT#<eventId>  HOD#<delegation>               uniqueness claim of a head of delegation (active or waitlisted)
 *   EVENT#<eventId>  WAIT#<ulid>                    a waiting-list entry, oldest first
 *   EVENT#<eventId>  COUNTER#SEATS                  `active`: seats held in the event
 *   EVENT#<eventId>  COUNTER#QUOTA#<delegation>     `active`: seats held by a delegation
 *   EVENT#<eventId>  COUNTER#WAITLIST               `version` (bumped on every waiting-list change), `waiting`
 *   EVENT#<eventId>  COUNTER#REF#D                  `last`: the delegate reference sequence
 *   IDEMPOTENCY#<scope>  <hashed key>               Powertools idempotency records (TTL `expiresAt`)
 */
import { normalizeEmail } from '../domain/primitives.ts';
import type { RegistrationStatus } from '../domain/registration/registration.ts';
export { eventPk } from './table.ts';

export const REGISTRATION_TYPE = 'registration';
export const HISTORY_TYPE = 'registration-history';

export const registrationSk = (id: string) => `REG#${id}`;
export const REGISTRATION_SK_PREFIX = 'REG#';
export const historySk = (registrationId: string, at: string, id: string) => `REG#${registrationId}#HIST#${at}#${id}`;
export const historySkPrefix = (registrationId: string) => `REG#${registrationId}#HIST#`;
export const emailClaimSk = (email: string) => `EMAIL#${normalizeEmail(email)}`;
export const headOfDelegationSk = (delegation: string) => `HOD#${delegation}`;
export const waitlistSk = (registrationId: string) => `WAIT#${registrationId}`;
export const WAITLIST_SK_PREFIX = 'WAIT#';

export const SEATS_COUNTER_SK = 'COUNTER#SEATS';
export const quotaCounterSk = (delegation: string) => `COUNTER#QUOTA#${delegation}`;
export const QUOTA_COUNTER_SK_PREFIX = 'COUNTER#QUOTA#';
export const WAITLIST_COUNTER_SK = 'COUNTER#WAITLIST';
export const REFERENCE_COUNTER_SK = 'COUNTER#REF#D';

/** GSI1: registrations of one event in one status, in arrival order. */
export const statusGsi1pk = (eventId: string, status: RegistrationStatus) => `EVENT#${eventId}#REG#${status}`;
