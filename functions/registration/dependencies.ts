/** The registration functions' adapters and use cases, created once per process (module scope). */
import { dynamoEventsRepository } from '../../shared/adapters/events-repository.ts';
import { countInquiriesByStatus } from '../../shared/adapters/inquiries-queries.ts';
import { manageTokens } from '../../shared/adapters/manage-link-key.ts';
import { emailDeliveryCounts } from '../../shared/adapters/outbox.ts';
import { recentEvents } from '../../shared/adapters/registrations-event-cache.ts';
import { dynamoRegistrationStore } from '../../shared/adapters/registrations-store.ts';
import { dynamoPromotionTurns } from '../../shared/adapters/registrations-turns.ts';
import { systemClock } from '../../shared/domain/clock.ts';
import { systemIds } from '../../shared/domain/registration/ids.ts';

/**
 * `cachedEvents`: the public write paths (register, the delegate's calls) keep each event configuration
 * a few seconds, which is safe because their commits are conditioned on it; the secretariat reads it fresh.
 */
export const registrationDependencies = ({ cachedEvents = false } = {}) => ({
  events: cachedEvents ? recentEvents(dynamoEventsRepository()) : dynamoEventsRepository(),
  registrations: dynamoRegistrationStore(),
  turns: dynamoPromotionTurns(),
  tokens: manageTokens,
  clock: systemClock,
  ids: systemIds(),
  extras: {
    inquiriesByStatus: (eventId: string) => countInquiriesByStatus(eventId),
    emails: (eventId: string) => emailDeliveryCounts(eventId),
  },
});
