/** The press functions' adapters, created once per process (module scope) and shared by its handlers. */
import { monotonicFactory } from 'ulidx';
import { dynamoEventsRepository } from '../../shared/adapters/events-repository.ts';
import { dynamoRateLimiter } from '../../shared/adapters/rate-limiter.ts';
import { dynamoInquiryStore } from '../../shared/adapters/inquiries-repository.ts';
import { systemClock } from '../../shared/domain/clock.ts';

const ulid = monotonicFactory();

export const pressDependencies = () => ({
  events: dynamoEventsRepository(),
  inquiries: dynamoInquiryStore(),
  rateLimits: dynamoRateLimiter(),
  clock: systemClock,
  ids: { next: () => ulid() },
});
