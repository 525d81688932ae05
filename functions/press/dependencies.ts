/** The press functions' adapters, created once per process (module scope) and shared by its handlers. */
import { monotonicFactory } from 'ulidx';
import { dynamoEventReader } from '../../shared/adapters/events-store.ts';
import { dynamoRateLimiter } from '../../shared/adapters/rate-limiter.ts';
import { dynamoInquiryStore, dynamoInquirySubmissions } from '../../shared/adapters/inquiries-store.ts';
import { manageTokens } from '../../shared/adapters/manage-link-key.ts';
import { dynamoRegistrationStore } from '../../shared/adapters/registrations-store.ts';
import { systemClock } from '../../shared/domain/clock.ts';
import { systemIds } from '../../shared/domain/ids.ts';

const ulid = monotonicFactory();

const common = () => ({
  events: dynamoEventReader(),
  rateLimits: dynamoRateLimiter(),
  clock: systemClock,
  ids: { id: () => ulid() },
});

export const pressDependencies = () => ({ ...common(), inquiries: dynamoInquiryStore() });

/** The public submit's: it only numbers and creates inquiries, so its bundle has none of the officers' reads and lists. */
export const submissionDependencies = () => ({ ...common(), inquiries: dynamoInquirySubmissions() });

/**
 * The accreditation's: the inquiry, and the registration store for the commit (the same transaction path as every
 * registration), the manage-link key and check-in codes. Only its handler calls it, so no other press function
 * bundles the registration code.
 */
export const accreditationDependencies = () => ({
  events: dynamoEventReader(),
  inquiries: dynamoInquiryStore(),
  registrations: dynamoRegistrationStore(),
  tokens: manageTokens,
  clock: systemClock,
  ids: systemIds(),
});
