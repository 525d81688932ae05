/**
 * Seats and the waiting list, as pure arithmetic over the counters the store keeps. The store's conditions
 * enforce the same limits inside each transaction; these functions only decide what to attempt.
 */
import { quotaFor, type EventConfig } from '../event-config.ts';

/** The counters as read (strongly consistent) from the store. */
export interface Counters {
  /** Active registrations (pending_approval + confirmed) of the event. */
  seats: number;
  /** Active registrations per delegation code. */
  quotas: Record<string, number>;
  /** Bumped by every change to the waiting list; a promotion decision is conditioned on it. */
  waitlistVersion: number;
  waiting: number;
}

export interface WaitlistEntry {
  registrationId: string;
  delegation: string;
}

export type Limits = Pick<EventConfig, 'registration' | 'delegations'>;

export type SeatCheck = { fits: true } | { fits: false; full: 'seats' | 'quota' };

/** An event without `registration.mediaCapacity` accredits without limit: a bound no setting can reach stands for none. */
export const UNLIMITED_MEDIA = 1_000_000;
/** The most accredited journalists (delegation PRESS), counted on their own counter, apart from the capacity. */
export const mediaLimit = (event: Pick<Limits, 'registration'>): number => event.registration.mediaCapacity ?? UNLIMITED_MEDIA;

export const quotaLimit = (event: Limits, delegation: string): number => quotaFor(event, delegation) ?? 0;

export const seatCheck = (event: Limits, counters: Counters, delegation: string): SeatCheck => {
  if (counters.seats >= event.registration.capacity) return { fits: false, full: 'seats' };
  if ((counters.quotas[delegation] ?? 0) >= quotaLimit(event, delegation)) return { fits: false, full: 'quota' };
  return { fits: true };
};

/** The counters as they will be once a registration of `delegation` gives its seat back. */
export const afterRelease = (counters: Counters, delegation: string): Counters => ({
  ...counters,
  seats: counters.seats - 1,
  quotas: { ...counters.quotas, [delegation]: (counters.quotas[delegation] ?? 0) - 1 },
});

/**
 * Whether a waitlisted registration fits now: the capacity has room and its delegation is under quota.
 * A save never sets a limit below the seats held (limits-in-use.ts), but `seats` may still exceed `capacity` (data
 * from before that rule, or the narrow window limits-in-use.ts names); then nobody fits.
 */
export const fitsNow =
  (event: Limits, counters: Counters) =>
  (entry: WaitlistEntry): boolean =>
    counters.seats < event.registration.capacity && (counters.quotas[entry.delegation] ?? 0) < quotaLimit(event, entry.delegation);

/** The oldest waitlisted registration that fits now, if any (entries in arrival order, oldest first). */
export const pickPromotion = (event: Limits, counters: Counters, waitlist: readonly WaitlistEntry[]): WaitlistEntry | undefined =>
  waitlist.find(fitsNow(event, counters));
