/**
 * The daily retention job (functions/platform/personal-data-retention.ts): for every event, drops the body of emails
 * sent more than SENT_EMAIL_BODY_DAYS ago; once the event's erasure day has come, scrubs every stored thing that
 * holds personal data (retention-rules.ts) and deletes its documents, then records that the event is done. Then it
 * deletes the expired idempotency records of every idempotent operation (their stored responses can hold names, and
 * DynamoDB TTL may take days, or never run at all in DynamoDB Local).
 *
 * Bounded: at most `limit` writes per event per run, and `limit` idempotency records deleted per operation per run.
 * Resumable: every scrub is idempotent (a scrubbed item carries its mark and is left alone) and the event's
 * `RETENTION` record says whether it finished, so a run that stops early, or dies, is finished by the next one; a
 * finished event is skipped. Expired idempotency records left by a bounded run are simply found again the next day.
 */
import type { Clock } from '../clock.ts';
import type { EventConfig } from '../event-config.ts';
import {
  SENT_EMAIL_BODY_DAYS,
  addressesIn,
  isErasureDue,
  isIdempotencyRecordExpired,
  isSentBodyDue,
  scrub,
  withoutBody,
  type RetainedKind,
  type RetentionRecord,
} from './retention-rules.ts';

/** One stored thing, as the store read it: its kind, its value (keys taken off) and what the store needs to write it back. */
export interface StoredThing {
  kind: RetainedKind;
  value: Record<string, unknown>;
  ref: unknown;
}

export type RetentionCounts = RetentionRecord['counts'];

export interface RetentionStore {
  record(eventId: string): Promise<RetentionRecord | undefined>;
  /** Creates the record at the first run, counts every run. */
  begin(eventId: string, at: Date): Promise<void>;
  /** Adds these to the record's counts. */
  count(eventId: string, counts: RetentionCounts): Promise<void>;
  finish(eventId: string, at: Date): Promise<void>;
  /** Every stored thing of the event that can hold personal data: its partition, then its outbox entries. */
  things(eventId: string): AsyncIterable<StoredThing>;
  /** Sent outbox entries created before `createdBefore` that still hold their body. */
  sentWithBody(eventId: string, createdBefore: Date): AsyncIterable<StoredThing>;
  replace(thing: StoredThing, value: Record<string, unknown>): Promise<void>;
  remove(thing: StoredThing): Promise<void>;
  /**
   * Drops the address in clear from its suppression record, if there is one (the hashed key stays, so it still
   * suppresses), and the officer's name and free-text reason from this event's releases of it. Whether it changed anything.
   */
  forgetAddress(email: string, eventId: string): Promise<boolean>;
}

export interface DocumentEraser {
  /** Deletes up to `max` objects (every version of each) of the event's documents: how many, and whether none is left. */
  eraseEventDocuments(eventId: string, max: number): Promise<{ deleted: number; complete: boolean }>;
}

/** An idempotency record as the sweep read it: its expiry (epoch seconds) and what the store needs to delete it. */
export interface IdempotencyRecordRef {
  expiresAt: unknown;
  ref: unknown;
}

export interface IdempotencyRecordSweep {
  /** The records of this operation (`IDEMPOTENCY#<operation>`) that expired before `now`. */
  expired(operation: string, now: Date): AsyncIterable<IdempotencyRecordRef>;
  /** Deletes the record if it is still expired (a new request may have taken its key meanwhile): whether it did. */
  remove(record: IdempotencyRecordRef, now: Date): Promise<boolean>;
}

export interface RetentionDeps {
  events: { listAll(): Promise<EventConfig[]> };
  store: RetentionStore;
  documents: DocumentEraser;
  clock: Clock;
  /** Every idempotent operation (IDEMPOTENT_OPERATIONS) and where their records are: absent, none is swept. */
  idempotency?: { operations: readonly string[]; records: IdempotencyRecordSweep };
  /** Writes per event per run; idempotency records deleted per operation per run. */
  limit?: number;
}

