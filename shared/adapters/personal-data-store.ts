/**
 * The personal-data erasures on DynamoDB. One erasure is one TransactWriteItems when it fits in DynamoDB's 100 items
 * (a registration's history and emails are a handful); past that, the history and email rewrites go first in
 * transactions of 100 and the subject's own rewrite last, so a failure between them leaves the subject not yet erased
 * and the whole erasure runs again (each rewrite is the same the second time).
 */
import { GetCommand, TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { OutboxEntry } from '../domain/notifications/outbox.ts';
import type { ErasurePlan, PersonalDataStore } from '../domain/personal-data/ports.ts';
import { CommitRefused } from '../domain/registration/ports.ts';
import { cancellationCodes, documentClient } from './dynamo.ts';
import { env } from './env.ts';
import { inquiryHistoryItem, registrationHistoryItem } from './items/history-entry.ts';
import { inquiryItem } from './items/inquiry.ts';
import { fromOutboxItem, outboxItem, outboxKey } from './items/outbox-entry.ts';
import { registrationItem } from './items/registration.ts';
import { outboxPut } from './outbox.ts';

type Element = NonNullable<TransactWriteCommandInput['TransactItems']>[number];
const MAX_TRANSACTION_ITEMS = 100;

const rewritten = (TableName: string, Item: Record<string, unknown>): Element => ({
  Put: { TableName, Item, ConditionExpression: 'attribute_exists(PK)' },
});

/** The emails' writes, each conditioned on the status read (a mailer that claimed one meanwhile makes the erasure read again). */
const emailElements = (TableName: string, emails: ErasurePlan<unknown, unknown>['emails']): Element[] => [
  ...emails.keep.map(({ entry, status }): Element => ({
    Put: {
      TableName,
      Item: outboxItem(entry),
      ConditionExpression: '#status = :status',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':status': status },
    },
  })),
  ...emails.drop.map((entry): Element => ({
    Delete: {
      TableName,
      Key: outboxKey(entry.id),
      ConditionExpression: '#status = :status',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':status': entry.status },
    },
  })),
];

const transact = async (elements: Element[]): Promise<void> => {
  try {
    await documentClient().send(new TransactWriteCommand({ TransactItems: elements }));
  } catch (error) {
    const codes = cancellationCodes(error);
    if (!codes) throw error;
    if (codes.some((c) => c !== 'None' && c !== 'ConditionalCheckFailed' && c !== 'TransactionConflict')) throw error;
    throw new CommitRefused(codes.includes('ConditionalCheckFailed') ? ['registration'] : ['conflict']);
  }
};

/** The rewrites, then the subject's own writes last (in one transaction with them when everything fits). */
const commitInOrder = async (rewrites: Element[], last: Element[]): Promise<void> => {
  if (rewrites.length + last.length <= MAX_TRANSACTION_ITEMS) return transact([...rewrites, ...last]);
  for (let i = 0; i < rewrites.length; i += MAX_TRANSACTION_ITEMS) await transact(rewrites.slice(i, i + MAX_TRANSACTION_ITEMS));
  await transact(last);
};

const versioned = (version: number) => ({
  ConditionExpression: '#version = :version',
  ExpressionAttributeNames: { '#version': 'version' },
  ExpressionAttributeValues: { ':version': version },
});

export const dynamoPersonalDataStore = (tableName = env.tableName): PersonalDataStore => ({
  async emails(ids) {
    const items = await Promise.all(
      [...new Set(ids)].map(
        async (id) => (await documentClient().send(new GetCommand({ TableName: tableName, Key: outboxKey(id), ConsistentRead: true }))).Item,
      ),
    );
    return items.flatMap((item): OutboxEntry[] => (item ? [fromOutboxItem(item)] : []));
  },

  async eraseRegistration({ subject, history, emails, added }) {
    const rewrites = [
      ...history.entries.map((h) => rewritten(tableName, registrationHistoryItem(history.eventId, h))),
      ...emailElements(tableName, emails),
    ];
    const last: Element[] = [
      {
        Put: {
          TableName: tableName,
          Item: registrationItem(subject.after),
          ConditionExpression: '#version = :version AND #status = :status',
          ExpressionAttributeNames: { '#version': 'version', '#status': 'status' },
          ExpressionAttributeValues: { ':version': subject.before.version, ':status': subject.before.status },
        },
      },
      { Put: { TableName: tableName, Item: registrationHistoryItem(history.eventId, added.entry), ConditionExpression: 'attribute_not_exists(PK)' } },
      ...added.outbox.map((entry) => outboxPut(entry, tableName)),
    ];
    await commitInOrder(rewrites, last);
  },

  async eraseInquiry({ subject, history, emails, added }) {
    const rewrites = [
      ...history.entries.map((h) => rewritten(tableName, inquiryHistoryItem(history.eventId, h))),
      ...emailElements(tableName, emails),
    ];
    const last: Element[] = [
      { Put: { TableName: tableName, Item: inquiryItem(subject.after), ...versioned(subject.before.version) } },
      { Put: { TableName: tableName, Item: inquiryHistoryItem(history.eventId, added.entry), ConditionExpression: 'attribute_not_exists(PK)' } },
      ...added.outbox.map((entry) => outboxPut(entry, tableName)),
    ];
    await commitInOrder(rewrites, last);
  },
});
