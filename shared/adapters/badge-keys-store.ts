/**
 * Where the event's badge public key is published (items/badge-key.ts): `publish` by the functions that sign
 * badges (PutItem, only if absent: the key is derived, so every signer would write the same value), `publicKeyOf`
 * by the check-in routes (GetItem).
 */
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { conditionally, documentClient } from './dynamo.ts';
import { env } from './env.ts';
import { badgeKeyKey, type BadgeKeyItem } from './items/badge-key.ts';

export interface BadgeKeysStore {
  /** Publishes the event's public key once; later calls (the same derived key) change nothing. */
  publish(eventId: string, publicKey: string, now: Date): Promise<void>;
  /** The event's public key (raw Ed25519, base64url), or undefined while no badge of the event has been made. */
  publicKeyOf(eventId: string): Promise<string | undefined>;
}

export const dynamoBadgeKeysStore = (tableName = env.tableName): BadgeKeysStore => ({
  publish: async (eventId, publicKey, now) => {
    const item: BadgeKeyItem = { publicKey, publishedAt: now.toISOString() };
    await conditionally(
      documentClient().send(
        new PutCommand({
          TableName: tableName,
          Item: { ...badgeKeyKey(eventId), type: 'BadgeKey', ...item },
          ConditionExpression: 'attribute_not_exists(PK)',
        }),
      ),
    );
  },
  publicKeyOf: async (eventId) => {
    const { Item } = await documentClient().send(new GetCommand({ TableName: tableName, Key: badgeKeyKey(eventId) }));
    return Item ? String(Item.publicKey) : undefined;
  },
});
