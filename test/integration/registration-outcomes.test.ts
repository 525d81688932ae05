/** Every outcome the contract gives a registration, with what the table holds afterwards. */
import { describe, expect, it } from 'vitest';
import { api } from '../support/api.ts';
import { createEvent, uniqueEventId } from '../support/api.ts';
import {
  emailsOwed,
  register,
  registrationBody,
  registrationEvent,
  tableState,
  tokenOf,
  uniqueEmail,
  withParticipant,
} from './registration-helpers.ts';

const day = 24 * 3600 * 1000;

describe('registering a delegate', () => {
  it('is pending approval where the secretariat approves each delegate, with a reference, a manage link and owed emails', async () => {
    const { eventId } = await registrationEvent('reg-pending');
    const answer = await register(eventId, registrationBody());

    expect(answer.status).toBe(201);
    expect(answer.json).toMatchObject({ status: 'pending_approval', reference: expect.stringMatching(/^SACM7-D-\d{4,}$/) });
    expect(answer.json.id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(tokenOf(answer.json.manageUrl)).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(answer.headers.get('location')).toBe(`/api/events/${eventId}/registrations/${answer.json.id}`);

    const state = await tableState(eventId);
    expect(state.active).toHaveLength(1);
    expect(state.seats).toBe(1);
    expect(state.quotas).toEqual({ AR: 1 });
    expect(state.emailClaims).toHaveLength(1);
    expect(state.history).toHaveLength(1);
    // The raw token is nowhere in the table: only its hash.
    expect(JSON.stringify(state.items)).not.toContain(tokenOf(answer.json.manageUrl));

    const emails = await emailsOwed(eventId, answer.json.id);
    expect(emails.map((e) => e.kind).sort()).toEqual(['registration-received', 'registration-received-secretariat']);
    expect(emails.find((e) => e.kind === 'registration-received-secretariat')?.to.email).toBe('registrations@example.org');
    expect(JSON.stringify(emails)).not.toContain(tokenOf(answer.json.manageUrl));
  });

  it('is confirmed at once where the event needs no approval, and owes the confirmation with a check-in code', async () => {
    const { eventId } = await registrationEvent('reg-confirmed', { approvalRequired: false });
    const answer = await register(eventId, registrationBody());

    expect(answer.status).toBe(201);
    expect(answer.json.status).toBe('confirmed');
    const emails = await emailsOwed(eventId, answer.json.id);
    expect(emails.map((e) => e.kind).sort()).toEqual(['registration-confirmed', 'registration-received', 'registration-received-secretariat']);
    expect(emails.find((e) => e.kind === 'registration-confirmed')?.data.checkInCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  });

  it('is waitlisted when the delegation quota is full and the event keeps a waiting list, holding no seat', async () => {
    const { eventId } = await registrationEvent('reg-waitlist', { quotas: { member_state: 1, observer: 1 } });
    await register(eventId, registrationBody());
    const answer = await register(eventId, registrationBody());

    expect(answer.status).toBe(201);
    expect(answer.json.status).toBe('waitlisted');
    const state = await tableState(eventId);
    expect(state.seats).toBe(1);
    expect(state.waitlisted).toHaveLength(1);
    expect(state.waitlistEntries).toHaveLength(1);
    expect(state.emailClaims).toHaveLength(2);
    expect(state.waiting).toBe(1);
  });

  it('is waitlisted when the capacity is full even if the delegation has room', async () => {
    const { eventId } = await registrationEvent('reg-capacity', { capacity: 1 });
    await register(eventId, registrationBody({ delegation: 'AR' }));
    const answer = await register(eventId, registrationBody({ delegation: 'BR' }));
    expect(answer.json.status).toBe('waitlisted');
  });

  it('is refused as event-full when full and the event keeps no waiting list, writing nothing', async () => {
    const { eventId } = await registrationEvent('reg-full', { capacity: 1, waitlist: false });
    await register(eventId, registrationBody());
    const before = await tableState(eventId);
    const answer = await register(eventId, registrationBody({ delegation: 'BR' }));

    expect(answer.status).toBe(409);
    expect(answer.json.type).toBe('/problems/event-full');
    expect(answer.headers.get('content-type')).toContain('application/problem+json');
    const after = await tableState(eventId);
    expect(after.registrations).toHaveLength(1);
    expect(after.emailClaims).toHaveLength(1);
    expect(after.seats).toBe(before.seats);
  });

  it('refuses the same email again, compared trimmed and case-insensitively', async () => {
    const { eventId } = await registrationEvent('reg-dup');
    const email = uniqueEmail('dup');
    expect((await register(eventId, withParticipant({ email }))).status).toBe(201);
    const answer = await register(eventId, withParticipant({ email: `  ${email.toUpperCase()}  ` }, { delegation: 'BR' }));

    expect(answer.status).toBe(409);
    expect(answer.json.type).toBe('/problems/already-registered');
    const state = await tableState(eventId);
    expect(state.registrations).toHaveLength(1);
    expect(state.seats).toBe(1);
    expect(state.quotas).toEqual({ AR: 1 });
  });

  it('refuses an email that is on the waiting list', async () => {
    const { eventId } = await registrationEvent('reg-dup-wait', { capacity: 0 });
    const email = uniqueEmail('waiting');
    expect((await register(eventId, withParticipant({ email }))).json.status).toBe('waitlisted');
    const answer = await register(eventId, withParticipant({ email }));
    expect(answer.json.type).toBe('/problems/already-registered');
    expect((await tableState(eventId)).registrations).toHaveLength(1);
  });

  it('refuses a second head of delegation, and a waitlisted head holds the place too', async () => {
    const { eventId } = await registrationEvent('reg-hod', { quotas: { member_state: 1, observer: 1 } });
    expect((await register(eventId, registrationBody({ role: 'head_of_delegation' }))).json.status).toBe('pending_approval');
    const second = await register(eventId, registrationBody({ role: 'head_of_delegation' }));
    expect(second.status).toBe(409);
    expect(second.json.type).toBe('/problems/head-of-delegation-taken');

    // Brazil: the first head is waitlisted behind a delegate (quota 1), and still blocks a second head.
    await register(eventId, registrationBody({ delegation: 'BR' }));
    expect((await register(eventId, registrationBody({ delegation: 'BR', role: 'head_of_delegation' }))).json.status).toBe('waitlisted');
    expect((await register(eventId, registrationBody({ delegation: 'BR', role: 'head_of_delegation' }))).json.type).toBe(
      '/problems/head-of-delegation-taken',
    );

    const state = await tableState(eventId);
    expect(state.headClaims.map((c) => c.SK).sort()).toEqual(['HOD#AR', 'HOD#BR']);
    expect(state.registrations).toHaveLength(3);
  });

  it('reports an email already registered before a full event', async () => {
    const { eventId } = await registrationEvent('reg-dup-full', { capacity: 1, waitlist: false });
    const email = uniqueEmail('first');
    await register(eventId, withParticipant({ email }));
    expect((await register(eventId, withParticipant({ email }, { delegation: 'BR' }))).json.type).toBe('/problems/already-registered');
  });

  it('is refused as registration-closed before the window opens and after it closes, writing nothing', async () => {
    const now = Date.now();
    const early = await registrationEvent('reg-early', {
      opensAt: new Date(now + day).toISOString(),
      closesAt: new Date(now + 2 * day).toISOString(),
    });
    const late = await registrationEvent('reg-late', { opensAt: new Date(now - 2 * day).toISOString(), closesAt: new Date(now - day).toISOString() });
    for (const { eventId } of [early, late]) {
      const answer = await register(eventId, registrationBody());
      expect(answer.status).toBe(409);
      expect(answer.json.type).toBe('/problems/registration-closed');
      expect((await tableState(eventId)).registrations).toHaveLength(0);
    }
  });

  it('is 404 for an unknown event and for an unpublished one', async () => {
    const unpublished = uniqueEventId('reg-draft');
    await createEvent(unpublished, { published: false });
    for (const eventId of [uniqueEventId('reg-none'), unpublished]) {
      const answer = await register(eventId, registrationBody());
      expect(answer.status).toBe(404);
      expect(answer.json.type).toBe('/problems/not-found');
      expect((await tableState(eventId)).registrations).toHaveLength(0);
    }
  });

  it('is 400 for a delegation, role or language the event does not offer, naming each', async () => {
    const { eventId } = await registrationEvent('reg-event-fields');
    const answer = await register(eventId, registrationBody({ delegation: 'FR', language: 'es' }));
    expect(answer.status).toBe(400);
    expect(answer.json.errors).toEqual([{ path: 'delegation', message: 'Not a delegation of this event' }]);

    const wrongRole = await register(eventId, registrationBody({ delegation: 'iom', role: 'head_of_delegation' }));
    expect(wrongRole.json.errors).toEqual([{ path: 'role', message: 'Must be one of: observer' }]);

    const { eventId: spanishOnly } = await registrationEvent(
      'reg-es',
      {},
      { languages: ['es', 'en'], titles: { es: 'Conferencia', en: 'Conference' } },
    );
    const wrongLanguage = await register(spanishOnly, registrationBody({ language: 'nl' }));
    expect(wrongLanguage.json.errors).toEqual([{ path: 'language', message: 'Must be one of: es, en' }]);
    expect((await tableState(eventId)).registrations).toHaveLength(0);
  });

  it('gives references from a per-event sequence', async () => {
    const { eventId } = await registrationEvent('reg-refs');
    const first = await register(eventId, registrationBody());
    const second = await register(eventId, registrationBody());
    expect(first.json.reference).toBe('SACM7-D-0001');
    expect(second.json.reference).toBe('SACM7-D-0002');
    expect((await api(`/events/${eventId}`)).status).toBe(200);
  });
});
