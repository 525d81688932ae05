/**
 * First come, first served while the secretariat raises an event's limits: a newcomer is never seated while
 * someone older who fits is still on the waiting list, whatever the interleaving, and promotions a PUT left
 * undone (it died after saving the limits) finish by themselves.
 */
import { describe, expect, inject, it } from 'vitest';
import { dynamoEventStore } from '../../shared/adapters/events-store.ts';
import { dynamoRegistrationStore } from '../../shared/adapters/registrations-store.ts';
import { systemClock } from '../../shared/domain/clock.ts';
import { EventConfigBody, type EventConfig } from '../../shared/domain/event-config.ts';
import { makeConfigureEvent } from '../../shared/domain/registration/configure-event.ts';
import { api } from '../support/api.ts';
import { MEMBER_STATES, register, registrationEvent, secretariat, tableState, uniqueEmail, withParticipant } from './registration-helpers.ts';

const SEATED = 2;
const WAITING = 30;
const NEWCOMERS = 8;

const delegateOf = (i: number) => withParticipant({ email: uniqueEmail(`fcfs${i}`) }, { delegation: MEMBER_STATES[i % MEMBER_STATES.length] });

/** Capacity 2, then 30 more who wait, one after the other so their order is known. */
const fullEventWithWaitingList = async (prefix: string) => {
  const { eventId, event } = await registrationEvent(prefix, { capacity: SEATED, quotas: { member_state: 10, observer: 2 }, waitlist: true });
  const ids: string[] = [];
  for (let i = 0; i < SEATED + WAITING; i++) {
    const answer = await register(eventId, delegateOf(i));
    expect(answer.status).toBe(201);
    expect(answer.json.status).toBe(i < SEATED ? 'pending_approval' : 'waitlisted');
    ids.push(answer.json.id);
  }
  return { eventId, event, waiting: ids.slice(SEATED) };
};

/** The capacity raised so the 30 waiting fit, and `extra` seats more. */
const raisedCapacity = (event: EventConfig, extra = 0) => ({
  ...withoutBookkeeping(event),
  registration: { ...event.registration, capacity: SEATED + WAITING + extra },
});

const withoutBookkeeping = (event: EventConfig) => {
  const { id: _id, updatedAt: _u, promotionsDue: _p, ...body } = event;
  return body;
};

/** The PUT's use case, dying right after saving the limits: its promotions never run. */
const putKilledAfterSavingTheLimits = async (eventId: string, event: EventConfig, extra = 0) => {
  const configure = makeConfigureEvent({
    events: dynamoEventStore(),
    registrations: dynamoRegistrationStore(),
    clock: systemClock,
    promoteWhileSeatsFree: () => Promise.reject(new Error('killed')),
  });
  await expect(configure(eventId, EventConfigBody.parse(raisedCapacity(event, extra)))).rejects.toThrow('killed');
};

const runSchedules = async () => {
  const run = await fetch(`${inject('platform').baseUrl}/local/schedules/run`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{}',
  });
  expect(run.status).toBe(200);
};

type Answer = { status: number; json: { id: string; status: string } };

/**
 * All 30 who waited hold seats, promoted oldest first; then the `extra` seats went to the oldest newcomers
 * (ids are ULIDs: their order is arrival order), and every other newcomer waits.
 */
const expectFirstComeFirstServed = async (eventId: string, waiting: string[], newcomers: Answer[], extra = 0) => {
  expect(newcomers.map((n) => n.status)).toEqual(newcomers.map(() => 201));
  const state = await tableState(eventId);
  const activeIds = new Set(state.active.map((r) => String(r.id)));
  expect(waiting.filter((id) => !activeIds.has(id))).toEqual([]);
  const newcomerIds = newcomers.map((n) => n.json.id).sort();
  const seatedNewcomers = newcomerIds.filter((id) => activeIds.has(id));
  expect(seatedNewcomers).toEqual(newcomerIds.slice(0, extra));
  expect(state.active).toHaveLength(SEATED + WAITING + extra);
  expect(state.seats).toBe(SEATED + WAITING + extra);
  expect(state.waiting).toBe(NEWCOMERS - extra);
  // Promotions went oldest first: the history's promotion order is the waiting order, then the newcomers'.
  const promotions = state.history.filter((h) => h.action === 'promoted').sort((a, b) => String(a.at).localeCompare(String(b.at)));
  expect(promotions.map((h) => h.registrationId)).toEqual([...waiting, ...seatedNewcomers]);
};

