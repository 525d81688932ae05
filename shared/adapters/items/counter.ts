/**
 * Counters of an event, one item each under `EVENT#<id>` / `COUNTER#...`:
 *   COUNTER#SEATS, COUNTER#QUOTA#<delegation>   `active`: seats held in the event, by a delegation
 *   COUNTER#WAITLIST                            `version` (bumped on every waiting-list change), `waiting`
 *   COUNTER#REF#D, COUNTER#INQUIRY-REFERENCE    `last`: the delegate and inquiry reference sequences
 *   COUNTER#PROMOTION-TURNS                     `next`, `served`: the promotion ticket queue
 */
import type { SeatCounter } from '../../domain/registration/commit-writes.ts';
import type { Counters } from '../../domain/registration/seats.ts';
import { eventPk } from '../table.ts';
import type { Item } from './item.ts';

export const COUNTER_SK_PREFIX = 'COUNTER#';
const SEATS_SK = 'COUNTER#SEATS';
const QUOTA_SK_PREFIX = 'COUNTER#QUOTA#';
const WAITLIST_SK = 'COUNTER#WAITLIST';

const counterKey = (eventId: string, sk: string) => ({ PK: eventPk(eventId), SK: sk });

export const seatCounterKey = (eventId: string, counter: SeatCounter) =>
  counterKey(eventId, counter.kind === 'seats' ? SEATS_SK : `${QUOTA_SK_PREFIX}${counter.delegation}`);
export const waitlistCounterKey = (eventId: string) => counterKey(eventId, WAITLIST_SK);
export const delegateReferenceCounterKey = (eventId: string) => counterKey(eventId, 'COUNTER#REF#D');
export const inquiryReferenceCounterKey = (eventId: string) => counterKey(eventId, 'COUNTER#INQUIRY-REFERENCE');
export const promotionTurnsKey = (eventId: string) => counterKey(eventId, 'COUNTER#PROMOTION-TURNS');

/** The seat, quota and waiting-list counters among an event's `COUNTER#` items (absent ones are zero). */
export const countersOf = (items: Item[]): Counters => {
  const counters: Counters = { seats: 0, quotas: {}, waitlistVersion: 0, waiting: 0 };
  for (const item of items) {
    const sk = String(item.SK);
    if (sk === SEATS_SK) counters.seats = Number(item.active ?? 0);
    else if (sk.startsWith(QUOTA_SK_PREFIX)) counters.quotas[sk.slice(QUOTA_SK_PREFIX.length)] = Number(item.active ?? 0);
    else if (sk === WAITLIST_SK) {
      counters.waitlistVersion = Number(item.version ?? 0);
      counters.waiting = Number(item.waiting ?? 0);
    }
  }
  return counters;
};
