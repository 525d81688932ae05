/**
 * The hourly limits of every public POST (docs/registration.md, "Rate limits on public writes"): one counter per client
 * and one per email address, per event and per clock hour, counted atomically by a RateLimiter (adapters).
 *
 * - A client is an IPv4 address, or an IPv6 /64: a household, office or phone gets a whole /64, so counting
 *   single IPv6 addresses would let anyone rotate through 2^64 of them.
 * - Every public POST of an event shares the client counter (`registration.clientLimitPerHour`, default 100,
 *   high enough for a ministry registering its whole delegation from one office network).
 * - A registration counts its participant's address (`registration.emailLimitPerHour`, default 5); a press
 *   inquiry counts the journalist's address by the press form's own `press.hourlyLimit`. The two forms count
 *   addresses apart, so one form's limit never refuses the other.
 * - The address and the client are counted together (one round trip, not two): a request refused by either
 *   still counts against the other, which only ever errs on the cautious side.
 */
import type { EventConfig } from './event-config.ts';
import { TooManyRequests } from './errors.ts';
import { normalizeEmail } from './primitives.ts';

const HOUR_MS = 60 * 60 * 1000;
/** A window's counter is kept a little past its end (TTL), so a late request still finds it. */
const COUNTER_GRACE_MS = HOUR_MS;

export const DEFAULT_CLIENT_LIMIT_PER_HOUR = 100;
export const DEFAULT_EMAIL_LIMIT_PER_HOUR = 5;

export interface RateWindow {
  /** Stable label of the window, e.g. `2026-07-01T14` (UTC). */
  label: string;
  endsAt: Date;
  retryAfterSeconds: number;
}

/** The fixed one-hour window `now` falls in, and how long a refused caller waits for the next (`Retry-After`). */
export const hourWindow = (now: Date): RateWindow => {
  const start = Math.floor(now.getTime() / HOUR_MS) * HOUR_MS;
  const endsAt = new Date(start + HOUR_MS);
  return {
    label: new Date(start).toISOString().slice(0, 13),
    endsAt,
    retryAfterSeconds: Math.max(1, Math.ceil((endsAt.getTime() - now.getTime()) / 1000)),
  };
};

/** What is counted: the client, an address per form, and the press acknowledgement per address. */
export type RateScope = 'client' | 'email:registration' | 'email:press' | 'acknowledgement:press';

export interface RateLimiter {
  /**
   * Counts one more request for `value` (a client or an email address) in `window`; false, without counting,
   * when `limit` were already counted there. The adapter keys counters by a keyed hash, never the value.
   */
  consume(input: { eventId: string; scope: RateScope; value: string; window: string; expiresAt: Date; limit: number }): Promise<boolean>;
}

