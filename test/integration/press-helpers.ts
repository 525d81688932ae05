/** Shared bits of the press integration tests: a valid body, and reading what an inquiry wrote. */
import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '../../shared/adapters/dynamo.ts';
import { env } from '../../shared/adapters/env.ts';
import { outboxPk, OUTBOX_SK } from '../../shared/adapters/items/outbox-entry.ts';
import { eventPk } from '../../shared/adapters/table.ts';
import type { OutboxEntry } from '../../shared/domain/notifications/outbox.ts';
import type { EventConfigInput } from '../../shared/domain/event-config.ts';
import { api, createEvent, tokenFor, uniqueEventId } from '../support/api.ts';

export const inquiryBody = (over: Record<string, unknown> = {}) => ({
  journalist: { name: 'João Silva', email: 'joao@example.com', phone: '+55 11 5555 0100', outlet: 'Folha', country: 'BR' },
  topic: 'interview_request',
  language: 'pt',
  subject: 'Interview with the Regional Representative',
  message: 'Would the Regional Representative have 20 minutes on Thursday?',
  deadline: new Date(Date.now() + 3 * 24 * 3600 * 1000).toISOString(),
  ...over,
});

/** A fresh copy of the sample event under its own id. */
export const pressEvent = async (prefix: string, overrides: Partial<EventConfigInput> = {}) => {
  const eventId = uniqueEventId(prefix);
  const event = await createEvent(eventId, overrides);
  return { eventId, event };
};

export const submit = (eventId: string, body: unknown, headers: Record<string, string> = {}) =>
  api(`/events/${eventId}/inquiries`, { body, headers });

export const pressGet = async (eventId: string, id: string) => api(`/admin/events/${eventId}/inquiries/${id}`, { token: await tokenFor('press') });

export const outboxEntries = async (ids: string[]): Promise<OutboxEntry[]> =>
  Promise.all(
    ids.map(async (id) => {
      const { Item } = await documentClient().send(
        new GetCommand({ TableName: env.tableName, Key: { PK: outboxPk(id), SK: OUTBOX_SK }, ConsistentRead: true }),
      );
      return Item as unknown as OutboxEntry;
    }),
  );

/** The emails an inquiry has owed so far, from the outbox ids its history records. */
export const emailsOf = async (eventId: string, id: string): Promise<OutboxEntry[]> => {
  const { json } = await pressGet(eventId, id);
  return outboxEntries((json.history as { emails?: string[] }[]).flatMap((h) => h.emails ?? []));
};

/** Every item in the event's partition (config, inquiries, history, counters). */
export const partitionSize = async (eventId: string): Promise<number> => {
  let count = 0;
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const page = await documentClient().send(
      new QueryCommand({
        TableName: env.tableName,
        KeyConditionExpression: 'PK = :pk',
        ExpressionAttributeValues: { ':pk': eventPk(eventId) },
        Select: 'COUNT',
        ConsistentRead: true,
        ExclusiveStartKey,
      }),
    );
    count += page.Count ?? 0;
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return count;
};
