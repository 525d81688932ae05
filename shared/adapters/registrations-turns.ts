/**
 * Promotion turns as a ticket queue in one counter item (items/counter.ts: `next`, `served`).
 * A change that frees a seat takes the next ticket, waits until the ticket before it has been served,
 * decides and commits its promotion, then marks its ticket served. Fifty cancellations at once then make
 * fifty transactions instead of hundreds of colliding ones. If the queue stalls (a holder crashed), a
 * waiter goes ahead after STALL_MS: correctness never rests on the queue (see PromotionTurns).
 */
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { PromotionTurns } from '../domain/registration/ports.ts';
import { documentClient, isConditionFailure } from './dynamo.ts';
import { env } from './env.ts';
import { promotionTurnsKey } from './items/counter.ts';

const STALL_MS = 3_000;
/** A rough time per turn, to sleep about as long as the queue ahead needs instead of polling hard. */
const TURN_ESTIMATE_MS = 40;
const MAX_SLEEP_MS = 1_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const dynamoPromotionTurns = (tableName = env.tableName): PromotionTurns => ({
  async take(eventId) {
    const key = promotionTurnsKey(eventId);
    const { Attributes } = await documentClient().send(
      new UpdateCommand({
        TableName: tableName,
        Key: key,
        UpdateExpression: 'SET #next = if_not_exists(#next, :zero) + :one',
        ExpressionAttributeNames: { '#next': 'next' },
        ExpressionAttributeValues: { ':zero': 0, ':one': 1 },
        ReturnValues: 'ALL_NEW',
      }),
    );
    const ticket = Number(Attributes?.next);
    let served = Number(Attributes?.served ?? 0);
    let progressAt = Date.now();
    while (served < ticket - 1 && Date.now() - progressAt < STALL_MS) {
      const ahead = ticket - 1 - served;
      await sleep(Math.min(MAX_SLEEP_MS, ahead * TURN_ESTIMATE_MS) * (0.5 + Math.random() / 2));
      const { Item } = await documentClient().send(new GetCommand({ TableName: tableName, Key: key, ConsistentRead: true }));
      const now = Number(Item?.served ?? 0);
      if (now > served) {
        served = now;
        progressAt = Date.now();
      }
    }
    return {
      async done() {
        try {
          await documentClient().send(
            new UpdateCommand({
              TableName: tableName,
              Key: key,
              UpdateExpression: 'SET served = :ticket',
              ConditionExpression: 'attribute_not_exists(served) OR served < :ticket',
              ExpressionAttributeValues: { ':ticket': ticket },
            }),
          );
        } catch (error) {
          // A later ticket already went ahead (after a stall): nothing to hand on.
          if (!isConditionFailure(error)) throw error;
        }
      },
    };
  },
});
