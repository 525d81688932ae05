/**
 * The single table's attribute names, and the event partition every event-scoped item shares. The key design
 * (every item's keys, why, and the access patterns) is written once, in docs/data-model.md; each stored entity's
 * keys and item mapping are in its own module under items/.
 */
export const TABLE_KEYS = {
  partitionKey: 'PK',
  sortKey: 'SK',
  gsi1: { name: 'GSI1', partitionKey: 'GSI1PK', sortKey: 'GSI1SK' },
  gsi2: { name: 'GSI2', partitionKey: 'GSI2PK', sortKey: 'GSI2SK' },
  ttlAttribute: 'expiresAt',
} as const;

/** The partition of one event: its configuration, registrations, claims, counters, waiting list and inquiries. */
export const eventPk = (eventId: string) => `EVENT#${eventId}`;
