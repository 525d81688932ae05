import { inject, describe, expect, it } from 'vitest';
import { createLocalAuth } from '../../local/local-auth.ts';
import { api, tokenFor } from '../support/api.ts';
import { pressEvent } from './press-helpers.ts';

const ANY_ID = '01J00000000000000000000000';

describe('who may use the press API', () => {
  const routes = (eventId: string) =>
    [
      ['GET', `/admin/events/${eventId}/inquiries`, undefined],
      ['GET', `/admin/events/${eventId}/inquiries/${ANY_ID}`, undefined],
      ['POST', `/admin/events/${eventId}/inquiries/${ANY_ID}/status`, { status: 'answered', note: '' }],
    ] as const;

  it('answers 401 without a token, or with a forged one', async () => {
    const { eventId } = await pressEvent('press-access');
    for (const [method, path, body] of routes(eventId)) {
      expect((await api(path, { method, body })).status).toBe(401);
      expect((await api(path, { method, body, token: 'not.a.token' })).status).toBe(401);
    }
  });

  it('answers 403 to a signed-in user in neither the press nor the secretariat group', async () => {
    const { eventId } = await pressEvent('press-access');
    const auth = await createLocalAuth(inject('platform').authKeyFile);
    const token = await auth.sign({ sub: 'visitor', email: 'visitor@example.org', groups: [] });
    for (const [method, path, body] of routes(eventId)) {
      const answer = await api(path, { method, body, token });
      expect(answer.status).toBe(403);
      expect(answer.json.type).toBe('/problems/forbidden');
    }
  });

  it('admits both the press and the secretariat group', async () => {
    const { eventId } = await pressEvent('press-access');
    for (const user of ['press', 'secretariat'] as const) {
      const answer = await api(`/admin/events/${eventId}/inquiries`, { token: await tokenFor(user) });
      expect(answer.status).toBe(200);
      expect(answer.json).toEqual({ items: [], nextCursor: null });
    }
  });
});