const expandIpv6 = (address: string): number[] | undefined => {
  let text = address;
  // A trailing dotted quad (::ffff:192.0.2.1) is the last two groups.
  const quad = /(\d+\.\d+\.\d+\.\d+)$/.exec(text)?.[1];
  if (quad) {
    const [a, b, c, d] = quad.split('.').map(Number) as [number, number, number, number];
    text = `${text.slice(0, -quad.length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const groups = (part: string) => (part ? part.split(':').map((g) => parseInt(g, 16)) : []);
  const left = groups(head);
  const right = tail === undefined ? [] : groups(tail);
  const fill = tail === undefined ? 0 : 8 - left.length - right.length;
  const all = [...left, ...Array<number>(fill).fill(0), ...right];
  return all.length === 8 && all.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? all : undefined;
};

/** A dotted quad of 0-255 (pure, so the rule runs anywhere the domain does: no node:net). */
const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

/**
 * The client a source address counts as: an IPv4 address as it is; an IPv6 address as its /64 (`2001:db8:0:1::/64`),
 * however it is written; an IPv4-mapped IPv6 address as the IPv4 address it maps. Anything else counts as itself.
 */
export const clientOf = (sourceAddress: string): string => {
  const address = sourceAddress
    .trim()
    .replace(/^\[|\]$/g, '')
    .replace(/%.*$/, '');
  if (IPV4.test(address)) return address;
  if (!address.includes(':')) return address;
  const groups = expandIpv6(address);
  if (!groups) return address.toLowerCase();
  const isMapped = groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff;
  if (isMapped) return [groups[6]! >> 8, groups[6]! & 0xff, groups[7]! >> 8, groups[7]! & 0xff].join('.');
  return `${groups
    .slice(0, 4)
    .map((g) => g.toString(16))
    .join(':')}::/64`;
};

/** The event's limits, with the defaults for an event stored before they existed. */
export const publicWriteLimitsOf = (event: { registration: { clientLimitPerHour?: number; emailLimitPerHour?: number } }) => ({
  clientLimitPerHour: event.registration.clientLimitPerHour ?? DEFAULT_CLIENT_LIMIT_PER_HOUR,
  emailLimitPerHour: event.registration.emailLimitPerHour ?? DEFAULT_EMAIL_LIMIT_PER_HOUR,
});

export interface PublicWrite {
  /** The source address of the request (IPv4 or IPv6). */
  sourceAddress: string;
  /** The address the write is for and which form counts it; absent where the body names none (a cancel). */
  email?: { address: string; form: 'registration' | 'press' };
}

export const makePublicWriteLimits = ({ limiter, clock }: { limiter: RateLimiter; clock: { now(): Date } }) => {
  const windowOf = (now: Date) => {
    const window = hourWindow(now);
    return { window, common: { window: window.label, expiresAt: new Date(window.endsAt.getTime() + COUNTER_GRACE_MS) } };
  };

  return {
    /**
     * Counts one public write against the event's limits, or throws TooManyRequests (429 `/problems/rate-limited` with Retry-After).
     * Call it before the use case writes or sends anything. The address and the client are counted at once, each
     * counter atomic on its own: neither decision depends on the other, so waiting for one before the other only
     * added a round trip. A request refused by one limit is still counted by the other (the cautious side).
     */
    async count(event: EventConfig, write: PublicWrite): Promise<void> {
      const { window, common } = windowOf(clock.now());
      const limits = publicWriteLimitsOf(event);
      const byAddress = write.email
        ? limiter.consume({
            ...common,
            eventId: event.id,
            scope: `email:${write.email.form}`,
            value: normalizeEmail(write.email.address),
            limit: write.email.form === 'press' ? event.press.hourlyLimit : limits.emailLimitPerHour,
          })
        : Promise.resolve(true);
      const byClient = limiter.consume({
        ...common,
        eventId: event.id,
        scope: 'client',
        value: clientOf(write.sourceAddress),
        limit: limits.clientLimitPerHour,
      });
      // allSettled: a failed call is thrown only once both are done, so no rejection is left unobserved.
      const [address, client] = await Promise.allSettled([byAddress, byClient]);
      if (address.status === 'rejected') throw address.reason;
      if (client.status === 'rejected') throw client.reason;
      if (!address.value || !client.value) throw new TooManyRequests(window.retryAfterSeconds);
    },

    /**
     * True the first time in the hour an acknowledgement goes to `address` for this event: whoever types
     * someone else's address into the press form can send them at most one acknowledgement an hour.
     */
    async firstAcknowledgementThisHour(event: EventConfig, address: string): Promise<boolean> {
      const { common } = windowOf(clock.now());
      return limiter.consume({ ...common, eventId: event.id, scope: 'acknowledgement:press', value: normalizeEmail(address), limit: 1 });
    },
  };
};
export type PublicWriteLimits = ReturnType<typeof makePublicWriteLimits>;

/**
 * The step the public POST handlers take before their use case: the event's limits, counted for this write.
 * An unknown or unpublished event counts nothing: the use case answers it (404) and writes nothing either.
 */
export const makePublicWriteGate =
  ({ events, limits }: { events: { get(eventId: string): Promise<EventConfig | undefined> }; limits: PublicWriteLimits }) =>
  async (eventId: string, write: PublicWrite): Promise<void> => {
    const event = await events.get(eventId);
    if (event?.published) await limits.count(event, write);
  };
