/** Idempotency-Key on registration: replays, a different body, racing copies, and retries without a key. */
import { describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { api } from '../support/api.ts';
import { decide, register, registrationBody, registrationEvent, tableState, tokenOf } from './registration-helpers.ts';

describe('registration retries', () => {
  it('creates one registration when the same request is sent 20 times at once with one Idempotency-Key', async () => {
    const { eventId } = await registrationEvent('reg-idem-burst');
    const body = registrationBody();
    const key = randomUUID();
    const answers = await Promise.all(Array.from({ length: 20 }, () => register(eventId, body, { 'Idempotency-Key': key })));

    // Each copy counts towards the participant's hourly limit (5): copies that race the first are refused with 429
    // or, once the first committed, given its answer; none is a second registration.
    const created = answers.filter((a) => a.status === 201);
    const limited = answers.filter((a) => a.status === 429);
    expect(created.length + limited.length).toBe(20);
    expect(created.length).toBeGreaterThanOrEqual(1);
    for (const a of limited) expect(a.json.type).toBe('/problems/rate-limited');
    expect(new Set(created.map((a) => a.json.id)).size).toBe(1);
    expect(created.filter((a) => a.headers.get('idempotent-replayed') !== 'true')).toHaveLength(1);
    const state = await tableState(eventId);
    expect(state.registrations).toHaveLength(1);
    expect(state.seats).toBe(1);

    // Once the first has finished, the same request replays its answer, flagged, with the same manage link, even
    // though the participant's hourly limit is spent: a client retrying what went through always gets it back.
    const replay = await register(eventId, body, { 'Idempotency-Key': key });
    expect(replay.status).toBe(201);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.json).toEqual(created[0]!.json);
    expect((await tableState(eventId)).registrations).toHaveLength(1);
  });

  it('commits a registration and its idempotency record in one transaction: two racing copies, one registration, both answered with it', async () => {
    const { eventId } = await registrationEvent('reg-idem-race');
    const body = registrationBody();
    const key = randomUUID();
    const [a, b] = await Promise.all([register(eventId, body, { 'Idempotency-Key': key }), register(eventId, body, { 'Idempotency-Key': key })]);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(a.json.id).toBe(b.json.id);
    expect([a, b].filter((x) => x.headers.get('idempotent-replayed') === 'true')).toHaveLength(1);
    expect((await tableState(eventId)).registrations).toHaveLength(1);
  });

  it('answers 409 in flight when the key is held by a run that has not answered (a lock left by Powertools), writing nothing', async () => {
    const { eventId } = await registrationEvent('reg-idem-held');
    const key = randomUUID();
    const { documentClient } = await import('../../shared/adapters/dynamo.ts');
    const { PutCommand } = await import('@aws-sdk/lib-dynamodb');
    const { env } = await import('../../shared/adapters/env.ts');
    const { receiptsOf } = await import('../../shared/adapters/receipts.ts');
    const slot = receiptsOf('register-delegate').slotOf({ key, scope: eventId, payload: {} });
    const inAnHour = Math.floor(Date.now() / 1000) + 3600;
    await documentClient().send(
      new PutCommand({
        TableName: env.tableName,
        Item: {
          PK: 'IDEMPOTENCY#register-delegate',
          SK: slot.id,
          status: 'INPROGRESS',
          expiresAt: inAnHour,
          in_progress_expiration: inAnHour * 1000,
        },
      }),
    );
    const answer = await register(eventId, registrationBody(), { 'Idempotency-Key': key });
    expect(answer.status).toBe(409);
    expect(answer.json.type).toBe('/problems/idempotency-key-in-flight');
    expect((await tableState(eventId)).registrations).toHaveLength(0);
  });

  it('answers 422 when the key comes back with a different body, writing nothing', async () => {
    const { eventId } = await registrationEvent('reg-idem-422');
    const key = randomUUID();
    expect((await register(eventId, registrationBody(), { 'Idempotency-Key': key })).status).toBe(201);
    const other = await register(eventId, registrationBody(), { 'Idempotency-Key': key });
    expect(other.status).toBe(422);
    expect(other.json.type).toBe('/problems/idempotency-key-reused');
    expect((await tableState(eventId)).registrations).toHaveLength(1);
  });

  it('stores no manage token in the idempotency record', async () => {
    const { eventId } = await registrationEvent('reg-idem-token');
    const first = await register(eventId, registrationBody(), { 'Idempotency-Key': randomUUID() });
    const token = tokenOf(first.json.manageUrl);
    const { documentClient } = await import('../../shared/adapters/dynamo.ts');
    const { QueryCommand } = await import('@aws-sdk/lib-dynamodb');
    const { env } = await import('../../shared/adapters/env.ts');
    const { Items } = await documentClient().send(
      new QueryCommand({
        TableName: env.tableName,
        KeyConditionExpression: 'PK = :pk',
        ExpressionAttributeValues: { ':pk': 'IDEMPOTENCY#register-delegate' },
      }),
    );
    expect(Items!.length).toBeGreaterThan(0);
    expect(JSON.stringify(Items)).not.toContain(token);
    expect(Items!.every((i) => typeof i.expiresAt === 'number')).toBe(true);
  });

  it('catches a retry without a key by the email uniqueness', async () => {
    const { eventId } = await registrationEvent('reg-retry');
    const body = registrationBody();
    expect((await register(eventId, body)).status).toBe(201);
    const again = await register(eventId, body);
    expect(again.status).toBe(409);
    expect(again.json.type).toBe('/problems/already-registered');
    expect((await tableState(eventId)).registrations).toHaveLength(1);
  });

  it('refuses an unusable Idempotency-Key as a bad header', async () => {
    const { eventId } = await registrationEvent('reg-idem-bad');
    const answer = await register(eventId, registrationBody(), { 'Idempotency-Key': 'x'.repeat(300) });
    expect(answer.status).toBe(400);
    expect(answer.json.errors).toEqual([{ path: 'headers.idempotency-key', message: expect.any(String) }]);
    expect((await tableState(eventId)).registrations).toHaveLength(0);
  });

  it('replays a secretariat decision sent twice with one key instead of refusing the second', async () => {
    const { eventId } = await registrationEvent('reg-idem-decision');
    const { json } = await register(eventId, registrationBody());
    const key = randomUUID();
    const { tokenFor } = await import('../support/api.ts');
    const token = await tokenFor('secretariat');
    const send = () =>
      api(`/admin/events/${eventId}/registrations/${json.id}/decision`, {
        body: { decision: 'approve' },
        token,
        headers: { 'Idempotency-Key': key },
      });
    const first = await send();
    const second = await send();
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(second.json).toEqual(first.json);
    // Without the key, a second approval is a conflict.
    expect((await decide(eventId, json.id, { decision: 'approve' })).json.type).toBe('/problems/invalid-transition');
  });
});
