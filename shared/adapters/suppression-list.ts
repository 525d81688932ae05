/** The suppression list's DynamoDB adapter: one item per address (items/suppressed-address.ts). */
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { SuppressionList } from '../domain/notifications/outbox-suppression.ts';
import { documentClient } from './dynamo.ts';
import { env } from './env.ts';
import { fromSuppressedAddressItem, suppressedAddressItem, suppressedAddressKey } from './items/suppressed-address.ts';

export const dynamoSuppressionList = (tableName = env.tableName): SuppressionList => ({
  async find(email) {
    const { Item } = await documentClient().send(new GetCommand({ TableName: tableName, Key: suppressedAddressKey(email), ConsistentRead: true }));
    return Item ? fromSuppressedAddressItem(Item) : undefined;
  },

  async put(suppression) {
    // The latest report wins: it says why mail stopped most recently.
    await documentClient().send(new PutCommand({ TableName: tableName, Item: suppressedAddressItem(suppression) }));
  },
});
