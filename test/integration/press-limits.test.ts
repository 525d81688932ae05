import { describe, expect, it } from 'vitest';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '../../shared/adapters/dynamo.ts';
import { env } from '../../shared/adapters/env.ts';
import { RATE_ITEM_SK } from '../../shared/adapters/items/rate-limit-window.ts';
import { rateCounterPk } from '../../shared/adapters/rate-limiter.ts';
import { hourWindow } from '../../shared/domain/rate-limits.ts';
import { sampleEvent } from '../../shared/domain/sample-event.ts';
import { inquiryBody, partitionSize, pressEvent, submit } from './press-helpers.ts';

/** The limit counts per clock hour: never start a burst in the last seconds of one. */
const awayFromHourEnd = async () => {
  const { retryAfterSeconds } = hourWindow(new Date());
  if (retryAfterSeconds < 10) await new Promise((r) => setTimeout(r, retryAfterSeconds * 1000 + 100));
};

describe('abuse limits on the public inquiry form', () => {
  it('the N+1th inquiry from one address within the hour is a 429 with Retry-After, and writes nothing', async () => {
    const { eventId } = await pressEvent('press-limit', { press: { defaultContact: 'technical-secretariat', hourlyLimit: 3 } });
    await awayFromHourEnd();
    for (let i = 0; i < 3; i++) expect((await submit(eventId, inquiryBody())).status).toBe(202);
    const before = await partitionSize(eventId);

    const refused = await submit(eventId, inquiryBody({ subject: 'One more' }));
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toMatch(/application\/problem\+json/);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(3600);
    expect(await partitionSize(eventId)).toBe(before);
  });

  it('the N+1th inquiry from one client within the hour (registration.clientLimitPerHour) is a 429, whatever the address', async () => {
    const { eventId } = await pressEvent('press-limit-ip', { registration: { ...sampleEvent().registration, clientLimitPerHour: 2 } });
    await awayFromHourEnd();
    const from = (i: number) => inquiryBody({ journalist: { name: `R${i}`, email: `r${i}@example.com`, outlet: 'Wire' } });
    expect((await submit(eventId, from(1))).status).toBe(202);
    expect((await submit(eventId, from(2))).status).toBe(202);
    const refused = await submit(eventId, from(3));
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
  });

  it('the honeypot is answered 202 like a real inquiry and stores nothing, not even a rate count', async () => {
    const { eventId } = await pressEvent('press-honeypot');
    const before = await partitionSize(eventId);
    const answer = await submit(eventId, inquiryBody({ website: 'https://cheap-pills.example' }));
    expect(answer.status).toBe(202);
    expect(answer.json).toEqual({ id: expect.any(String), reference: expect.stringMatching(/^SACM7-P-\d{4}$/), status: 'received' });
    expect(await partitionSize(eventId)).toBe(before);
    const { Item } = await documentClient().send(
      new GetCommand({
        TableName: env.tableName,
        Key: { PK: await rateCounterPk(eventId, 'email:press', 'joao@example.com', hourWindow(new Date()).label), SK: RATE_ITEM_SK },
        ConsistentRead: true,
      }),
    );
    expect(Item).toBeUndefined();
  });

  it('rate counters keep no address in their keys and expire on their own', async () => {
    const { eventId } = await pressEvent('press-limit-keys');
    await awayFromHourEnd();
    expect((await submit(eventId, inquiryBody())).status).toBe(202);
    const pk = await rateCounterPk(eventId, 'email:press', 'joao@example.com', hourWindow(new Date()).label);
    expect(pk).not.toContain('joao');
    const { Item } = await documentClient().send(
      new GetCommand({ TableName: env.tableName, Key: { PK: pk, SK: RATE_ITEM_SK }, ConsistentRead: true }),
    );
    expect(Item).toMatchObject({ count: 1, expiresAt: expect.any(Number) });
    expect(Item!.expiresAt * 1000).toBeGreaterThan(Date.now());
  });
});

describe('Idempotency-Key on the inquiry form', () => {
  it('the same key and body replay the first answer without a second inquiry; another body with that key is a 422', async () => {
    const { eventId } = await pressEvent('press-idem');
    const headers = { 'Idempotency-Key': `press-${Math.random().toString(36).slice(2)}` };
    const body = inquiryBody();
    const first = await submit(eventId, body, headers);
    expect(first.status).toBe(202);
    const size = await partitionSize(eventId);

    const again = await submit(eventId, body, headers);
    expect(again.status).toBe(202);
    expect(again.json).toEqual(first.json);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await partitionSize(eventId)).toBe(size);

    const other = await submit(eventId, { ...body, subject: 'Something else' }, headers);
    expect(other.status).toBe(422);
  });
});
