import { describe, expect, it } from 'vitest';
import { afterRelease, fitsNow, pickPromotion, seatCheck, type Counters } from '../../shared/domain/registration/seats.ts';
import { storedEvent } from './registration-fixtures.ts';

const counters = (over: Partial<Counters> = {}): Counters => ({ seats: 0, quotas: {}, waitlistVersion: 0, waiting: 0, ...over });

describe('seats and quotas', () => {
  const event = storedEvent({ capacity: 10, quotas: { member_state: 2, observer: 1 } });

  it('fits while the capacity and the delegation quota both have room', () => {
    expect(seatCheck(event, counters({ seats: 9, quotas: { AR: 1 } }), 'AR')).toEqual({ fits: true });
  });

  it('says which limit is full, capacity first', () => {
    expect(seatCheck(event, counters({ seats: 10, quotas: { AR: 2 } }), 'AR')).toEqual({ fits: false, full: 'seats' });
    expect(seatCheck(event, counters({ seats: 3, quotas: { AR: 2 } }), 'AR')).toEqual({ fits: false, full: 'quota' });
  });

  it("uses a delegation's own quota over the default of its kind", () => {
    const overridden = { ...event, delegations: event.delegations.map((d) => (d.code === 'AR' ? { ...d, quota: 5 } : d)) };
    expect(seatCheck(overridden, counters({ seats: 3, quotas: { AR: 4 } }), 'AR')).toEqual({ fits: true });
  });

  it('treats a capacity lowered below the seats held as full, taking nothing back', () => {
    expect(seatCheck({ ...event, registration: { ...event.registration, capacity: 2 } }, counters({ seats: 5 }), 'BR')).toEqual({
      fits: false,
      full: 'seats',
    });
  });
});

describe('promotion from the waiting list', () => {
  const event = storedEvent({ capacity: 4, quotas: { member_state: 2, observer: 1 } });
  const waitlist = [
    { registrationId: 'w1', delegation: 'AR' },
    { registrationId: 'w2', delegation: 'BR' },
    { registrationId: 'w3', delegation: 'AR' },
  ];

  it('promotes the oldest who fits, skipping a delegation at its quota', () => {
    const full = counters({ seats: 4, quotas: { AR: 2, BR: 1, CL: 1 } });
    expect(pickPromotion(event, afterRelease(full, 'CL'), waitlist)?.registrationId).toBe('w2');
    expect(pickPromotion(event, afterRelease(full, 'AR'), waitlist)?.registrationId).toBe('w1');
  });

  it('promotes nobody while the seats held still reach the capacity', () => {
    const overfull = counters({ seats: 6, quotas: { AR: 1 } });
    expect(pickPromotion(event, afterRelease(overfull, 'AR'), waitlist)).toBeUndefined();
    expect(fitsNow(event, counters({ seats: 3 }))({ registrationId: 'x', delegation: 'unknown' })).toBe(false);
  });
});
