/**
 * Functions that no route calls: stream consumers, schedules and SNS subscribers. Infra wires each to its
 * trigger; the local platform (local/) runs the same handlers from its stream reader and timers.
 */
import type { Capability, FunctionAccess } from '../shared/function-access.ts';

/** A function that is not behind a route: stream consumers, schedules, SNS subscribers. */
export interface Worker {
  name: string;
  /** Module under functions/, without extension, exporting `handler`: e.g. `notifications/outbox-mailer`. */
  handler: string;
  capability: Capability;
  trigger: 'outbox-stream' | 'schedule' | 'ses-notifications';
  access: FunctionAccess;
  /** Stream workers: the Lambda event filter pattern (infra gives it to the event source mapping; local applies it). */
  filterPattern?: Record<string, unknown>;
  /** Schedule workers: an EventBridge rate expression, e.g. `rate(5 minutes)`. */
  schedule?: string;
}

export const workers: readonly Worker[] = [
  {
    name: 'outbox-mailer',
    handler: 'notifications/outbox-mailer',
    capability: 'notifications',
    trigger: 'outbox-stream',
    // New outbox entries, and entries a redrive moved back to pending; never the mailer's own status changes.
    filterPattern: { eventName: ['INSERT', 'MODIFY'], dynamodb: { NewImage: { type: { S: ['outbox'] }, status: { S: ['pending'] } } } },
    // Claims, settles and releases entries (update; get after a lost claim), reads the suppression list and the event.
    access: { dynamodb: ['UpdateItem', 'GetItem'], ses: true, manageLinkKey: ['derives-manage-links'] },
  },
  // Emails whose stream retries ran out (SES down for a while) go back to pending by themselves.
  {
    name: 'outbox-retry-sweep',
    handler: 'notifications/outbox-retry-sweep',
    capability: 'notifications',
    trigger: 'schedule',
    schedule: 'rate(10 minutes)',
    // Lists undelivered entries (GSI2), re-reads an uncertain entry's recorded confirmation, re-queues or settles.
    access: { dynamodb: ['Query', 'GetItem', 'UpdateItem'] },
  },
  // Send events confirm uncertain sends (a conditional update of the outbox entry); bounces and complaints suppress.
  {
    name: 'ses-bounces',
    handler: 'notifications/ses-feedback',
    capability: 'notifications',
    trigger: 'ses-notifications',
    access: { dynamodb: ['PutItem', 'UpdateItem'] },
  },
  // Waiting-list promotions owed by a change of limits whose request died before finishing them.
  {
    name: 'registration-promotions-sweep',
    handler: 'registration/promotions-sweep',
    capability: 'registration',
    trigger: 'schedule',
    schedule: 'rate(1 minute)',
    // Promotions: the turn ticket, counters and waiting list, then one transaction per promotion (registration and
    // history and outbox puts, the WAIT# entry deleted, counters updated, the configuration checked); then the mark cleared.
    access: { dynamodb: ['Query', 'GetItem', 'UpdateItem', 'PutItem', 'DeleteItem', 'ConditionCheckItem'] },
  },
  {
    name: 'press-reminder-sweep',
    handler: 'press/reminder-sweep',
    capability: 'press',
    trigger: 'schedule',
    schedule: 'rate(5 minutes)',
    access: { dynamodb: ['Query', 'GetItem', 'PutItem'] },
  },
  // Focal points whose delegation has not submitted: reminded 3 days and 1 day before nominationsCloseAt, once each.
  {
    name: 'delegations-reminder-sweep',
    handler: 'delegations/deadline-reminders-sweep',
    capability: 'delegations',
    trigger: 'schedule',
    schedule: 'rate(1 hour)',
    // Lists the events (GSI1) and focal points, reads each dossier, writes it with the reminders (outbox puts).
    access: { dynamodb: ['Query', 'GetItem', 'PutItem'] },
  },
  // Personal data retention (docs/privacy.md): sent emails' bodies after 30 days, an event's personal data
  // `retention.personalDataDays` after its end, its notes verbales with every version.
  {
    name: 'personal-data-retention',
    handler: 'platform/personal-data-retention',
    capability: 'platform',
    trigger: 'schedule',
    schedule: 'rate(1 day)',
    // Lists the events (GSI1), reads and writes its RETENTION record, queries the event's partition and its outbox
    // entries (GSI2), writes scrubbed items back (Put), deletes email claims, drops addresses from suppression records;
    // queries each IDEMPOTENCY#<operation> partition and deletes its expired records (Query and DeleteItem, table-wide
    // already, so no `idempotency` grant: that one is a route's, for one operation, with Get/Put/Update it never calls).
    access: {
      dynamodb: ['Query', 'GetItem', 'PutItem', 'UpdateItem', 'DeleteItem'],
      s3: ['ListBucket', 'ListBucketVersions', 'DeleteObject', 'DeleteObjectVersion'],
    },
  },
];
