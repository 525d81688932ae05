/**
 * Event settings of the accreditation chain: `registration.memberStates` / `.observers` (`self` or `focal_point`) and
 * `registration.nominationsCloseAt`. With `focal_point`, the public form refuses that kind of delegation.
 */
import { describe, expect, it } from 'vitest';
import { api } from '../support/api.ts';
import { partition, register, registrationBody, registrationEvent, secretariat } from './registration-helpers.ts';

describe('registration modes', () => {
  it('defaults to self for both kinds, as the first release worked', async () => {
    const { eventId } = await registrationEvent('modes-default');
    const { json } = await api(`/events/${eventId}`);
    expect(json.registration).toMatchObject({ memberStates: 'self', observers: 'self' });
    expect((await register(eventId, registrationBody())).status).toBe(201);
  });

  it('member states by focal point: a member-state delegate is refused with 403 nomination-only naming the field; observers still register', async () => {
    const { eventId } = await registrationEvent('modes-fp', { memberStates: 'focal_point', nominationsCloseAt: '2099-01-01T00:00:00Z' });
    const refused = await register(eventId, registrationBody({ delegation: 'PE', role: 'head_of_delegation' }));
    expect(refused.status).toBe(403);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(refused.json).toMatchObject({ type: '/problems/nomination-only', status: 403, errors: [{ path: 'delegation' }] });
    expect(refused.json.detail).toMatch(/focal point/);
    // Nothing was written.
    expect((await partition(eventId)).filter((i) => String(i.SK).startsWith('REG#'))).toHaveLength(0);

    const observer = await register(eventId, registrationBody({ delegation: 'iom', role: 'observer' }));
    expect(observer.status).toBe(201);

    const { json } = await api(`/events/${eventId}`);
    expect(json.registration).toMatchObject({ memberStates: 'focal_point', observers: 'self' });
    const admin = await api(`/admin/events/${eventId}`, { token: await secretariat() });
    expect(admin.json.registration).toMatchObject({ memberStates: 'focal_point', observers: 'self', nominationsCloseAt: '2099-01-01T00:00:00Z' });
  });

  it('observers by focal point refuses an observer the same way', async () => {
    const { eventId } = await registrationEvent('modes-obs', { observers: 'focal_point' });
    const refused = await register(eventId, registrationBody({ delegation: 'iom', role: 'observer' }));
    expect(refused.status).toBe(403);
    expect(refused.json.type).toBe('/problems/nomination-only');
  });

  it('a mode that is neither self nor focal_point is a 400 naming the field', async () => {
    const { eventId } = await registrationEvent('modes-bad');
    const admin = await api(`/admin/events/${eventId}`, { token: await secretariat() });
    const { id: _id, updatedAt, ...config } = admin.json;
    const saved = await api(`/admin/events/${eventId}`, {
      method: 'PUT',
      token: await secretariat(),
      headers: { 'if-match': `"${updatedAt}"` },
      body: { ...config, registration: { ...config.registration, memberStates: 'ministry' } },
    });
    expect(saved.status).toBe(400);
    expect(saved.json.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'registration.memberStates' })]));
  });
});