export const DEFAULT_RETENTION_LIMIT = 500;
const DAY_MS = 24 * 60 * 60 * 1000;
/** Counts are flushed to the record this often, so a run that dies loses few of them. */
const FLUSH_EVERY = 50;

export interface RetentionOutcome {
  bodiesDropped: number;
  /** Events whose erasure finished in this run. */
  finished: string[];
  /** Events whose erasure this run advanced but did not finish (bounded). */
  unfinished: string[];
  /** Expired idempotency records deleted in this run, of every operation. */
  idempotencyRecordsDeleted: number;
}

export const makeEnforceRetention = ({ events, store, documents, clock, idempotency, limit = DEFAULT_RETENTION_LIMIT }: RetentionDeps) => {
  /** The expired records of every operation, at most `limit` per operation: a backlog is finished by the next runs. */
  async function sweepIdempotencyRecords(now: Date): Promise<number> {
    if (!idempotency) return 0;
    let deleted = 0;
    for (const operation of idempotency.operations) {
      let budget = limit;
      for await (const record of idempotency.records.expired(operation, now)) {
        if (budget <= 0) break;
        // The store's filter already said so; the rule decides, as for the sent bodies.
        if (!isIdempotencyRecordExpired(record.expiresAt, now)) continue;
        if (await idempotency.records.remove(record, now)) deleted++;
        budget--;
      }
    }
    return deleted;
  }

  async function dropSentBodies(eventId: string, now: Date): Promise<number> {
    let dropped = 0;
    // Created before the cutoff is necessary for sent before it; the rule checks the send time itself.
    for await (const thing of store.sentWithBody(eventId, new Date(now.getTime() - SENT_EMAIL_BODY_DAYS * DAY_MS))) {
      if (dropped >= limit) break;
      if (!isSentBodyDue(thing.value as { status: string }, now)) continue;
      await store.replace(thing, withoutBody(thing.value, now));
      dropped++;
    }
    return dropped;
  }

  async function erase(eventId: string, now: Date): Promise<boolean> {
    await store.begin(eventId, now);
    let budget = limit;
    let pending: RetentionCounts = {};
    let unflushed = 0;
    const add = (name: keyof RetentionCounts, n = 1) => {
      pending[name] = (pending[name] ?? 0) + n;
      unflushed += n;
    };
    const flush = async () => {
      if (Object.keys(pending).length) await store.count(eventId, pending);
      pending = {};
      unflushed = 0;
    };
    try {
      for await (const thing of store.things(eventId)) {
        const action = scrub(thing.kind, thing.value, now);
        if (action.do === 'keep') continue;
        if (budget <= 0) return false;
        // The suppression records first: once the item is scrubbed, its address is known nowhere any more.
        for (const address of addressesIn(thing.kind, thing.value)) if (await store.forgetAddress(address, eventId)) add('suppressions');
        if (action.do === 'delete') await store.remove(thing);
        else await store.replace(thing, action.value);
        add(thing.kind);
        budget--;
        if (unflushed >= FLUSH_EVERY) await flush();
      }
      if (budget <= 0) return false;
      const { deleted, complete } = await documents.eraseEventDocuments(eventId, budget);
      if (deleted) add('documents', deleted);
      if (!complete) return false;
      await flush();
      await store.finish(eventId, now);
      return true;
    } finally {
      await flush();
    }
  }

  return async (): Promise<RetentionOutcome> => {
    const now = clock.now();
    const outcome: RetentionOutcome = { bodiesDropped: 0, finished: [], unfinished: [], idempotencyRecordsDeleted: 0 };
    for (const event of await events.listAll()) {
      if (!isErasureDue(event, now)) {
        outcome.bodiesDropped += await dropSentBodies(event.id, now);
        continue;
      }
      // Only a due event has a record to read: most events cost one query a day.
      if ((await store.record(event.id))?.finishedAt) continue;
      const done = await erase(event.id, now);
      (done ? outcome.finished : outcome.unfinished).push(event.id);
    }
    outcome.idempotencyRecordsDeleted = await sweepIdempotencyRecords(now);
    return outcome;
  };
};
