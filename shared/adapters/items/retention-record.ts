/**
 * The retention job's record of one event's erasure (shared/domain/personal-data/retention-job.ts): `EVENT#<id>` /
 * `RETENTION`, holding `startedAt`, `finishedAt` once done, `runs` and `counts` (items changed by kind, documents).
 */
import type { RetentionRecord } from '../../domain/personal-data/retention-rules.ts';
import { eventPk } from '../table.ts';
import type { Item } from './item.ts';

export const RETENTION_RECORD_TYPE = 'retention';
export const retentionRecordKey = (eventId: string) => ({ PK: eventPk(eventId), SK: 'RETENTION' });

export const fromRetentionRecordItem = (item: Item): RetentionRecord => ({
  eventId: String(item.eventId),
  startedAt: String(item.startedAt),
  ...(item.finishedAt ? { finishedAt: String(item.finishedAt) } : {}),
  counts: (item.counts ?? {}) as RetentionRecord['counts'],
  runs: Number(item.runs ?? 0),
});

/** A check-in item (`EVENT#<id>` / `CHECKIN#<registrationId>`), written by the check-in routes. */
export const CHECK_IN_SK_PREFIX = 'CHECKIN#';
