/** The secretariat's registration API, the delegate's own calls, the waiting list, the event configuration, the CSV and the calendar. */
import { describe, expect, it } from 'vitest';
import ical from 'node-ical';
import { api, tokenFor } from '../support/api.ts';
import { sampleEvent } from '../../shared/domain/sample-event.ts';
import {
  adminCancel,
  adminGet,
  decide,
  emailsOwed,
  register,
  registrationBody,
  registrationEvent,
  selfCancel,
  tableState,
  tokenOf,
  withParticipant,
} from './registration-helpers.ts';

const admin = async (path: string, init: Parameters<typeof api>[1] = {}) => api(path, { ...init, token: await tokenFor('secretariat') });

describe('the secretariat', () => {
  it('approves a pending registration: confirmed, check-in code, email owed, history saying who, when, what', async () => {
    const { eventId } = await registrationEvent('reg-approve');
    const { json } = await register(eventId, registrationBody());
    const answer = await decide(eventId, json.id, { decision: 'approve', reason: 'Accredited by the ministry' });

    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({ status: 'confirmed', checkInCode: expect.stringMatching(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/) });
    const { json: one } = await adminGet(eventId, json.id);
    expect(one.history.map((h: { action: string }) => h.action)).toEqual(['registered', 'approved']);
    // Who: the name people read and the immutable `sub` of the signed-in user (local sign-in: `local-secretariat`).
    expect(one.history[1]).toMatchObject({
      by: { kind: 'secretariat', name: 'secretariat.officer@example.org', sub: 'local-secretariat' },
      from: 'pending_approval',
      to: 'confirmed',
      reason: 'Accredited by the ministry',
    });
    expect(one.history[1].at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect((await emailsOwed(eventId, json.id)).map((e) => e.kind)).toContain('registration-confirmed');
  });

  it('declines with a reason (required), freeing the seat for the oldest waitlisted delegate who fits', async () => {
    const { eventId } = await registrationEvent('reg-decline', { quotas: { member_state: 1, observer: 1 } });
    const seated = (await register(eventId, registrationBody())).json;
    const otherDelegation = (await register(eventId, registrationBody({ delegation: 'BR' }))).json;
    const firstWaiting = (await register(eventId, registrationBody())).json;
    const secondWaiting = (await register(eventId, registrationBody())).json;
    expect([firstWaiting.status, secondWaiting.status]).toEqual(['waitlisted', 'waitlisted']);

    const noReason = await decide(eventId, seated.id, { decision: 'decline' });
    expect(noReason.status).toBe(400);
    expect(noReason.json.errors).toEqual([{ path: 'reason', message: 'Required to decline' }]);

    const answer = await decide(eventId, seated.id, { decision: 'decline', reason: 'Not an accredited official' });
    expect(answer.json).toMatchObject({ status: 'declined', reason: 'Not an accredited official' });
    const state = await tableState(eventId);
    expect(state.registrations.find((r) => r.id === firstWaiting.id)?.status).toBe('pending_approval');
    expect(state.registrations.find((r) => r.id === secondWaiting.id)?.status).toBe('waitlisted');
    expect(state.quotas).toEqual({ AR: 1, BR: 1 });
    expect(state.emailClaims).toHaveLength(3);
    expect((await emailsOwed(eventId, seated.id)).map((e) => e.kind)).toContain('registration-declined');
    expect((await emailsOwed(eventId, firstWaiting.id)).map((e) => e.kind)).toContain('registration-promoted');
    expect(otherDelegation.status).toBe('pending_approval');

    // A declined registration cannot be approved, and its email may register again.
    expect((await decide(eventId, seated.id, { decision: 'approve' })).json.type).toBe('/problems/invalid-transition');
  });

  it("cancels on the delegate's behalf with a reason; a second cancellation is a conflict", async () => {
    const { eventId } = await registrationEvent('reg-admin-cancel');
    const { json } = await register(eventId, registrationBody({ role: 'head_of_delegation' }));
    const answer = await adminCancel(eventId, json.id, 'The ministry sent another head');
    expect(answer.json).toMatchObject({ status: 'cancelled', reason: 'The ministry sent another head' });
    const state = await tableState(eventId);
    expect(state.seats).toBe(0);
    expect(state.emailClaims).toHaveLength(0);
    expect(state.headClaims).toHaveLength(0);
    const emails = await emailsOwed(eventId, json.id);
    expect(emails.find((e) => e.kind === 'registration-cancelled')?.data).toMatchObject({
      by: 'secretariat',
      reason: 'The ministry sent another head',
    });
    expect((await adminCancel(eventId, json.id)).status).toBe(409);
    // The head's place is free again.
    expect((await register(eventId, registrationBody({ role: 'head_of_delegation' }))).status).toBe(201);
  });

  it('sees a summary against quotas and capacity', async () => {
    const { eventId } = await registrationEvent('reg-summary', { capacity: 3, quotas: { member_state: 2, observer: 1 } });
    for (const delegation of ['AR', 'AR', 'AR', 'BR', 'iom'])
      await register(eventId, registrationBody({ delegation, role: delegation === 'iom' ? 'observer' : 'delegate' }));
    const { status, json } = await admin(`/admin/events/${eventId}/summary`);
    expect(status).toBe(200);
    expect(json).toMatchObject({ capacity: 3, active: 3, available: 0, waitlisted: 2 });
    expect(json.byStatus).toEqual({ nominated: 0, pending_approval: 3, confirmed: 0, waitlisted: 2, declined: 0, cancelled: 0 });
    expect(json.byDelegation.find((d: { code: string }) => d.code === 'AR')).toEqual({
      code: 'AR',
      kind: 'member_state',
      quota: 2,
      active: 2,
      available: 0,
      waitlisted: 1,
    });
    expect(json.byDelegation.find((d: { code: string }) => d.code === 'iom')).toMatchObject({ quota: 1, active: 0, waitlisted: 1 });
    expect(json).toHaveProperty('inquiriesByStatus');
    expect(json.emails).toEqual({ undelivered: expect.any(Number), suppressed: expect.any(Number) });
  });

  it('lists registrations with filters and pagination to the end', async () => {
    const { eventId } = await registrationEvent('reg-list', { quotas: { member_state: 3, observer: 1 } });
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) ids.push((await register(eventId, registrationBody({ delegation: i < 5 ? 'AR' : 'BR' }))).json.id);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof admin>> = await admin(
        `/admin/events/${eventId}/registrations?limit=3${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(page.status).toBe(200);
      expect(page.json.items.length).toBeLessThanOrEqual(3);
      seen.push(...page.json.items.map((r: { id: string }) => r.id));
      cursor = page.json.nextCursor;
    } while (cursor);
    expect(seen).toEqual(ids);

    const waiting = await admin(`/admin/events/${eventId}/registrations?status=waitlisted`);
    expect(waiting.json.items.map((r: { id: string }) => r.id)).toEqual(ids.slice(3, 5));
    expect(waiting.json.nextCursor).toBeNull();
    const brazil = await admin(`/admin/events/${eventId}/registrations?delegation=BR&limit=1`);
    expect(brazil.json.items).toHaveLength(1);
    const brazilNext = await admin(`/admin/events/${eventId}/registrations?delegation=BR&limit=1&cursor=${brazil.json.nextCursor}`);
    expect([brazil.json.items[0].id, brazilNext.json.items[0].id]).toEqual(ids.slice(5));

    const forged = Buffer.from(JSON.stringify({ PK: 'EVENT#sacm-7', SK: 'REG#x' })).toString('base64url');
    const bad = await admin(`/admin/events/${eventId}/registrations?cursor=${forged}`);
    expect(bad.status).toBe(400);
    expect(bad.json.type).toBe('/problems/invalid-cursor');
    expect(bad.json.errors).toEqual([{ path: 'query.cursor', message: 'Not a cursor from this list' }]);
    expect((await admin(`/admin/events/${eventId}/registrations?status=maybe`)).json.errors[0].path).toBe('query.status');
  });

  it('exports a spreadsheet-safe CSV grouped by delegation, member states first, heads first, the public list only with consent', async () => {
    const { eventId } = await registrationEvent('reg-csv', { approvalRequired: false });
    await register(eventId, withParticipant({ familyName: '=HYPERLINK("http://evil.example")', givenName: 'Zoé' }, { delegation: 'BR' }));
    await register(eventId, withParticipant({ familyName: 'Álvarez', givenName: 'Inés' }, { delegation: 'iom', role: 'observer' }));
    await register(
      eventId,
      withParticipant({ familyName: 'Núñez', givenName: 'José', phone: '+54 11 5555 0100' }, { delegation: 'AR', role: 'delegate' }),
    );
    await register(eventId, withParticipant({ familyName: 'Zapata', givenName: 'Ana' }, { delegation: 'AR', role: 'head_of_delegation' }));
    await register(
      eventId,
      withParticipant(
        { familyName: 'Private', givenName: 'Pat' },
        { delegation: 'AR', consent: { dataProcessing: true, listInParticipants: false } },
      ),
    );

    const full = await admin(`/admin/events/${eventId}/registrations.csv`);
    expect(full.status).toBe(200);
    expect(full.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(full.headers.get('content-disposition')).toContain('attachment');
    const bytes = new Uint8Array(
      await (
        await fetch(`${(await import('vitest')).inject('platform').apiUrl}/admin/events/${eventId}/registrations.csv`, {
          headers: { authorization: `Bearer ${await tokenFor('secretariat')}` },
        })
      ).arrayBuffer(),
    );
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = full.text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(rows[0]).toMatch(/^Reference,Delegation,/);
    const names = rows.slice(1).map((r) => r.split(',')[1]);
    expect(names).toEqual(['Argentina', 'Argentina', 'Argentina', 'Brasil', expect.stringContaining('OIM')]);
    expect(rows[1]).toContain('head_of_delegation');
    expect(rows[1]).toContain('Zapata');
    expect(full.text).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(full.text).toContain("'+54 11 5555 0100");
    expect(full.text).toContain('Núñez');

    const publication = await admin(`/admin/events/${eventId}/registrations.csv?audience=publication`);
    expect(publication.text).not.toContain('Private');
    expect(publication.text).not.toContain('@example.org');
    expect(
      publication.text
        .replace(/^\uFEFF/, '')
        .trimEnd()
        .split('\r\n'),
    ).toHaveLength(5);
  });
});

describe('the delegate with the manage link', () => {
  it('reads, corrects contact details, needs and language, and cannot touch anything else', async () => {
    const { eventId } = await registrationEvent('reg-patch');
    const { json } = await register(eventId, registrationBody());
    const token = tokenOf(json.manageUrl);
    const patch = await api(`/events/${eventId}/registrations/${json.id}`, {
      method: 'PATCH',
      token,
      body: { participant: { phone: '+58 212 555 0199', email: 'New.Address@Example.org' }, needs: { dietary: 'vegan' }, language: 'pt' },
    });
    expect(patch.status).toBe(200);
    expect(patch.json).toMatchObject({
      language: 'pt',
      needs: { dietary: 'vegan' },
      participant: { phone: '+58 212 555 0199', email: 'New.Address@Example.org' },
    });
    const state = await tableState(eventId);
    expect(state.emailClaims.map((c) => c.SK)).toEqual(['EMAIL#new.address@example.org']);
    const { json: one } = await adminGet(eventId, json.id);
    expect(one.history[1]).toMatchObject({
      action: 'updated',
      by: { kind: 'delegate' },
      fields: ['participant.email', 'participant.phone', 'needs.dietary', 'language'],
    });

    for (const smuggled of [
      { status: 'confirmed' },
      { delegation: 'BR' },
      { role: 'head_of_delegation' },
      { reference: 'X' },
      { participant: { familyName: 'Other' } },
      { checkInCode: 'AAAA-BBBB' },
    ]) {
      const refused = await api(`/events/${eventId}/registrations/${json.id}`, { method: 'PATCH', token, body: smuggled });
      expect(refused.status).toBe(400);
      expect(refused.json.errors[0].message).toBe('Unknown field');
    }
    expect((await api(`/events/${eventId}/registrations/${json.id}`, { token })).json).toMatchObject({
      status: 'pending_approval',
      delegation: 'AR',
      role: 'delegate',
    });
  });

  it('cannot move to an email someone else registered', async () => {
    const { eventId } = await registrationEvent('reg-patch-dup');
    const first = (await register(eventId, registrationBody())).json;
    const second = (await register(eventId, registrationBody())).json;
    const { json: firstView } = await api(`/events/${eventId}/registrations/${first.id}`, { token: tokenOf(first.manageUrl) });
    const answer = await api(`/events/${eventId}/registrations/${second.id}`, {
      method: 'PATCH',
      token: tokenOf(second.manageUrl),
      body: { participant: { email: firstView.participant.email } },
    });
    expect(answer.status).toBe(409);
    expect(answer.json.type).toBe('/problems/already-registered');
    expect((await tableState(eventId)).emailClaims).toHaveLength(2);
  });

  it('cancels, which promotes the oldest waitlisted delegate who fits and owes both emails', async () => {
    const { eventId } = await registrationEvent('reg-self-cancel', { capacity: 1, approvalRequired: false });
    const seated = (await register(eventId, registrationBody())).json;
    const observer = (await register(eventId, registrationBody({ delegation: 'iom', role: 'observer' }))).json;
    expect(observer.status).toBe('waitlisted');
    const answer = await selfCancel(eventId, seated.id, tokenOf(seated.manageUrl));
    expect(answer.json.status).toBe('cancelled');
    const promoted = await api(`/events/${eventId}/registrations/${observer.id}`, { token: tokenOf(observer.manageUrl) });
    expect(promoted.json).toMatchObject({ status: 'confirmed', checkInCode: expect.any(String) });
    expect((await emailsOwed(eventId, observer.id)).map((e) => e.kind).sort()).toEqual([
      'registration-confirmed',
      'registration-promoted',
      'registration-received',
      'registration-received-secretariat',
    ]);
    expect((await emailsOwed(eventId, seated.id)).find((e) => e.kind === 'registration-cancelled')?.data).toMatchObject({ by: 'delegate' });
  });

  it("downloads an iCalendar file once confirmed, in the event's time zone", async () => {
    const { eventId, event } = await registrationEvent('reg-ics', { approvalRequired: true });
    const { json } = await register(eventId, registrationBody({ language: 'en' }));
    const token = tokenOf(json.manageUrl);
    const early = await api(`/events/${eventId}/registrations/${json.id}/calendar.ics`, { token });
    expect(early.status).toBe(409);
    expect(early.json.type).toBe('/problems/not-confirmed');

    await decide(eventId, json.id, { decision: 'approve' });
    const answer = await api(`/events/${eventId}/registrations/${json.id}/calendar.ics`, { token });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(answer.text).toContain(`DTSTART;TZID=America/Caracas:${event.startDate.replaceAll('-', '')}T090000`);
    expect(answer.text).toContain('BEGIN:VTIMEZONE');
    const parsed = Object.values(ical.sync.parseICS(answer.text)).find((c) => c.type === 'VEVENT') as ical.VEvent;
    expect(parsed.summary).toBe('Seventh South American Conference on Migration');
    // 09:00 in Caracas (UTC-4) is 13:00 UTC.
    expect(new Date(parsed.start).toISOString()).toBe(`${event.startDate}T13:00:00.000Z`);
    expect(parsed.rrule?.toString()).toContain('COUNT=2');
  });
});

describe('the event configuration (PUT)', () => {
  it('creates, validates strictly, replaces; capacity below the seats held is refused, raising it promotes the waiting list', async () => {
    const { uniqueEventId } = await import('../support/api.ts');
    const eventId = uniqueEventId('reg-put');
    const body = { ...sampleEvent(), registration: { ...sampleEvent().registration, capacity: 2 } };
    const created = await admin(`/admin/events/${eventId}`, { method: 'PUT', body });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ id: eventId, code: 'SACM7', promotedFromWaitlist: 0 });

    const invalid = await admin(`/admin/events/${eventId}`, {
      method: 'PUT',
      body: { ...body, surprise: 1, defaultLanguage: 'fr', registration: { ...body.registration, capacity: -1 } },
    });
    expect(invalid.status).toBe(400);
    expect(invalid.json.errors.map((e: { path: string }) => e.path).sort()).toEqual(['defaultLanguage', 'registration.capacity', 'surprise']);

    const ids = [];
    for (let i = 0; i < 4; i++) ids.push((await register(eventId, registrationBody({ delegation: ['AR', 'BR', 'CL', 'CO'][i] }))).json);
    expect(ids.map((r) => r.status)).toEqual(['pending_approval', 'pending_approval', 'waitlisted', 'waitlisted']);

    const lowered = await admin(`/admin/events/${eventId}`, {
      method: 'PUT',
      body: { ...body, registration: { ...body.registration, capacity: 1 } },
    });
    expect(lowered.status).toBe(409);
    expect(lowered.json.limits).toEqual([{ path: 'registration.capacity', limit: 1, inUse: 2 }]);
    let state = await tableState(eventId);
    expect(state.active).toHaveLength(2);

    const raised = await admin(`/admin/events/${eventId}`, { method: 'PUT', body: { ...body, registration: { ...body.registration, capacity: 3 } } });
    expect(raised.json.promotedFromWaitlist).toBe(1);
    state = await tableState(eventId);
    expect(state.active.map((r) => r.id).sort()).toEqual([ids[0].id, ids[1].id, ids[2].id].sort());
    expect(state.waitlisted.map((r) => r.id)).toEqual([ids[3].id]);
    expect(state.seats).toBe(3);
  });
});
