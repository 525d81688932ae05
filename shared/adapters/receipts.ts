/**
 * Idempotency kept inside the change's own transaction, for the registration (issue 15: three round trips at most).
 *
 * Powertools idempotency (shared/adapters/idempotency.ts) locks a key with one write before the work and completes it
 * with another after: two round trips around the one transaction that decides a registration. Here the transaction
 * itself is the lock: it writes the answer (the receipt) beside the registration, conditioned on the slot being free.
 * - the slot is not read on the common path: a repeated request runs like a new one until its transaction is refused
 *   by the slot's condition (AnsweredBefore), or by another condition or a refusal before it; only then is the slot
 *   read, and its answer replayed (the same body) or refused (another body: IdempotencyKeyReused, 422);
 * - two runs of one request racing each other: the transaction lets exactly one commit, and the other replays the
 *   winner's answer (where Powertools answered 409 in flight);
 * - a run that fails writes nothing, so its key stays free for the retry, as with Powertools.
 * Records have Powertools' shape and partition (`IDEMPOTENCY#<operation>`, TTL `expiresAt`), so the grants, the
 * retention sweep and the 24-hour window are the same for both kinds.
 */
import { createHash } from 'node:crypto';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { IdempotencyKeyReused } from '../domain/errors.ts';
import type { ReceiptSlot } from '../domain/registration/ports.ts';
import { documentClient } from './dynamo.ts';
import { env } from './env.ts';
import { idempotencyPk } from './items/idempotency-record.ts';

/** JSON with every object's keys sorted: the same body hashes the same, whatever order its fields came in. */
const canonicalJson = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
};

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64url');

export interface Receipts {
  /** The slot of one request: its operation, scope (e.g. the event) and client key; `payload` must match on replay. */
  slotOf(input: { key: string; scope: string; payload: unknown }): ReceiptSlot;
  /** The answer kept in the slot, if any and not expired; IdempotencyKeyReused when it was for another body. */
  find(slot: ReceiptSlot): Promise<Record<string, unknown> | undefined>;
}

export const receiptsOf = (operation: string, tableName = env.tableName): Receipts => ({
  slotOf: ({ key, scope, payload }) => ({
    operation,
    id: `${operation}#${sha256(`${scope}|${key}`)}`,
    validation: sha256(canonicalJson(payload)),
  }),
  find: async (slot) => {
    const { Item } = await documentClient().send(
      new GetCommand({ TableName: tableName, Key: { PK: idempotencyPk(slot.operation), SK: slot.id }, ConsistentRead: true }),
    );
    // TTL deletes within days, not at once: an expired record is treated as gone, as Powertools does.
    if (!Item || Item.status !== 'COMPLETED' || (Item.expiresAt as number) * 1000 <= Date.now()) return undefined;
    if (Item.validation !== slot.validation) throw new IdempotencyKeyReused();
    return Item.data as Record<string, unknown>;
  },
});
