/** Who may call what: the manage token on the delegate's routes, the secretariat group on the admin routes. */
import { describe, expect, it } from 'vitest';
import { api, tokenFor } from '../support/api.ts';
import { register, registrationBody, registrationEvent, tableState, tokenOf } from './registration-helpers.ts';

const UNKNOWN_ID = '01JZZZZZZZZZZZZZZZZZZZZZZZ';

describe('the manage link', () => {
  it("answers 404 without a token, with a wrong one, or with another registration's, exactly as for a missing id", async () => {
    const { eventId } = await registrationEvent('reg-access');
    const mine = (await register(eventId, registrationBody())).json;
    const theirs = (await register(eventId, registrationBody())).json;
    const missing = await api(`/events/${eventId}/registrations/${UNKNOWN_ID}`, { token: tokenOf(mine.manageUrl) });
    expect(missing.status).toBe(404);

    const attempts = [
      { token: undefined, query: '' },
      { token: 'A'.repeat(43), query: '' },
      { token: tokenOf(theirs.manageUrl), query: '' },
    ];
    for (const { token, query } of attempts) {
      for (const [method, path, body] of [
        ['GET', '', undefined],
        ['PATCH', '', { language: 'en' }],
        ['POST', '/cancel', {}],
        ['GET', '/calendar.ics', undefined],
      ] as const) {
        const answer = await api(`/events/${eventId}/registrations/${mine.id}${path}${query}`, {
          method,
          ...(body ? { body } : {}),
          ...(token ? { token } : {}),
        });
        expect(answer.status, `${method} ${path} ${query}`).toBe(404);
        expect(answer.json).toEqual(missing.json);
      }
    }
    const state = await tableState(eventId);
    expect(state.registrations.map((r) => r.status)).toEqual(['pending_approval', 'pending_approval']);
    expect(state.history).toHaveLength(2);
  });

  it('works with the token from the link as a bearer token', async () => {
    const { eventId } = await registrationEvent('reg-access-ok');
    const mine = (await register(eventId, registrationBody())).json;
    const token = tokenOf(mine.manageUrl);
    const byHeader = await api(`/events/${eventId}/registrations/${mine.id}`, { token });
    expect(byHeader.status).toBe(200);
    expect(byHeader.json).toMatchObject({ id: mine.id, reference: mine.reference, status: 'pending_approval' });
    expect(byHeader.json).not.toHaveProperty('manageTokenHash');
    expect(new URL(mine.manageUrl).pathname).toBe(`/manage/${eventId}/${mine.id}`);
  });
});

describe('the manage token never rides in a URL (access logs keep query strings)', () => {
  const calls = [
    ['GET', '', undefined],
    ['PATCH', '', { language: 'en' }],
    ['POST', '/cancel', {}],
    ['GET', '/calendar.ics', undefined],
  ] as const;

  it('refuses `?token=` with 400 naming query.token, right token or wrong, before anything is looked up or changed', async () => {
    const { eventId } = await registrationEvent('reg-access-query');
    const mine = (await register(eventId, registrationBody())).json;
    const token = tokenOf(mine.manageUrl);
    for (const query of [`?token=${encodeURIComponent(token)}`, '?token=wrong', '?token=']) {
      for (const [method, path, body] of calls) {
        for (const id of [mine.id, UNKNOWN_ID]) {
          const answer = await api(`/events/${eventId}/registrations/${id}${path}${query}`, { method, ...(body ? { body } : {}) });
          expect(answer.status, `${method} ${path} ${query}`).toBe(400);
          expect(answer.json.type).toBe('/problems/validation-failed');
          expect(answer.json.errors).toEqual([{ path: 'query.token', message: expect.any(String) }]);
        }
        // Even beside a good bearer token: a client that puts it in the URL must hear so at once.
        const alsoBearer = await api(`/events/${eventId}/registrations/${mine.id}${path}${query}`, { method, token, ...(body ? { body } : {}) });
        expect(alsoBearer.status, `${method} ${path} ${query} with a bearer token`).toBe(400);
      }
    }
    const state = await tableState(eventId);
    expect(state.registrations.map((r) => [r.status, r.language])).toEqual([['pending_approval', 'es']]);
    expect(state.history).toHaveLength(1);
  });

  it('is documented as a bearer token in the OpenAPI document, with no `token` query parameter', async () => {
    const { json } = await api('/openapi.json');
    expect(json.components.securitySchemes.manageToken).toMatchObject({ type: 'http', scheme: 'bearer' });
    const operations = [
      json.paths['/api/events/{eventId}/registrations/{id}'].get,
      json.paths['/api/events/{eventId}/registrations/{id}'].patch,
      json.paths['/api/events/{eventId}/registrations/{id}/cancel'].post,
      json.paths['/api/events/{eventId}/registrations/{id}/calendar.ics'].get,
    ];
    for (const operation of operations) {
      expect(operation.security, operation.operationId).toEqual([{ manageToken: [] }]);
      const query = (operation.parameters ?? []).filter((p: { in: string }) => p.in === 'query');
      expect(query, operation.operationId).toEqual([]);
      expect(operation.description, operation.operationId).not.toContain('?token=');
    }
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
