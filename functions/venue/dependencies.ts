/**
 * The venue functions' adapters, created once per process (module scope). They verify badges with the event's
 * published public key and never read the badge-signing secret (their specs declare no `badgeSigningKey`).
 */
import { dynamoBadgeKeysStore } from '../../shared/adapters/badge-keys-store.ts';
import { dynamoCheckInStore, dynamoRosterSource } from '../../shared/adapters/check-ins-store.ts';
import { dynamoEventReader } from '../../shared/adapters/events-store.ts';
import { dynamoRegistrationStore } from '../../shared/adapters/registrations-store.ts';
import { systemClock } from '../../shared/domain/clock.ts';
import type { VenueDependencies } from '../../shared/domain/venue/venue-use-cases.ts';

export const venueDependencies = (): VenueDependencies => ({
  events: dynamoEventReader(),
  registrations: dynamoRegistrationStore(),
  checkIns: dynamoCheckInStore(),
  roster: dynamoRosterSource(),
  keys: dynamoBadgeKeysStore(),
  clock: systemClock,
});
