/**
 * The limits an officer edits: a per-delegation quota overrides its kind's in the register transaction, and a
 * limit set below the seats already held is refused with the numbers, even when a seat is taken meanwhile.
 */
import { describe, expect, it } from 'vitest';
import { dynamoEventStore } from '../../shared/adapters/events-store.ts';
import { dynamoRegistrationStore } from '../../shared/adapters/registrations-store.ts';
import { systemClock } from '../../shared/domain/clock.ts';
import { EventConfigBody, type EventConfig } from '../../shared/domain/event-config.ts';
import { LimitBelowUse } from '../../shared/domain/registration/limits-in-use.ts';
import { makeConfigureEvent } from '../../shared/domain/registration/configure-event.ts';
import { api } from '../support/api.ts';
import { register, registrationBody, registrationEvent, secretariat, tableState } from './registration-helpers.ts';

const bodyOf = ({ id: _id, updatedAt: _u, promotionsDue: _p, ...body }: EventConfig) => body;
type Body = ReturnType<typeof bodyOf>;

const put = async (eventId: string, body: unknown) => api(`/admin/events/${eventId}`, { method: 'PUT', body, token: await secretariat() });

const withQuota = (event: Body, code: string, quota: number | undefined): Body => ({
  ...event,
  delegations: event.delegations.map((d) => {
    if (d.code !== code) return d;
    const { quota: _old, ...rest } = d;
    return quota === undefined ? rest : { ...rest, quota };
  }),
});

describe('per-delegation quotas', () => {
  it("are enforced by the register transaction: a delegation's own quota wins over its kind's, others keep the kind's", async () => {
    const { eventId, event } = await registrationEvent('limits-override', { quotas: { member_state: 3, observer: 1 } });
    expect((await put(eventId, withQuota(bodyOf(event), 'AR', 1))).status).toBe(200);

    const ar = [await register(eventId, registrationBody({ delegation: 'AR' })), await register(eventId, registrationBody({ delegation: 'AR' }))];
    expect(ar.map((a) => a.json.status)).toEqual(['pending_approval', 'waitlisted']);
    const br = [];
    for (let i = 0; i < 3; i++) br.push((await register(eventId, registrationBody({ delegation: 'BR' }))).json.status);
    expect(br).toEqual(['pending_approval', 'pending_approval', 'pending_approval']);

    // A higher override lets the waiting AR delegate in (promoted by the save).
    const raised = await put(eventId, withQuota(bodyOf(event), 'AR', 2));
    expect(raised.json.promotedFromWaitlist).toBe(1);
    const state = await tableState(eventId);
    expect(state.active.filter((r) => r.delegation === 'AR')).toHaveLength(2);
  });
});

describe('a limit below the seats held', () => {
  it('is refused with 409 limit-below-use naming each limit, its new value and the seats in use, and nothing changes', async () => {
    const { eventId, event } = await registrationEvent('limits-below', { capacity: 10, quotas: { member_state: 3, observer: 2 } });
    const base = withQuota(bodyOf(event), 'BR', 3);
    expect((await put(eventId, base)).status).toBe(200);
    for (const delegation of ['AR', 'AR', 'AR', 'BR', 'BR', 'iom']) {
      const answer = await register(eventId, registrationBody({ delegation, ...(delegation === 'iom' ? { role: 'observer' } : {}) }));
      expect(answer.status, answer.text).toBe(201);
    }

    const lowered = {
      ...withQuota(base, 'BR', 1),
      registration: { ...base.registration, capacity: 5, quotas: { member_state: 2, observer: 2 } },
      delegations: withQuota(base, 'BR', 1).delegations.filter((d) => d.code !== 'iom'),
    };
    const refused = await put(eventId, lowered);
    expect(refused.status).toBe(409);
    expect(refused.json.type).toBe('/problems/limit-below-use');
    const brIndex = lowered.delegations.findIndex((d) => d.code === 'BR');
    expect(refused.json.limits).toEqual([
      { path: 'registration.capacity', limit: 5, inUse: 6 },
      { path: `delegations.${brIndex}.quota`, limit: 1, inUse: 2, delegation: 'BR' },
      { path: 'registration.quotas.member_state', limit: 2, inUse: 3, delegation: 'AR' },
      { path: 'delegations', limit: 0, inUse: 1, delegation: 'iom' },
    ]);
    // Each also as a field error, for forms that show problems beside their fields.
    expect(refused.json.errors.map((e: { path: string }) => e.path)).toEqual(refused.json.limits.map((l: { path: string }) => l.path));
    const stored = await api(`/admin/events/${eventId}`, { token: await secretariat() });
    expect(stored.json.registration.capacity).toBe(10);

    // Down to exactly what is held is allowed.
    const exact = { ...withQuota(base, 'BR', 2), registration: { ...base.registration, capacity: 6, quotas: { member_state: 3, observer: 1 } } };
    expect((await put(eventId, exact)).status).toBe(200);
  });

  it('is refused even when the seat is taken between the read of the counters and the write', async () => {
    const { eventId, event } = await registrationEvent('limits-race', { capacity: 10 });
    expect((await register(eventId, registrationBody({ delegation: 'AR' }))).status).toBe(201);
    const real = dynamoRegistrationStore();
    let reads = 0;
    // The first read sees the event before the seat was taken (as if it had been taken just after).
    const staleOnce = {
      counters: async (id: string) => (++reads === 1 ? { seats: 0, quotas: {}, waitlistVersion: 0, waiting: 0 } : real.counters(id)),
    };
    const configure = makeConfigureEvent({
      events: dynamoEventStore(),
      registrations: staleOnce,
      clock: systemClock,
      promoteWhileSeatsFree: async () => 0,
    });
    const body = EventConfigBody.parse({ ...bodyOf(event), registration: { ...event.registration, capacity: 0 } });

    const refusal = await configure(eventId, body).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(LimitBelowUse);
    expect((refusal as LimitBelowUse).limits).toEqual([{ path: 'registration.capacity', limit: 0, inUse: 1 }]);
    expect(reads).toBe(2);
    const stored = await api(`/admin/events/${eventId}`, { token: await secretariat() });
    expect(stored.json.registration.capacity).toBe(10);
  });
});
