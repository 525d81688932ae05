/** Focal points as pure rules: the token, the secretariat's use cases over a fake store, the focal point's access, and the delegations' statuses. */
import { describe, expect, it } from 'vitest';
import { manualClock } from '../../shared/domain/clock.ts';
import { makeDelegationAccess } from '../../shared/domain/delegations/delegation-access.ts';
import { deriveDelegationToken, delegationUrl, hashDelegationToken } from '../../shared/domain/delegations/delegation-token.ts';
import type { DelegationHistoryEntry, FocalPoint } from '../../shared/domain/delegations/focal-point.ts';
import { delegationViews, makeFocalPoints, type FocalPointStore } from '../../shared/domain/delegations/focal-point-use-cases.ts';
import type { EventConfig } from '../../shared/domain/event-config.ts';
import { deriveManageToken } from '../../shared/domain/manage-token.ts';
import type { OutboxEntry } from '../../shared/domain/notifications/outbox.ts';
import { EventConfigBody } from '../../shared/domain/event-config.ts';
import { nextSampleEvent } from '../../shared/domain/sample-event.ts';
import { NOW, storedEvent } from './registration-fixtures.ts';

const KEY = new Uint8Array(32).fill(7);
const tokenFor = async (eventId: string, code: string, id: string) => deriveDelegationToken(KEY, eventId, code, id);

const fakeStore = () => {
  const items = new Map<string, FocalPoint>();
  const history: DelegationHistoryEntry[] = [];
  const outbox: OutboxEntry[] = [];
  const store: FocalPointStore = {
    invite: async (f, h, o) => {
      items.set(f.id, f);
      history.push(h);
      outbox.push(...o);
    },
    get: async (_e, code, id) => (items.get(id)?.delegation === code ? items.get(id) : undefined),
    revoke: async (f, h) => {
      if (items.get(f.id)?.revokedAt) return false;
      items.set(f.id, f);
      history.push(h);
      return true;
    },
    listForDelegation: async (_e, code) => [...items.values()].filter((f) => f.delegation === code),
    list: async () => [...items.values()],
    delegationUse: async () => ({ quotas: { AR: 3 }, heads: new Set(['AR']) }),
  };
  return { store, items, history, outbox };
};

const setup = (event: EventConfig = storedEvent({ nominationsCloseAt: '2026-06-01T18:00:00-04:00' })) => {
  const fake = fakeStore();
  let n = 0;
  const deps = {
    events: { get: async (id: string) => (id === event.id ? event : undefined) },
    store: fake.store,
    tokens: { tokenFor },
    clock: manualClock(NOW),
    ids: { id: () => `01J${String(++n).padStart(23, '0')}`, checkInCode: () => 'AAAA-BBBB' },
  };
  return { ...fake, event, focalPoints: makeFocalPoints(deps), access: makeDelegationAccess(deps) };
};

const officer = { kind: 'secretariat' as const, name: 'officer@example.org', sub: 'sub-1' };

