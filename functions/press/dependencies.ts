/** The press functions' adapters, created once per process (module scope) and shared by its handlers. */
import { monotonicFactory } from 'ulidx';
import { dynamoEventStore } from '../../shared/adapters/events-store.ts';
import { dynamoRateLimiter } from '../../shared/adapters/rate-limiter.ts';
import { dynamoInquiryStore } from '../../shared/adapters/inquiries-store.ts';
import { systemClock } from '../../shared/domain/clock.ts';

const ulid = monotonicFactory();

export const pressDependencies = () => ({
  events: dynamoEventStore(),
  inquiries: dynamoInquiryStore(),
  rateLimits: dynamoRateLimiter(),
  clock: systemClock,
  ids: { id: () => ulid() },
});
