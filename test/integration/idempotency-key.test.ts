/**
 * `Idempotency-Key` on any POST (as the OpenAPI document's info says; docs/registration.md, "Idempotency-Key"): every POST route of the route table declares it, and the routes
 * that are not registration's own (press status changes, email redrive) replay, refuse a different body, and
 * write once. Registration's routes have their own tests (registration-idempotency.test.ts).
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { routes } from '../../functions/routes.ts';
import { api, tokenFor } from '../support/api.ts';
import { pressEvent, inquiryBody, submit, pressGet } from './press-helpers.ts';
import { adminGet, register, registrationBody, registrationEvent } from './registration-helpers.ts';

describe('Idempotency-Key on every POST', () => {
  it('is declared by every POST route in the route table (and so in the OpenAPI document)', () => {
    const posts = routes.filter((r) => r.method === 'POST');
    expect(posts.length).toBeGreaterThan(5);
    for (const route of posts) {
      const headers = route.openapi.request?.headers as { shape?: Record<string, unknown> } | undefined;
      expect(Object.keys(headers?.shape ?? {}), `${route.method} ${route.path}`).toContain('Idempotency-Key');
    }
  });

  it('replays a press status change once, and refuses the key with another body', async () => {
    const { eventId } = await pressEvent('idem-press');
    const inquiry = await submit(eventId, inquiryBody());
    expect(inquiry.status).toBe(202);
    const token = await tokenFor('press');
    const key = randomUUID();
    const change = (note: string) =>
      api(`/admin/events/${eventId}/inquiries/${inquiry.json.id}/status`, {
        body: { status: 'acknowledged', note },
        token,
        headers: { 'Idempotency-Key': key },
      });

    const first = await change('Called back');
    expect(first.status, first.text).toBe(200);
    const replay = await change('Called back');
    expect(replay.status).toBe(200);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.json).toEqual(first.json);

    const other = await change('Something else');
    expect(other.status).toBe(422);
    expect(other.json.type).toBe('/problems/idempotency-key-reused');

    // One change in the history, not three.
    const history = (await pressGet(eventId, inquiry.json.id)).json.history as { to?: string; status?: string }[];
    expect(history.filter((h) => JSON.stringify(h).includes('Called back'))).toHaveLength(1);
  });

  it('replays a redrive with the first answer', async () => {
    const { eventId } = await pressEvent('idem-redrive');
    const token = await tokenFor('secretariat');
    const key = randomUUID();
    const redrive = () =>
      api(`/admin/events/${eventId}/emails/redrive`, { body: { stuckAfterMinutes: 0 }, token, headers: { 'Idempotency-Key': key } });
    const first = await redrive();
    expect(first.status, first.text).toBe(200);
    const replay = await redrive();
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.json).toEqual(first.json);
  });

  it("replays the secretariat's erasure with the first answer, and refuses the key with another reason", async () => {
    const { eventId } = await registrationEvent('idem-erase');
    const made = await register(eventId, registrationBody());
    const token = await tokenFor('secretariat');
    const key = randomUUID();
    const erase = (reason: string) =>
      api(`/admin/events/${eventId}/registrations/${made.json.id}/erase`, { body: { reason }, token, headers: { 'Idempotency-Key': key } });
    const first = await erase('Asked by letter');
    expect(first.status, first.text).toBe(200);
    const replay = await erase('Asked by letter');
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.json).toEqual(first.json);
    expect((await erase('Another reason')).status).toBe(422);
    // One erasure in the history.
    const history = (await adminGet(eventId, made.json.id)).json.history as { action: string }[];
    expect(history.filter((h) => h.action === 'erased')).toHaveLength(1);
  });
});
