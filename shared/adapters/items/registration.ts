/** The registration item: `EVENT#<id>` / `REG#<ulid>`, listed by status in GSI1 `EVENT#<id>#REG#<status>` / `<ulid>`. */
import type { Registration, RegistrationStatus } from '../../domain/registration/registration.ts';
import { ULID_PATTERN, keyPattern, literal, type KeyRule } from '../list-cursor.ts';
import { TABLE_KEYS, eventPk } from '../table.ts';
import { valueOf, type Item } from './item.ts';

export const REGISTRATION_TYPE = 'registration';
export const REGISTRATION_SK_PREFIX = 'REG#';
export const registrationSk = (id: string) => `${REGISTRATION_SK_PREFIX}${id}`;
export const registrationKey = (eventId: string, id: string) => ({ PK: eventPk(eventId), SK: registrationSk(id) });

/** GSI1: registrations of one event in one status, in arrival order. */
export const registrationStatusGsi1Pk = (eventId: string, status: RegistrationStatus) => `${eventPk(eventId)}#REG#${status}`;

export const registrationItem = (r: Registration) => ({
  ...registrationKey(r.eventId, r.id),
  type: REGISTRATION_TYPE,
  GSI1PK: registrationStatusGsi1Pk(r.eventId, r.status),
  GSI1SK: r.id,
  ...r,
});

export const fromRegistrationItem = (item: Item): Registration => valueOf<Registration>(item);

/** The list's cursor key: registrations only (never their history items), by status through GSI1 or from the partition. */
export const registrationCursorShape = (eventId: string, status: RegistrationStatus | undefined): Record<string, KeyRule> => {
  const base = { PK: eventPk(eventId), SK: keyPattern(literal(REGISTRATION_SK_PREFIX), ULID_PATTERN) };
  const { gsi1 } = TABLE_KEYS;
  return status === undefined
    ? base
    : { ...base, [gsi1.partitionKey]: registrationStatusGsi1Pk(eventId, status), [gsi1.sortKey]: keyPattern(ULID_PATTERN) };
};
