/**
 * Functions that no route calls: stream consumers, schedules and SNS subscribers. Infra wires each to its
 * trigger; the local platform (local/) runs the same handlers from its stream reader and timers.
 */
import type { Worker } from '../shared/http/route-types.ts';

export const workers: readonly Worker[] = [
  { name: 'press-reminder-sweep', handler: 'press/reminder-sweep', capability: 'press', trigger: 'schedule', schedule: 'rate(5 minutes)', access: { table: 'readWrite' } },
];
