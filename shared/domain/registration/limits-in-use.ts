/**
 * A new configuration may not set a limit below what is already taken: capacity below the seats held, a kind's
 * quota or a delegation's own quota below the seats its delegation holds, or remove a delegation that holds seats.
 * Seats held are the active registrations (pending approval and confirmed) the counters keep; the media capacity may
 * not go below the journalists accredited (COUNTER#QUOTA#PRESS).
 */
import { PRESS_DELEGATION } from '../badges/category.ts';
import { quotaFor } from '../event-config-rules.ts';
import { DomainError } from '../errors.ts';
import type { SeatCounter } from './commit-writes.ts';
import { mediaLimit, type Counters, type Limits } from './seats.ts';

/** One limit set below its use: the field (dotted path as in validation errors), the new value, the seats held. */
export interface LimitBelowUseEntry {
  path: string;
  limit: number;
  inUse: number;
  /** The delegation whose seats are counted, for a quota or a removed delegation. */
  delegation?: string;
}

/**
 * A counter that must still hold at most `atMost` when the new configuration is written: the store conditions the
 * write on it, so a registration that took a seat between the read of the counters and the write is seen.
 */
export interface CounterCeiling {
  counter: SeatCounter;
  atMost: number;
}

export class LimitBelowUse extends DomainError {
  constructor(readonly limits: LimitBelowUseEntry[]) {
    super({
      slug: 'limit-below-use',
      status: 409,
      title: 'Limit below use',
      detail: 'A limit is lower than the places already taken; each is listed in errors and limits.',
      errors: limits.map((l) => ({
        path: l.path,
        message:
          l.path === 'delegations'
            ? `Delegation ${l.delegation} holds ${l.inUse} seats and cannot be removed`
            : `${l.limit} is below the ${l.inUse} seats already taken${l.delegation ? ` by ${l.delegation}` : ''}`,
      })),
      extensions: { limits },
    });
  }
}

/** Every limit of `after` below the seats the counters say are held (empty when the configuration fits). */
export const limitsBelowUse = (after: Limits, counters: Counters): LimitBelowUseEntry[] => {
  const found: LimitBelowUseEntry[] = [];
  if (counters.seats > after.registration.capacity) {
    found.push({ path: 'registration.capacity', limit: after.registration.capacity, inUse: counters.seats });
  }
  const byKind = new Map<string, LimitBelowUseEntry>();
  after.delegations.forEach((d, i) => {
    const inUse = counters.quotas[d.code] ?? 0;
    const limit = quotaFor(after, d.code) ?? 0;
    if (inUse <= limit) return;
    if (d.quota !== undefined) {
      found.push({ path: `delegations.${i}.quota`, limit, inUse, delegation: d.code });
      return;
    }
    // A kind's quota: named once, with the delegation that holds the most seats under it.
    const path = `registration.quotas.${d.kind}`;
    const seen = byKind.get(path);
    if (!seen || inUse > seen.inUse) byKind.set(path, { path, limit, inUse, delegation: d.code });
  });
  found.push(...byKind.values());
  const kept = new Set(after.delegations.map((d) => d.code));
  const pressInUse = counters.quotas[PRESS_DELEGATION] ?? 0;
  if (pressInUse > mediaLimit(after)) found.push({ path: 'registration.mediaCapacity', limit: mediaLimit(after), inUse: pressInUse });
  for (const [code, inUse] of Object.entries(counters.quotas)) {
    // PRESS is the accredited journalists' counter, never a delegation of the configuration.
    if (code !== PRESS_DELEGATION && !kept.has(code) && inUse > 0) found.push({ path: 'delegations', limit: 0, inUse, delegation: code });
  }
  return found;
};

/** At most this many ceilings per write: TransactWriteItems takes 100 elements, one of them the configuration. */
export const MAX_CEILINGS = 99;

/**
 * The counters whose limit the new configuration lowers (or whose delegation it removes). Limits kept or raised
 * need no ceiling: registrations committed under the old configuration stay within the old limit, and every later
 * commit is conditioned on the new configuration's `updatedAt`. Past MAX_CEILINGS, the tightest ones are kept
 * (least room left); the others rely on the read alone (see docs/console.md, "Lowering a limit").
 */
export const ceilingsFor = (before: Limits | undefined, after: Limits, counters: Counters): CounterCeiling[] => {
  if (!before) return [];
  const ceilings: CounterCeiling[] = [];
  if (after.registration.capacity < before.registration.capacity) ceilings.push({ counter: { kind: 'seats' }, atMost: after.registration.capacity });
  const kept = new Set(after.delegations.map((d) => d.code));
  for (const d of before.delegations) {
    const old = quotaFor(before, d.code) ?? 0;
    const now = kept.has(d.code) ? (quotaFor(after, d.code) ?? 0) : 0;
    if (now < old) ceilings.push({ counter: { kind: 'quota', delegation: d.code }, atMost: now });
  }
  if (mediaLimit(after) < mediaLimit(before)) ceilings.push({ counter: { kind: 'quota', delegation: PRESS_DELEGATION }, atMost: mediaLimit(after) });
  const room = (c: CounterCeiling) => c.atMost - (c.counter.kind === 'seats' ? counters.seats : (counters.quotas[c.counter.delegation] ?? 0));
  return ceilings.sort((a, b) => room(a) - room(b)).slice(0, MAX_CEILINGS);
};

/** The store's answer when a ceiling no longer held at write time: read the counters again and decide again. */
export class CountersMovedMeanwhile extends Error {
  constructor() {
    super('A seat counter moved above a lowered limit between the read and the write');
    this.name = 'CountersMovedMeanwhile';
  }
}
