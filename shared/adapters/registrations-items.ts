/** How registrations, their history and their claims look as table items (keys added, keys stripped). */
import type { HistoryEntry } from '../domain/registration/history.ts';
import type { Registration } from '../domain/registration/registration.ts';
import { HISTORY_TYPE, REGISTRATION_TYPE, eventPk, historySk, registrationSk, statusGsi1pk, waitlistSk } from './registrations-keys.ts';

export const registrationItem = (r: Registration) => ({
  PK: eventPk(r.eventId),
  SK: registrationSk(r.id),
  type: REGISTRATION_TYPE,
  GSI1PK: statusGsi1pk(r.eventId, r.status),
  GSI1SK: r.id,
  ...r,
});

export const fromRegistrationItem = (item: Record<string, unknown>): Registration => {
  const { PK: _pk, SK: _sk, type: _t, GSI1PK: _g1, GSI1SK: _g1s, ...rest } = item;
  return rest as unknown as Registration;
};

export const historyItem = (eventId: string, h: HistoryEntry) => ({
  PK: eventPk(eventId),
  SK: historySk(h.registrationId, h.at, h.id),
  type: HISTORY_TYPE,
  ...h,
});

export const fromHistoryItem = (item: Record<string, unknown>): HistoryEntry => {
  const { PK: _pk, SK: _sk, type: _t, ...rest } = item;
  return rest as unknown as HistoryEntry;
};

export const waitlistItem = (r: Registration) => ({
  PK: eventPk(r.eventId),
  SK: waitlistSk(r.id),
  type: 'waitlist-entry',
  registrationId: r.id,
  delegation: r.delegation,
});
