/**
 * Door staff (the `checkin` group alone) reach the roster and the check-ins and nothing else: every other admin
 * route, each personal-data read among them, is a 403 for them. The summary is the secretariat's; door devices count
 * from the roster.
 */
import { describe, expect, it } from 'vitest';
import { routes } from '../../functions/routes.ts';
import { api } from '../support/api.ts';
import { registrationEvent, secretariat } from './registration-helpers.ts';
import { badgeCode, checkIn, confirmedParticipant, doorStaff, publishBadgeKey, roster, scan } from './venue-helpers.ts';

const SAMPLE_ULID = '01JAAAAAAAAAAAAAAAAAAAAAAA';
const concretePath = (path: string, eventId: string) =>
  path
    .replace('/api', '')
    .replace('{eventId}', eventId)
    .replace('{code}', 'AR')
    .replace('{username}', 'someone')
    .replace(/\{\w+\}/g, SAMPLE_ULID);

const notForDoorStaff = routes.filter((r) => r.method !== 'ANY' && r.auth !== 'public' && !r.auth.includes('checkin'));

describe('the checkin group', () => {
  it('gets 200 on the roster and the check-ins', async () => {
    const { eventId } = await registrationEvent('venue-access-ok');
    await publishBadgeKey(eventId);
    const ana = await confirmedParticipant(eventId);
    expect((await roster(eventId)).status).toBe(200);
    expect((await checkIn(eventId, scan({ code: await badgeCode(eventId, ana.id) }))).status).toBe(200);
    // The secretariat may use the door's routes too (a desk in the secretariat's office).
    expect((await roster(eventId, '', await secretariat())).status).toBe(200);
    expect((await checkIn(eventId, scan({ registrationId: ana.id }), { token: await secretariat() })).json.firstScan).toBe(false);
  });

  it.each(notForDoorStaff.map((r) => [`${r.method} ${r.path}`, r] as const))('gets 403 on %s', async (_name, route) => {
    const answer = await api(concretePath(route.path, 'sacm-7'), {
      method: route.method,
      ...(route.method === 'GET' || route.method === 'DELETE' ? {} : { body: {} }),
      token: await doorStaff(),
    });
    expect(answer.status).toBe(403);
    expect(answer.json.type).toBe('/problems/forbidden');
  });

  it('covers the personal-data reads and the summary among those refused', () => {
    const refused = notForDoorStaff.map((r) => `${r.method} ${r.path}`);
    for (const path of [
      'GET /api/admin/events/{eventId}/registrations',
      'GET /api/admin/events/{eventId}/registrations/{id}',
      'GET /api/admin/events/{eventId}/registrations.csv',
      'GET /api/admin/events/{eventId}/summary',
      'GET /api/admin/events/{eventId}/emails',
      'GET /api/admin/events/{eventId}/inquiries',
      'GET /api/admin/users',
    ])
      expect(refused).toContain(path);
  });

  it('without a token the door routes are 401', async () => {
    expect((await api('/admin/events/sacm-7/check-in/roster')).status).toBe(401);
    expect((await api('/admin/events/sacm-7/check-ins', { body: scan({ registrationId: SAMPLE_ULID }) })).status).toBe(401);
  });
});
