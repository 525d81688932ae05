/**
 * The single table's key design. Keys say what they hold. See docs/architecture.md for the access patterns.
 *
 *   PK                      SK                       what
 *   EVENT#<eventId>         CONFIG                   the event configuration (GSI1: EVENTS / <startDate>#<eventId>)
 *   EVENT#<eventId>         COUNTER#...              counters (seats, per-delegation quota use, reference sequences)
 *   EVENT#<eventId>         REG#<ulid>               a registration
 *   EVENT#<eventId>         INQ#<ulid>               a press inquiry
 *   ...                     ...#HIST#<iso>#<ulid>    history entries of the item before it
 *   OUTBOX#<ulid>           OUTBOX                   an email owed (the mailer reads new ones from the stream)
 *   IDEMPOTENCY#<operation> <hashed key>             Powertools idempotency records of one operation (TTL)
 *
 * GSI1 (GSI1PK, GSI1SK): lists (events, registrations by status, inquiries by status).
 * GSI2 (GSI2PK, GSI2SK): time-ordered work (reminders due, undelivered emails, events whose promotions are due).
 * TTL attribute: `expiresAt` (epoch seconds) on rate-limit counters and idempotency records.
 */
export const TABLE_KEYS = {
  partitionKey: 'PK',
  sortKey: 'SK',
  gsi1: { name: 'GSI1', partitionKey: 'GSI1PK', sortKey: 'GSI1SK' },
  gsi2: { name: 'GSI2', partitionKey: 'GSI2PK', sortKey: 'GSI2SK' },
  ttlAttribute: 'expiresAt',
} as const;

export const eventPk = (eventId: string) => `EVENT#${eventId}`;
export const EVENT_CONFIG_SK = 'CONFIG';
export const EVENTS_GSI1PK = 'EVENTS';
/** GSI2 partition of event configurations whose waiting-list promotions are still owed (see configure-event.ts). */
export const PROMOTIONS_DUE_GSI2PK = 'PROMOTIONS-DUE';

/** One idempotent operation's records share this partition key, which is what its IAM grant is scoped to. */
export const idempotencyPk = (operation: string) => `IDEMPOTENCY#${operation}`;
