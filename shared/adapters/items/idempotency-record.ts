/**
 * Idempotency records (written by Powertools, TTL `expiresAt`, 24 h): `IDEMPOTENCY#<operation>` / `<hash of
 * scope and key>`. One operation's records share the partition key, which is what its IAM grant is scoped to.
 */
export const idempotencyPk = (operation: string) => `IDEMPOTENCY#${operation}`;
export const IDEMPOTENCY_TTL_SECONDS = 24 * 60 * 60;

/**
 * A completed record written by us rather than Powertools: a receipt kept in the transaction of the change it answers
 * (shared/adapters/receipts.ts). The same attributes as a Powertools record (`status`, `data`, `validation`,
 * `expiresAt`), so the retention sweep and anyone reading the partition see one kind of record.
 */
export interface ReceiptRecord {
  PK: string;
  SK: string;
  status: 'COMPLETED';
  data: Record<string, unknown>;
  validation: string;
  expiresAt: number;
}

export const receiptRecord = (
  slot: { operation: string; id: string; validation: string },
  answer: Record<string, unknown>,
  nowSeconds: number,
): ReceiptRecord => ({
  PK: idempotencyPk(slot.operation),
  SK: slot.id,
  status: 'COMPLETED',
  data: answer,
  validation: slot.validation,
  expiresAt: nowSeconds + IDEMPOTENCY_TTL_SECONDS,
});
