/** A waiting-list entry: `EVENT#<id>` / `WAIT#<ulid>` (ULIDs sort by arrival, so the list reads oldest first). */
import type { Registration } from '../../domain/registration/registration.ts';
import type { WaitlistEntry } from '../../domain/registration/seats.ts';
import { eventPk } from '../table.ts';
import type { Item } from './item.ts';

export const WAITLIST_SK_PREFIX = 'WAIT#';
export const waitlistEntryKey = (eventId: string, registrationId: string) => ({ PK: eventPk(eventId), SK: `${WAITLIST_SK_PREFIX}${registrationId}` });

export const waitlistEntryItem = (r: Registration) => ({
  ...waitlistEntryKey(r.eventId, r.id),
  type: 'waitlist-entry',
  registrationId: r.id,
  delegation: r.delegation,
});

export const fromWaitlistEntryItem = (item: Item): WaitlistEntry => ({
  registrationId: String(item.registrationId),
  delegation: String(item.delegation),
});
