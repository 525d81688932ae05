/** Reference numbers reserved in blocks (shared/adapters/reference-blocks.ts): unique under concurrency, across processes. */
import { describe, expect, it } from 'vitest';
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '../../shared/adapters/dynamo.ts';
import { env } from '../../shared/adapters/env.ts';
import { delegateReferenceCounterKey } from '../../shared/adapters/items/counter.ts';
import { referenceBlocks } from '../../shared/adapters/reference-blocks.ts';

const lastReserved = async (eventId: string) =>
  Number((await documentClient().send(new GetCommand({ TableName: env.tableName, Key: delegateReferenceCounterKey(eventId) }))).Item?.last);

describe('reference numbers in blocks', () => {
  it('never hands out a number twice: three processes and single increments, 150 numbers at once', async () => {
    const eventId = `refblocks-${Date.now().toString(36)}`;
    const processes = [referenceBlocks(10), referenceBlocks(10), referenceBlocks(10)];
    // Another function taking single numbers from the same counter at the same time (a nomination).
    const single = async () => {
      const { Attributes } = await documentClient().send(
        new UpdateCommand({
          TableName: env.tableName,
          Key: delegateReferenceCounterKey(eventId),
          UpdateExpression: 'SET #last = if_not_exists(#last, :zero) + :one',
          ExpressionAttributeNames: { '#last': 'last' },
          ExpressionAttributeValues: { ':zero': 0, ':one': 1 },
          ReturnValues: 'UPDATED_NEW',
        }),
      );
      return Number(Attributes!.last);
    };
    const numbers = await Promise.all(Array.from({ length: 150 }, (_, i) => (i % 15 === 14 ? single() : processes[i % 3]!(eventId))));

    expect(new Set(numbers).size).toBe(150);
    expect(numbers.every((n) => Number.isInteger(n) && n >= 1)).toBe(true);
    // Every number handed out was reserved; at most one partly used block per process is left over.
    const last = await lastReserved(eventId);
    expect(Math.max(...numbers)).toBeLessThanOrEqual(last);
    expect(last - 150).toBeLessThan(3 * 10);
  });

  it('makes one call per block: the first registration of a block reserves it, the next nine make none', async () => {
    const eventId = `refblocks-one-${Date.now().toString(36)}`;
    const next = referenceBlocks(10);
    const first = await Promise.all(Array.from({ length: 10 }, () => next(eventId)));
    expect(first.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(await lastReserved(eventId)).toBe(10);
    expect(await next(eventId)).toBe(11);
    expect(await lastReserved(eventId)).toBe(20);
  });
});
