/**
 * The secretariat sets up events through the API: it lists every event (published or not, newest first), loads one
 * whole configuration, and saves with If-Match so two officers never overwrite each other.
 */
import { describe, expect, it } from 'vitest';
import { shiftDate } from '../../shared/domain/copy-event.ts';
import { sampleEvent } from '../../shared/domain/sample-event.ts';
import { api, tokenFor, uniqueEventId } from '../support/api.ts';

const put = async (eventId: string, body: unknown, headers: Record<string, string> = {}) =>
  api(`/admin/events/${eventId}`, { method: 'PUT', body, token: await tokenFor('secretariat'), headers });

const load = async (eventId: string) => api(`/admin/events/${eventId}`, { token: await tokenFor('secretariat') });

describe('event setup', () => {
  it('lists every event, unpublished ones too, newest first', async () => {
    const older = uniqueEventId('setup-old');
    const newer = uniqueEventId('setup-new');
    const base = sampleEvent();
    expect((await put(older, { ...base, published: false })).status).toBe(201);
    expect((await put(newer, { ...base, published: false, startDate: '2099-01-10', endDate: '2099-01-12' })).status).toBe(201);

    const { status, json } = await api('/admin/events', { token: await tokenFor('secretariat') });
    expect(status).toBe(200);
    const ids = (json.items as { id: string; published: boolean }[]).map((e) => e.id);
    expect(ids).toContain(older);
    expect(ids.indexOf(newer)).toBeLessThan(ids.indexOf(older));
    expect(json.items.find((e: { id: string }) => e.id === older)).toMatchObject({ published: false, code: base.code });
    // The public list shows neither.
    const published = (await api('/events')).json.items.map((e: { id: string }) => e.id);
    expect(published).not.toContain(older);
  });

  it('loads the whole configuration as PUT takes it, with updatedAt and the same value as ETag', async () => {
    const eventId = uniqueEventId('setup-load');
    const saved = await put(eventId, { ...sampleEvent(), published: false });
    const { status, json, headers } = await load(eventId);
    expect(status).toBe(200);
    expect(json.updatedAt).toBe(saved.json.updatedAt);
    expect(headers.get('etag')).toBe(`"${json.updatedAt}"`);
    // What it answers is a body PUT accepts as it is (less its id and time).
    const { id: _id, updatedAt: _updatedAt, ...body } = json;
    expect((await put(eventId, body)).status).toBe(200);
    expect(json.promotionsDue).toBeUndefined();
  });

  it("refuses an edit made on a stale copy with 412 edit-conflict, and keeps the other officer's change", async () => {
    const eventId = uniqueEventId('setup-conflict');
    await put(eventId, { ...sampleEvent(), published: false });
    // Two officers load the same version.
    const first = (await load(eventId)).json;
    const second = (await load(eventId)).json;
    const bodyOf = ({ id: _id, updatedAt: _u, ...body }: Record<string, unknown>) => body;

    const saved = await put(eventId, { ...bodyOf(first), senderName: 'First officer' }, { 'If-Match': first.updatedAt });
    expect(saved.status).toBe(200);
    const stale = await put(eventId, { ...bodyOf(second), senderName: 'Second officer' }, { 'If-Match': `"${second.updatedAt}"` });
    expect(stale.status).toBe(412);
    expect(stale.json).toMatchObject({ type: '/problems/edit-conflict', status: 412 });
    expect((await load(eventId)).json.senderName).toBe('First officer');

    // Reloaded, the second officer's edit goes through.
    const fresh = (await load(eventId)).json;
    const retried = await put(eventId, { ...bodyOf(fresh), senderName: 'Second officer' }, { 'If-Match': fresh.updatedAt });
    expect(retried.status).toBe(200);
    expect((await load(eventId)).json.senderName).toBe('Second officer');
  });

  it('refuses If-Match on an event that does not exist, and answers 404 for loading one', async () => {
    const eventId = uniqueEventId('setup-absent');
    expect((await put(eventId, sampleEvent(), { 'If-Match': '2026-01-01T00:00:00.000Z' })).status).toBe(412);
    expect((await load(eventId)).status).toBe(404);
  });

  it('creates only with If-None-Match: *: of two officers creating the same id at once, one wins and the other gets 412', async () => {
    const eventId = uniqueEventId('setup-create-race');
    const createOnly = { 'If-None-Match': '*' };
    const [a, b] = await Promise.all([
      put(eventId, { ...sampleEvent(), published: false, senderName: 'Officer A' }, createOnly),
      put(eventId, { ...sampleEvent(), published: false, senderName: 'Officer B' }, createOnly),
    ]);
    const statuses = [a.status, b.status].sort();
    expect(statuses).toEqual([201, 412]);
    const [winner, loser] = a.status === 201 ? [a, b] : [b, a];
    expect(loser.json).toMatchObject({ type: '/problems/edit-conflict', status: 412 });
    expect(loser.json.detail).toMatch(/exists already/);
    const stored = (await load(eventId)).json;
    expect(stored.senderName).toBe(winner.json.senderName);
    expect(stored.updatedAt).toBe(winner.json.updatedAt);

    // Later, too: the id is taken and nothing changes; without the header the PUT still replaces.
    expect((await put(eventId, { ...sampleEvent(), published: false, senderName: 'Officer C' }, createOnly)).status).toBe(412);
    expect((await load(eventId)).json.senderName).toBe(winner.json.senderName);
    expect((await put(uniqueEventId('setup-create-free'), { ...sampleEvent(), published: false }, createOnly)).status).toBe(201);
  });

  it('is for the secretariat only', async () => {
    const press = await tokenFor('press');
    expect((await api('/admin/events', { token: press })).status).toBe(403);
    expect((await api('/admin/events')).status).toBe(401);
  });

  it('copies an event: every setting kept, every date a year later, unpublished, under a new id that must be free', async () => {
    const source = uniqueEventId('setup-source');
    const base = sampleEvent();
    const withOverride = { ...base, delegations: base.delegations.map((d) => (d.code === 'AR' ? { ...d, quota: 3 } : d)) };
    expect((await put(source, withOverride)).status).toBe(201);
    const original = (await load(source)).json;

    const newEventId = uniqueEventId('setup-copy');
    const token = await tokenFor('secretariat');
    const copied = await api(`/admin/events/${source}/copy`, { body: { newEventId, shiftDays: 365 }, token });
    expect(copied.status).toBe(201);
    expect(copied.headers.get('location')).toBe(`/api/admin/events/${newEventId}`);
    const copy = (await load(newEventId)).json;

    const year = (date: string) => shiftDate(date, 365);
    expect(copy).toEqual({
      ...original,
      id: newEventId,
      updatedAt: copy.updatedAt,
      published: false,
      startDate: year(original.startDate),
      endDate: year(original.endDate),
      registration: {
        ...original.registration,
        opensAt: `${year(original.registration.opensAt.slice(0, 10))}${original.registration.opensAt.slice(10)}`,
        closesAt: `${year(original.registration.closesAt.slice(0, 10))}${original.registration.closesAt.slice(10)}`,
      },
    });
    expect(copy.delegations.find((d: { code: string }) => d.code === 'AR').quota).toBe(3);
    expect((await api(`/events/${newEventId}`)).status).toBe(404);

    const again = await api(`/admin/events/${source}/copy`, { body: { newEventId, shiftDays: 7 }, token });
    expect(again.status).toBe(409);
    expect(again.json.type).toBe('/problems/event-exists');
    expect((await load(newEventId)).json.startDate).toBe(copy.startDate);
    expect(
      (await api(`/admin/events/${uniqueEventId('nowhere')}/copy`, { body: { newEventId: uniqueEventId('x'), shiftDays: 1 }, token })).status,
    ).toBe(404);
  });
});
