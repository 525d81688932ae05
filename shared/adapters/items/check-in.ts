/**
 * A registration's check-in at the venue, one item under `EVENT#<id>` / `CHECKIN#<registrationId>`, and the
 * counters kept beside it in the same transaction:
 *   COUNTER#CHECKIN#DELEGATION#<code>    `checkedIn`: participants of that delegation checked in
 *   COUNTER#CHECKIN#CATEGORY#<category>  `checkedIn`: participants of that category checked in
 * The check-in item holds ids, times and the device only: never a name or an email (the roster joins those).
 */
import type { ParticipantCategory } from '../../domain/badges/category.ts';
import type { CheckInRecord } from '../../domain/venue/check-in.ts';
import { eventPk } from '../table.ts';
import { valueOf, type Item } from './item.ts';

export const CHECK_IN_TYPE = 'check-in';
export const CHECK_IN_SK_PREFIX = 'CHECKIN#';
export const checkInKey = (eventId: string, registrationId: string) => ({ PK: eventPk(eventId), SK: `${CHECK_IN_SK_PREFIX}${registrationId}` });

export const checkInItem = (eventId: string, record: CheckInRecord) => ({
  ...checkInKey(eventId, record.registrationId),
  type: CHECK_IN_TYPE,
  registrationId: record.registrationId,
  checkedInAt: record.checkedInAt,
  device: record.device,
  scanId: record.scanId,
  method: record.method,
  recordedAt: record.recordedAt,
});

export const fromCheckInItem = (item: Item): CheckInRecord => valueOf<CheckInRecord>(item);

export const CHECK_IN_COUNTER_SK_PREFIX = 'COUNTER#CHECKIN#';
const DELEGATION_PREFIX = `${CHECK_IN_COUNTER_SK_PREFIX}DELEGATION#`;
const CATEGORY_PREFIX = `${CHECK_IN_COUNTER_SK_PREFIX}CATEGORY#`;

export const checkInDelegationCounterKey = (eventId: string, delegation: string) => ({
  PK: eventPk(eventId),
  SK: `${DELEGATION_PREFIX}${delegation}`,
});
export const checkInCategoryCounterKey = (eventId: string, category: ParticipantCategory) => ({
  PK: eventPk(eventId),
  SK: `${CATEGORY_PREFIX}${category}`,
});

/** The check-in counters among an event's `COUNTER#CHECKIN#` items (absent ones are zero). */
export const checkInCountsOf = (items: Item[]) => {
  const counts = { byDelegation: {} as Record<string, number>, byCategory: {} as Record<string, number> };
  for (const item of items) {
    const sk = String(item.SK);
    const n = Number(item.checkedIn ?? 0);
    if (sk.startsWith(DELEGATION_PREFIX)) counts.byDelegation[sk.slice(DELEGATION_PREFIX.length)] = n;
    else if (sk.startsWith(CATEGORY_PREFIX)) counts.byCategory[sk.slice(CATEGORY_PREFIX.length)] = n;
  }
  return counts;
};
