/** Who may call what: the manage token on the delegate's routes, the secretariat group on the admin routes. */
import { describe, expect, it } from 'vitest';
import { api, tokenFor } from '../support/api.ts';
import { register, registrationBody, registrationEvent, tableState, tokenOf } from './registration-helpers.ts';

const UNKNOWN_ID = '01JZZZZZZZZZZZZZZZZZZZZZZZ';

describe('the manage link', () => {
  it('answers 404 without a token, with a wrong one, or with another registration\'s, exactly as for a missing id', async () => {
    const { eventId } = await registrationEvent('reg-access');
    const mine = (await register(eventId, registrationBody())).json;
    const theirs = (await register(eventId, registrationBody())).json;
    const missing = await api(`/events/${eventId}/registrations/${UNKNOWN_ID}`, { token: tokenOf(mine.manageUrl) });
    expect(missing.status).toBe(404);

    const attempts = [
      { token: undefined, query: '' },
      { token: 'A'.repeat(43), query: '' },
      { token: tokenOf(theirs.manageUrl), query: '' },
      { token: undefined, query: `?token=${tokenOf(theirs.manageUrl)}` },
      { token: undefined, query: '?token=' },
    ];
    for (const { token, query } of attempts) {
      for (const [method, path, body] of [
        ['GET', '', undefined],
        ['PATCH', '', { language: 'en' }],
        ['POST', '/cancel', {}],
        ['GET', '/calendar.ics', undefined],
      ] as const) {
        const answer = await api(`/events/${eventId}/registrations/${mine.id}${path}${query}`, { method, ...(body ? { body } : {}), ...(token ? { token } : {}) });
        expect(answer.status, `${method} ${path} ${query}`).toBe(404);
        expect(answer.json).toEqual(missing.json);
      }
    }
    const state = await tableState(eventId);
    expect(state.registrations.map((r) => r.status)).toEqual(['pending_approval', 'pending_approval']);
    expect(state.history).toHaveLength(2);
  });

  it('works with the token from the link, as a bearer token or in the query', async () => {
    const { eventId } = await registrationEvent('reg-access-ok');
    const mine = (await register(eventId, registrationBody())).json;
    const token = tokenOf(mine.manageUrl);
    const byHeader = await api(`/events/${eventId}/registrations/${mine.id}`, { token });
    const byQuery = await api(`/events/${eventId}/registrations/${mine.id}?token=${encodeURIComponent(token)}`);
    expect(byHeader.status).toBe(200);
    expect(byQuery.json).toEqual(byHeader.json);
    expect(byHeader.json).toMatchObject({ id: mine.id, reference: mine.reference, status: 'pending_approval' });
    expect(byHeader.json).not.toHaveProperty('manageTokenHash');
    expect(new URL(mine.manageUrl).pathname).toBe(`/manage/${eventId}/${mine.id}`);
  });
});

describe('the secretariat routes', () => {
  const adminCalls = (eventId: string, id: string) =>
    [
      ['GET', `/admin/events/${eventId}/summary`, undefined],
      ['GET', `/admin/events/${eventId}/registrations`, undefined],
      ['GET', `/admin/events/${eventId}/registrations.csv`, undefined],
      ['GET', `/admin/events/${eventId}/registrations/${id}`, undefined],
      ['POST', `/admin/events/${eventId}/registrations/${id}/decision`, { decision: 'approve' }],
      ['POST', `/admin/events/${eventId}/registrations/${id}/cancel`, { reason: 'x' }],
      ['PUT', `/admin/events/${eventId}`, { code: 'X' }],
    ] as const;

  it('answer 401 without a token and 403 with a press token, changing nothing', async () => {
    const { eventId } = await registrationEvent('reg-admin-access');
    const { json } = await register(eventId, registrationBody());
    const press = await tokenFor('press');
    for (const [method, path, body] of adminCalls(eventId, json.id)) {
      const anonymous = await api(path, { method, ...(body ? { body } : {}) });
      expect(anonymous.status, `${method} ${path}`).toBe(401);
      expect(anonymous.json.type).toBe('/problems/unauthenticated');
      const pressAnswer = await api(path, { method, ...(body ? { body } : {}), token: press });
      expect(pressAnswer.status, `${method} ${path}`).toBe(403);
      expect(pressAnswer.json.type).toBe('/problems/forbidden');
    }
    const state = await tableState(eventId);
    expect(state.registrations.map((r) => r.status)).toEqual(['pending_approval']);
  });
});
