/** The registration functions' adapters and use cases, created once per process (module scope). */
import { checkInCounts } from '../../shared/adapters/check-ins-store.ts';
import { dynamoEventStore } from '../../shared/adapters/events-store.ts';
import { dynamoPersonalDataStore } from '../../shared/adapters/personal-data-store.ts';
import { countInquiriesByStatus } from '../../shared/adapters/inquiries-queries.ts';
import { manageTokens } from '../../shared/adapters/manage-link-key.ts';
import { emailDeliveryCounts } from '../../shared/adapters/outbox.ts';
import { personalDataErasedAt } from '../../shared/adapters/retention-records.ts';
import { recentEvents } from '../../shared/adapters/registrations-event-cache.ts';
import { referenceBlocks } from '../../shared/adapters/reference-blocks.ts';
import { dynamoRegistrationStore } from '../../shared/adapters/registrations-store.ts';
import { dynamoPromotionTurns } from '../../shared/adapters/registrations-turns.ts';
import { dynamoRateLimiter } from '../../shared/adapters/rate-limiter.ts';
import type { EventStore } from '../../shared/domain/event-use-cases.ts';
import { makePublicWriteGate, makePublicWriteLimits } from '../../shared/domain/rate-limits.ts';
import { systemClock } from '../../shared/domain/clock.ts';
import { systemIds } from '../../shared/domain/ids.ts';

/**
 * `cachedEvents`: the public write paths (register, the delegate's calls) keep each event configuration
 * a few seconds, which is safe because their commits are conditioned on it; the secretariat reads it fresh.
 * `referencesInBlocks`: the public registration reserves reference numbers ten at a time
 * (shared/adapters/reference-blocks.ts), so most registrations make no call for theirs.
 */
export const registrationDependencies = ({ cachedEvents = false, referencesInBlocks = false } = {}) => ({
  events: cachedEvents ? recentEvents(dynamoEventStore()) : dynamoEventStore(),
  registrations: referencesInBlocks ? { ...dynamoRegistrationStore(), nextReferenceNumber: referenceBlocks() } : dynamoRegistrationStore(),
  turns: dynamoPromotionTurns(),
  tokens: manageTokens,
  clock: systemClock,
  ids: systemIds(),
});

/** What the secretariat's reads need (makeAdminRegistrations): no turns, tokens or ids, so their bundles carry none. */
export const adminReadDependencies = () => ({ events: dynamoEventStore(), registrations: dynamoRegistrationStore() });

/**
 * What the secretariat's summary adds from other capabilities (press inquiries, email deliveries, check-ins). Only the summary's
 * handler passes it, so no other function bundles those queries.
 */
export const summaryExtras = {
  inquiriesByStatus: (eventId: string) => countInquiriesByStatus(eventId),
  emails: (eventId: string) => emailDeliveryCounts(eventId),
  checkIns: (eventId: string) => checkInCounts(eventId),
  personalDataErasedAt: (eventId: string) => personalDataErasedAt(eventId),
};

/**
 * The step the delegate's public POSTs (register, cancel) take before their use case: the event's hourly
 * limits per client and per address (docs/registration.md, "Rate limits on public writes"); past them a 429 and nothing
 * written or sent. The event comes from the same few-seconds cache the use case reads.
 */
export const publicWriteGate = (events: Pick<EventStore, 'get'> = recentEvents(dynamoEventStore())) =>
  makePublicWriteGate({ events, limits: makePublicWriteLimits({ limiter: dynamoRateLimiter(), clock: systemClock }) });

/** What the personal-data routes (the delegate's data and erasure, the secretariat's erasure) add: the erasure store. */
export const personalDataDependencies = ({ cachedEvents = false } = {}) => ({
  ...registrationDependencies({ cachedEvents }),
  personalData: dynamoPersonalDataStore(),
});
