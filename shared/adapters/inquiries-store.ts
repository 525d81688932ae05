/** The press inquiries' store on DynamoDB: writes in one transaction each, reads consistent where it matters. */
import { GetCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { InquiryStore, InquiryWrite } from '../domain/press/ports.ts';
import { cancellationCodes, documentClient, queryAll } from './dynamo.ts';
import { env } from './env.ts';
import { listInquiries, queryDueForReminder } from './inquiries-queries.ts';
import { inquiryReferenceCounterKey } from './items/counter.ts';
import { fromInquiryHistoryItem, inquiryHistoryItem } from './items/history-entry.ts';
import { fromInquiryItem, inquiryItem, inquiryKey, inquirySk } from './items/inquiry.ts';
import { outboxPut } from './outbox.ts';
import { eventPk } from './table.ts';

/** Two writers on one inquiry (a sweep and a press officer, or two sweeps) may collide; the loser retries. */
const CONFLICT_RETRIES = 4;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const writeItems = (
  tableName: string,
  { inquiry, history, outbox }: InquiryWrite,
  inquiryCondition: {
    ConditionExpression: string;
    ExpressionAttributeNames?: Record<string, string>;
    ExpressionAttributeValues?: Record<string, unknown>;
  },
) => [
  { Put: { TableName: tableName, Item: inquiryItem(inquiry), ...inquiryCondition } },
  { Put: { TableName: tableName, Item: inquiryHistoryItem(inquiry.eventId, history), ConditionExpression: 'attribute_not_exists(PK)' } },
  ...outbox.map((entry) => outboxPut(entry, tableName)),
];

/**
 * What a journalist's submission needs of the store: a reference number and the new inquiry. Apart from the rest so
 * that the public submit function bundles none of the lists and reads of the press officers' functions.
 */
export const dynamoInquirySubmissions = (tableName = env.tableName): Pick<InquiryStore, 'nextReferenceNumber' | 'create'> => ({
  async nextReferenceNumber(eventId) {
    // A bare ADD is right here, unlike capacity counters: there is no bound to enforce, only uniqueness,
    // and DynamoDB applies concurrent ADDs one after another, each returning its own new value.
    const { Attributes } = await documentClient().send(
      new UpdateCommand({
        TableName: tableName,
        Key: inquiryReferenceCounterKey(eventId),
        UpdateExpression: 'ADD #last :one SET #type = :type',
        ExpressionAttributeNames: { '#last': 'last', '#type': 'type' },
        ExpressionAttributeValues: { ':one': 1, ':type': 'counter' },
        ReturnValues: 'UPDATED_NEW',
      }),
    );
    return Number(Attributes?.last);
  },

  async create(write) {
    await documentClient().send(
      new TransactWriteCommand({ TransactItems: writeItems(tableName, write, { ConditionExpression: 'attribute_not_exists(PK)' }) }),
    );
  },
});

export const dynamoInquiryStore = (tableName = env.tableName): InquiryStore => ({
  ...dynamoInquirySubmissions(tableName),

  async get(eventId, id) {
    const { Item } = await documentClient().send(new GetCommand({ TableName: tableName, Key: inquiryKey(eventId, id), ConsistentRead: true }));
    return Item ? fromInquiryItem(Item) : undefined;
  },

  async getWithHistory(eventId, id) {
    const items = await queryAll({
      TableName: tableName,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :sk)',
      ExpressionAttributeValues: { ':pk': eventPk(eventId), ':sk': inquirySk(id) },
      ConsistentRead: true,
    });
    // The inquiry's own SK is the prefix of its history's, so it sorts first.
    const [first, ...history] = items;
    if (!first || first.SK !== inquirySk(id)) return undefined;
    return { inquiry: fromInquiryItem(first), history: history.map(fromInquiryHistoryItem) };
  },

  async update({ expectedVersion, ...write }) {
    const TransactItems = writeItems(tableName, write, {
      ConditionExpression: '#version = :expected',
      ExpressionAttributeNames: { '#version': 'version' },
      ExpressionAttributeValues: { ':expected': expectedVersion },
    });
    for (let attempt = 0; ; attempt++) {
      try {
        await documentClient().send(new TransactWriteCommand({ TransactItems }));
        return true;
      } catch (error) {
        const reasons = cancellationCodes(error) ?? [];
        if (reasons[0] === 'ConditionalCheckFailed') return false;
        // The same transaction again is safe: if the other writer won, our condition now fails.
        if (reasons.includes('TransactionConflict') && attempt < CONFLICT_RETRIES) {
          await pause(20 + Math.random() * 80 * (attempt + 1));
          continue;
        }
        throw error;
      }
    }
  },

  list: (eventId, filter, page) => listInquiries(tableName, eventId, filter, page),
  dueForReminder: (now, limit) => queryDueForReminder(tableName, now, limit),
});
