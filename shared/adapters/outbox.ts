/** Outbox items in the table. Writers add `outboxPut(entry)` to their own TransactWriteItems. */
import type { OutboxEntry } from '../domain/outbox.ts';
import { env } from './env.ts';

export const outboxPk = (id: string) => `OUTBOX#${id}`;
export const OUTBOX_SK = 'OUTBOX';
/** Stream event filters match on this attribute so the mailer sees only outbox entries. */
export const OUTBOX_ITEM_TYPE = 'outbox';

export const outboxItem = (entry: OutboxEntry) => ({
  PK: outboxPk(entry.id),
  SK: OUTBOX_SK,
  type: OUTBOX_ITEM_TYPE,
  // Undelivered entries per event, oldest first (console and redrive).
  GSI2PK: `EVENT#${entry.eventId}#OUTBOX#${entry.status}`,
  GSI2SK: `${entry.createdAt}#${entry.id}`,
  ...entry,
});

/** A TransactWriteItems element that creates the entry exactly once. */
export const outboxPut = (entry: OutboxEntry, tableName = env.tableName) => ({
  Put: {
    TableName: tableName,
    Item: outboxItem(entry),
    ConditionExpression: 'attribute_not_exists(PK)',
  },
});
