/**
 * Functions that no route calls: stream consumers, schedules and SNS subscribers. Infra wires each to its
 * trigger; the local platform (local/) runs the same handlers from its stream reader and timers.
 */
import type { Worker } from '../shared/http/route-types.ts';

export const workers: readonly Worker[] = [
  {
    name: 'outbox-mailer',
    handler: 'notifications/outbox-mailer',
    capability: 'notifications',
    trigger: 'outbox-stream',
    // New outbox entries, and entries a redrive moved back to pending; never the mailer's own status changes.
    filterPattern: { eventName: ['INSERT', 'MODIFY'], dynamodb: { NewImage: { type: { S: ['outbox'] }, status: { S: ['pending'] } } } },
    access: { table: 'readWrite', ses: true },
  },
  // Emails whose stream retries ran out (SES down for a while) go back to pending by themselves.
  {
    name: 'outbox-retry-sweep',
    handler: 'notifications/outbox-retry-sweep',
    capability: 'notifications',
    trigger: 'schedule',
    schedule: 'rate(10 minutes)',
    access: { table: 'readWrite' },
  },
  { name: 'ses-bounces', handler: 'notifications/ses-feedback', capability: 'notifications', trigger: 'ses-notifications', access: { table: 'readWrite' } },
  // Waiting-list promotions owed by a change of limits whose request died before finishing them.
  {
    name: 'registration-promotions-sweep',
    handler: 'registration/promotions-sweep',
    capability: 'registration',
    trigger: 'schedule',
    schedule: 'rate(1 minute)',
    access: { table: 'readWrite' },
  },
  { name: 'press-reminder-sweep', handler: 'press/reminder-sweep', capability: 'press', trigger: 'schedule', schedule: 'rate(5 minutes)', access: { table: 'readWrite' } },
];
