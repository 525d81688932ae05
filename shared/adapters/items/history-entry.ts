/**
 * History entries: `EVENT#<id>` / `<parent SK>#HIST#<iso>#<ulid>`, so an item's history sorts right after it,
 * oldest first (a registration's `REG#<ulid>`, an inquiry's `INQ#<ulid>`).
 */
import type { InquiryHistoryEntry } from '../../domain/press/inquiry.ts';
import type { HistoryEntry } from '../../domain/registration/history.ts';
import { eventPk } from '../table.ts';
import { inquirySk } from './inquiry.ts';
import { valueOf, type Item } from './item.ts';
import { registrationSk } from './registration.ts';

export const registrationHistorySkPrefix = (registrationId: string) => `${registrationSk(registrationId)}#HIST#`;

export const registrationHistoryItem = (eventId: string, h: HistoryEntry) => ({
  PK: eventPk(eventId),
  SK: `${registrationHistorySkPrefix(h.registrationId)}${h.at}#${h.id}`,
  type: 'registration-history',
  ...h,
});

export const fromRegistrationHistoryItem = (item: Item): HistoryEntry => valueOf<HistoryEntry>(item);

export const inquiryHistoryItem = (eventId: string, entry: InquiryHistoryEntry) => ({
  PK: eventPk(eventId),
  SK: `${inquirySk(entry.inquiryId)}#HIST#${entry.at}#${entry.id}`,
  type: 'inquiry-history',
  ...entry,
});

export const fromInquiryHistoryItem = (item: Item): InquiryHistoryEntry => valueOf<InquiryHistoryEntry>(item);
