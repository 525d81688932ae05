/** What the check-in use cases need from storage; the DynamoDB adapter is shared/adapters/check-ins-store.ts. */
import type { ParticipantCategory } from '../badges/category.ts';
import type { Page, PageRequest } from '../page.ts';
import type { Registration } from '../registration/registration.ts';
import type { CheckInRecord } from './check-in.ts';

/** Who a check-in counts for: the counters kept beside the check-ins. */
export interface CheckInTally {
  delegation: string;
  category: ParticipantCategory;
}

export interface CheckInStore {
  get(eventId: string, registrationId: string): Promise<CheckInRecord | undefined>;
  /**
   * Records the registration's first check-in and adds one to its delegation's and category's counters, in one
   * transaction conditioned on no check-in of that registration existing: true when written, false (nothing
   * written) when one already was, so concurrent scans count exactly once.
   */
  recordFirst(eventId: string, record: CheckInRecord, tally: CheckInTally): Promise<boolean>;
  /** The check-ins of these registrations (any number), by registration id. */
  ofRegistrations(eventId: string, registrationIds: readonly string[]): Promise<Map<string, CheckInRecord>>;
}

/** The confirmed registrations of an event, the door's roster, one page at a time (its own cursors). */
export interface RosterSource {
  confirmed(eventId: string, page: PageRequest): Promise<Page<Registration>>;
}

/** What the secretariat's summary reads to break check-ins down: counters, and confirmed registrations per delegation. */
export interface CheckInCounts {
  checkedIn: { byDelegation: Record<string, number>; byCategory: Record<string, number> };
  confirmedByDelegation: Record<string, number>;
}
