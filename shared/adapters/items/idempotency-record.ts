/**
 * Idempotency records (written by Powertools, TTL `expiresAt`, 24 h): `IDEMPOTENCY#<operation>` / `<hash of
 * scope and key>`. One operation's records share the partition key, which is what its IAM grant is scoped to.
 */
export const idempotencyPk = (operation: string) => `IDEMPOTENCY#${operation}`;
export const IDEMPOTENCY_TTL_SECONDS = 24 * 60 * 60;
