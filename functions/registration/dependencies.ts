/** The registration functions' adapters and use cases, created once per process (module scope). */
import { dynamoEventsRepository } from '../../shared/adapters/events-repository.ts';
import { countInquiriesByStatus } from '../../shared/adapters/inquiries-queries.ts';
import { manageTokens } from '../../shared/adapters/manage-link-key.ts';
import { emailDeliveryCounts } from '../../shared/adapters/outbox.ts';
import { dynamoRegistrationStore } from '../../shared/adapters/registrations-store.ts';
import { systemClock } from '../../shared/domain/clock.ts';
import { systemIds } from '../../shared/domain/registration/ids.ts';

export const registrationDependencies = () => ({
  events: dynamoEventsRepository(),
  registrations: dynamoRegistrationStore(),
  tokens: manageTokens,
  clock: systemClock,
  ids: systemIds(),
  extras: {
    inquiriesByStatus: (eventId: string) => countInquiriesByStatus(eventId),
    emails: (eventId: string) => emailDeliveryCounts(eventId),
  },
});