describe('the delegation token', () => {
  it('is derived per event, delegation and focal point, and never equals a manage token made with the same key', () => {
    const token = deriveDelegationToken(KEY, 'sacm-8', 'PE', '01J00000000000000000000001');
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(deriveDelegationToken(KEY, 'sacm-8', 'CL', '01J00000000000000000000001')).not.toBe(token);
    expect(deriveManageToken(KEY, 'sacm-8', '01J00000000000000000000001', 1)).not.toBe(token);
    expect(hashDelegationToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(delegationUrl('https://plenary.example.org/', 'sacm-8', 'PE', token)).toBe(
      `https://plenary.example.org/delegations/sacm-8/PE#token=${token}`,
    );
  });
});

describe('focal points (use cases)', () => {
  it('an invitation stores the hash, owes one email in the focal point language with the deadline, and records who invited', async () => {
    const { focalPoints, items, history, outbox } = setup();
    const { id } = await focalPoints.invite('sacm-7', 'PE', { name: 'Rosa Quispe', email: 'rosa@example.org', language: 'pt' }, officer);
    const stored = items.get(id)!;
    expect(stored.tokenHash).toBe(hashDelegationToken(await tokenFor('sacm-7', 'PE', id)));
    expect(outbox).toEqual([
      expect.objectContaining({
        kind: 'focal-point-invited',
        language: 'pt',
        to: { email: 'rosa@example.org', name: 'Rosa Quispe' },
        reference: 'SACM7-PE',
        subjectId: id,
        data: { focalPointName: 'Rosa Quispe', focalPointId: id, delegation: 'PE', nominationsCloseAt: '2026-06-01T18:00:00-04:00' },
      }),
    ]);
    expect(JSON.stringify(outbox)).not.toContain(await tokenFor('sacm-7', 'PE', id));
    expect(history).toEqual([expect.objectContaining({ action: 'focal-point-invited', actor: officer, focalPointId: id, emails: [outbox[0]!.id] })]);
  });

  it('refuses a language the event does not use, an unknown delegation or event', async () => {
    const event = { ...storedEvent(), languages: ['es' as const, 'en' as const] };
    const { focalPoints, outbox } = setup(event);
    await expect(focalPoints.invite('sacm-7', 'PE', { name: 'R', email: 'r@example.org', language: 'nl' }, officer)).rejects.toMatchObject({
      status: 400,
      errors: [{ path: 'language' }],
    });
    await expect(focalPoints.invite('sacm-7', 'XX', { name: 'R', email: 'r@example.org', language: 'es' }, officer)).rejects.toMatchObject({
      status: 404,
    });
    await expect(focalPoints.invite('nope', 'PE', { name: 'R', email: 'r@example.org', language: 'es' }, officer)).rejects.toMatchObject({
      status: 404,
    });
    expect(outbox).toHaveLength(0);
  });

  it("the focal point's token opens its delegation until revoked; another delegation's or a wrong token is a 404", async () => {
    const { focalPoints, access, history } = setup();
    const { id } = await focalPoints.invite('sacm-7', 'PE', { name: 'Rosa', email: 'rosa@example.org', language: 'es' }, officer);
    const token = await tokenFor('sacm-7', 'PE', id);
    expect(await access.view('sacm-7', 'PE', token)).toMatchObject({
      code: 'PE',
      status: 'invited',
      quota: 8,
      nominationsOpen: true,
      focalPoint: { id },
    });
    await expect(access.view('sacm-7', 'CL', token)).rejects.toMatchObject({ status: 404 });
    await expect(access.view('sacm-7', 'PE', 'wrong')).rejects.toMatchObject({ status: 404 });
    await expect(access.view('sacm-7', 'PE', undefined)).rejects.toMatchObject({ status: 404 });
    const revoked = await focalPoints.revoke('sacm-7', 'PE', id, officer);
    expect(revoked).toMatchObject({ revokedAt: NOW.toISOString(), revokedBy: officer.name });
    await expect(access.view('sacm-7', 'PE', token)).rejects.toMatchObject({ status: 404 });
    // Revoking again answers the same and records nothing more.
    expect(await focalPoints.revoke('sacm-7', 'PE', id, officer)).toEqual(revoked);
    expect(history.map((h) => h.action)).toEqual(['focal-point-invited', 'focal-point-revoked']);
    await expect(focalPoints.revoke('sacm-7', 'CL', id, officer)).rejects.toMatchObject({ status: 404 });
  });

  it("each delegation's status follows its focal points and the places it uses", () => {
    const event = storedEvent({ memberStates: 'focal_point' });
    const focalPoint = (delegation: string, revokedAt?: string): FocalPoint => ({
      id: `01J0000000000000000000000${delegation.length}`,
      eventId: event.id,
      delegation,
      name: 'F',
      email: 'f@example.org',
      language: 'es',
      tokenHash: 'h',
      invitedAt: NOW.toISOString(),
      invitedBy: officer,
      ...(revokedAt ? { revokedAt, revokedBy: officer } : {}),
    });
    const views = delegationViews(event, [focalPoint('AR'), focalPoint('BO'), focalPoint('CL', NOW.toISOString())], {
      quotas: { AR: 3, VE: 2 },
      heads: new Set(['AR']),
    });
    const of = (code: string) => views.find((v) => v.code === code)!;
    expect(of('AR')).toMatchObject({ status: 'nominating', used: 3, headNamed: true, registration: 'focal_point' });
    expect(of('BO')).toMatchObject({ status: 'invited', used: 0, headNamed: false });
    expect(of('CL')).toMatchObject({ status: 'not_invited' });
    expect(of('VE')).toMatchObject({ status: 'not_invited', used: 2 });
    expect(of('iom')).toMatchObject({ registration: 'self', quota: 2 });
    expect(JSON.stringify(views)).not.toContain('tokenHash');
  });
});

describe('the seeded next meeting (sacm-8)', () => {
  it('is a valid configuration, open today, member states by focal point, nominations closing a week before registration', () => {
    const event = EventConfigBody.parse(nextSampleEvent(NOW));
    expect(event).toMatchObject({ code: 'SACM8', registration: { memberStates: 'focal_point', observers: 'self' } });
    const { opensAt, closesAt, nominationsCloseAt } = event.registration;
    expect(Date.parse(opensAt)).toBeLessThanOrEqual(NOW.getTime());
    expect(Date.parse(nominationsCloseAt!)).toBeGreaterThan(NOW.getTime());
    expect(Date.parse(closesAt) - Date.parse(nominationsCloseAt!)).toBe(7 * 24 * 60 * 60 * 1000);
    expect(Date.parse(`${event.startDate}T00:00:00Z`)).toBeGreaterThan(Date.parse(closesAt));
  });
});