describe('first come, first served while limits are raised', () => {
  it('seats no newcomer ahead of the 30 waiting when a PUT raises the capacity while 8 newcomers register at once', async () => {
    const { eventId, event, waiting } = await fullEventWithWaitingList('fcfs-put');
    const token = await secretariat();
    const put = api(`/admin/events/${eventId}`, { method: 'PUT', body: raisedCapacity(event), token });
    // Newcomers spread over the PUT's whole run, so some arrive before, during and after its promotions.
    const newcomers = Array.from({ length: NEWCOMERS }, (_, i) =>
      new Promise((resolve) => setTimeout(resolve, i * 15)).then(() => register(eventId, delegateOf(100 + i))),
    );
    const [putAnswer, ...answers] = await Promise.all([put, ...newcomers]);
    expect(putAnswer.status).toBe(200);
    expect(answers.map((a) => a.json.status)).toEqual(answers.map(() => 'waitlisted'));
    await expectFirstComeFirstServed(eventId, waiting, answers);
  });

  it('queues newcomers behind the promotions a PUT left undone when it died after saving the limits, and the sweep serves them in order', async () => {
    const { eventId, event, waiting } = await fullEventWithWaitingList('fcfs-died');
    await putKilledAfterSavingTheLimits(eventId, event, 4);

    const answers = await Promise.all(Array.from({ length: NEWCOMERS }, (_, i) => register(eventId, delegateOf(200 + i))));
    // Seats are free, but older registrations are owed them first: every newcomer waits its turn.
    expect(answers.map((a) => a.json.status)).toEqual(answers.map(() => 'waitlisted'));
    expect((await tableState(eventId)).active).toHaveLength(SEATED);

    // The sweep runs every minute in AWS; the dev route runs it now.
    await runSchedules();
    await expectFirstComeFirstServed(eventId, waiting, answers, 4);
  });

  it('finishes the promotions of a PUT that died after saving the limits by itself, with no newcomer at all', async () => {
    const { eventId, event, waiting } = await fullEventWithWaitingList('fcfs-sweep');
    await putKilledAfterSavingTheLimits(eventId, event, 1);

    await runSchedules();
    const state = await tableState(eventId);
    expect(state.waitlisted).toHaveLength(0);
    expect(state.active).toHaveLength(SEATED + WAITING);
    const promotions = state.history.filter((h) => h.action === 'promoted').sort((a, b) => String(a.at).localeCompare(String(b.at)));
    expect(promotions.map((h) => h.registrationId)).toEqual(waiting);
    // The promotions are settled: the next newcomer takes the one seat left at once.
    const next = await register(eventId, delegateOf(300));
    expect(next.json.status).toBe('pending_approval');
  });
});

describe('a configuration changed under a registration', () => {
  it('refuses a head of delegation for a delegation removed from the event while its request was deciding', async () => {
    const { eventId, event } = await registrationEvent('stale-config', { capacity: 1, waitlist: true });
    // Fill the one seat, so the next registration decides "waitlisted" from the cached configuration.
    expect((await register(eventId, delegateOf(0))).status).toBe(201);
    // Warm the register path's cache with the configuration that still has PE.
    expect((await register(eventId, withParticipant({ email: uniqueEmail('warm') }, { delegation: 'CL' }))).status).toBe(201);
    const token = await secretariat();
    const withoutPeru = { ...withoutBookkeeping(event), delegations: event.delegations.filter((d) => d.code !== 'PE') };
    expect((await api(`/admin/events/${eventId}`, { method: 'PUT', body: withoutPeru, token })).status).toBe(200);

    const answer = await register(eventId, withParticipant({ email: uniqueEmail('gone') }, { delegation: 'PE', role: 'head_of_delegation' }));
    expect(answer.status).toBe(400);
    expect(answer.json.errors).toEqual([{ path: 'delegation', message: 'Not a delegation of this event' }]);
    const state = await tableState(eventId);
    expect(state.headClaims).toHaveLength(0);
    expect(state.registrations.filter((r) => r.delegation === 'PE')).toHaveLength(0);
  });

  it('registers at once on an event the secretariat has just published, although the register path saw it unpublished', async () => {
    const { eventId, event } = await registrationEvent('publish-now', {}, { published: false });
    // The register path looks (and would remember) "not published".
    expect((await register(eventId, delegateOf(0))).status).toBe(404);
    const token = await secretariat();
    expect((await api(`/admin/events/${eventId}`, { method: 'PUT', body: { ...withoutBookkeeping(event), published: true }, token })).status).toBe(
      200,
    );
    expect((await api(`/events/${eventId}`)).status).toBe(200);
    const answer = await register(eventId, delegateOf(1));
    expect(answer.status).toBe(201);
  });

  it('registers at once on an event created just after someone tried it', async () => {
    const { uniqueEventId, createEvent } = await import('../support/api.ts');
    const eventId = uniqueEventId('created-now');
    expect((await register(eventId, delegateOf(0))).status).toBe(404);
    await createEvent(eventId);
    expect((await register(eventId, delegateOf(1))).status).toBe(201);
  });
});
