/**
 * The mailer handler as Lambda runs it, on a table of its own in DynamoDB Local (no stream reader feeds it, so
 * these tests alone decide what it sees) and in front of a fake SES that records every SES v2 SendEmail.
 */
import type { DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createOwnTable } from '../support/own-table.ts';
import { manualClock } from '../../shared/domain/clock.ts';
import type { OutboxEntry } from '../../shared/domain/notifications/outbox.ts';
import { lambdaContext } from '../../local/lambda-context.ts';
import { sampleEntry, sampleLinks, sampleStoredEvent } from '../unit/email-samples.ts';
import { startFakeSes } from './notifications-fake-ses.ts';

const TABLE = 'plenary-notifications-mailer';
const fakeSes = await startFakeSes();
// Set before the handler and the adapters are imported: they read their configuration once.
process.env.SES_ENDPOINT = fakeSes.endpoint;
process.env.TABLE_NAME = TABLE;
process.env.SES_CONFIGURATION_SET = 'plenary-test';

const { handler } = await import('../../functions/notifications/outbox-mailer.ts');
const { handler: sweepHandler } = await import('../../functions/notifications/outbox-retry-sweep.ts');
const { sweepDependencies } = await import('../../functions/notifications/sweep-dependencies.ts');
const { handler: feedbackHandler } = await import('../../functions/notifications/ses-feedback.ts');
const { recordedSendConfirmations } = await import('../../shared/adapters/ses-send-confirmations.ts');
const { sesFeedbackSnsEvent } = await import('../../shared/adapters/ses-feedback.ts');
const { dynamoOutboxStore, emailDeliveryCounts, outboxPut } = await import('../../shared/adapters/outbox.ts');
const { dynamoEventStore } = await import('../../shared/adapters/events-store.ts');
const { dynamoSuppressionList } = await import('../../shared/adapters/suppression-list.ts');
const { documentClient } = await import('../../shared/adapters/dynamo.ts');
const { makeRedriveEmails, makeRetryStuckEmails } = await import('../../shared/domain/notifications/outbox-redrive.ts');
const { makeDeliverOutboxEntry, RetryableDeliveryError } = await import('../../shared/domain/notifications/outbox-delivery.ts');
const { outboxMessageComposer } = await import('../../shared/email/compose-message.ts');
const { TransactWriteCommand, UpdateCommand } = await import('@aws-sdk/lib-dynamodb');
const { observeDynamoCalls } = await import('../../shared/adapters/dynamo-call-meter.ts');

const store = dynamoOutboxStore(TABLE);
const EVENT_ID = `mailer-${Date.now().toString(36)}`;
let sequence = 0;

const write = async (entry: OutboxEntry) => {
  await documentClient().send(new TransactWriteCommand({ TransactItems: [outboxPut(entry, TABLE)] }));
  return entry;
};

/** The stream record Lambda would hand over for this entry (the handler reads only the new image's keys). */
const recordOf = (entry: OutboxEntry, eventName: 'INSERT' | 'MODIFY' = 'INSERT'): DynamoDBRecord => ({
  eventID: `e${++sequence}`,
  eventName,
  eventSource: 'aws:dynamodb',
  dynamodb: {
    SequenceNumber: String(100_000 + sequence),
    NewImage: { type: { S: 'outbox' }, id: { S: entry.id }, eventId: { S: entry.eventId }, status: { S: 'pending' } },
  },
});

const invoke = (records: DynamoDBRecord[]) => handler({ Records: records } as DynamoDBStreamEvent, lambdaContext('plenary-outbox-mailer', 60_000));

const newEntry = (
  email: string,
  kind: 'registration-received' | 'registration-confirmed' = 'registration-received',
  extra: Partial<OutboxEntry> = {},
) =>
  write({
    ...sampleEntry(kind, 'en', {
      eventId: EVENT_ID,
      to: { email, name: 'Ana Pérez' },
      id: `01K${crypto
        .randomUUID()
        .replace(/-/g, '')
        .slice(0, 23)
        .toUpperCase()
        .replace(/[ILOU]/g, '0')}`,
    }),
    ...extra,
  });

const unique = (label: string) => `${label}-${Math.random().toString(36).slice(2, 8)}@example.org`;

beforeAll(async () => {
  await createOwnTable(TABLE);
  await dynamoEventStore(TABLE).put(sampleStoredEvent(EVENT_ID));
});

beforeEach(() => fakeSes.answerWith(() => 'ok'));

afterAll(() => fakeSes.close());

describe('the mailer', () => {
  it('sends a new entry from the configured identity, through the configuration set, and marks it sent', async () => {
    const entry = await newEntry(unique('ana'));
    expect(await invoke([recordOf(entry)])).toEqual({ batchItemFailures: [] });
    const [sent, ...more] = fakeSes.acceptedFor(entry.id);
    expect(more).toEqual([]);
    expect(sent).toMatchObject({
      destination: entry.to.email,
      recipients: 1,
      configurationSet: 'plenary-test',
      source: 'no-reply@plenary.example.org',
      tag: `${entry.id}_1`,
    });
    const mail = await simpleParser(sent!.raw);
    expect(mail.subject).toMatch(/^SACM7-D-0042 · Registration received/);
    expect(mail.from?.value).toEqual([{ address: 'no-reply@plenary.example.org', name: 'SACM Technical Secretariat' }]);
    expect(mail.headers.get('x-plenary-outbox-id')).toBe(entry.id);
    expect(mail.text).toContain('SACM7-D-0042');
    const stored = await store.get(entry.id);
    expect(stored).toMatchObject({ status: 'sent', attempts: 1, sesMessageId: expect.stringMatching(/^fake-/) });
    expect(stored?.sendingUntil).toBeUndefined();
  });

  it('sends one email for a stream record delivered twice, in one batch and again later', async () => {
    const entry = await newEntry(unique('twice'));
    const record = recordOf(entry);
    const first = await invoke([record, record]);
    // The copy that found the entry being sent is retried, and its retry finds it sent.
    for (let i = 0; i < first.batchItemFailures.length; i += 1) expect(await invoke([record])).toEqual({ batchItemFailures: [] });
    expect(await invoke([record])).toEqual({ batchItemFailures: [] });
    expect(fakeSes.acceptedFor(entry.id)).toHaveLength(1);
  });

  it('retries a throttled send instead of dropping it', async () => {
    const entry = await newEntry(unique('throttled'));
    fakeSes.answerWith(() => 'throttle');
    const record = recordOf(entry);
    expect(await invoke([record])).toEqual({ batchItemFailures: [{ itemIdentifier: record.dynamodb!.SequenceNumber }] });
    // The SES adapter already retried with backoff inside the invocation (a throttle is an answer: SES took nothing).
    expect(fakeSes.attempts.filter((e) => e.outboxId === entry.id).length).toBe(3);
    expect(await store.get(entry.id)).toMatchObject({ status: 'sending', lastError: 'TooManyRequestsException' });

    fakeSes.answerWith(() => 'ok');
    expect(await invoke([record])).toEqual({ batchItemFailures: [] });
    expect(fakeSes.acceptedFor(entry.id)).toHaveLength(1);
    expect(await store.get(entry.id)).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('lets neither a rejected address nor a throttled one hold back or lose the rest of the batch', async () => {
    const [ok1, rejected, throttled, ok2] = await Promise.all([
      newEntry(unique('ok1')),
      newEntry(unique('rejected')),
      newEntry(unique('throttled')),
      newEntry(unique('ok2')),
    ]);
    fakeSes.answerWith((email) =>
      email.destination === rejected!.to.email ? 'reject' : email.destination === throttled!.to.email ? 'throttle' : 'ok',
    );
    const records = [ok1!, rejected!, throttled!, ok2!].map((e) => recordOf(e));
    const result = await invoke(records);
    expect(result.batchItemFailures).toEqual([{ itemIdentifier: records[2]!.dynamodb!.SequenceNumber }]);
    expect(fakeSes.acceptedFor(ok1!.id)).toHaveLength(1);
    expect(fakeSes.acceptedFor(ok2!.id)).toHaveLength(1);
    expect(await store.get(rejected!.id)).toMatchObject({ status: 'failed', lastError: 'MessageRejected' });

    // Lambda retries from the first failed record on; only the throttled one is sent again, once.
    fakeSes.answerWith(() => 'ok');
    expect(await invoke(records.slice(2))).toEqual({ batchItemFailures: [] });
    expect(fakeSes.acceptedFor(throttled!.id)).toHaveLength(1);
    expect(fakeSes.acceptedFor(ok2!.id)).toHaveLength(1);
    expect(fakeSes.acceptedFor(rejected!.id)).toHaveLength(0);
  });

  it('sends nothing to a suppressed address, and counts the entry as suppressed', async () => {
    const email = unique('bounced');
    await dynamoSuppressionList(TABLE).put({ email, reason: 'bounce:Permanent/General', at: new Date().toISOString() });
    const before = await emailDeliveryCounts(EVENT_ID, store);
    const entry = await newEntry(email.toUpperCase());
    expect(await invoke([recordOf(entry)])).toEqual({ batchItemFailures: [] });
    expect(fakeSes.attempts.filter((e) => e.outboxId === entry.id)).toEqual([]);
    expect(await store.get(entry.id)).toMatchObject({ status: 'suppressed', lastError: 'bounce:Permanent/General' });
    expect(await emailDeliveryCounts(EVENT_ID, store)).toEqual({ undelivered: before.undelivered, suppressed: before.suppressed + 1 });
  });

  it('redrives failed entries and never sends a sent one again', async () => {
    const rejected = await newEntry(unique('redrive-failed'));
    const sent = await newEntry(unique('redrive-sent'));
    fakeSes.answerWith((email) => (email.destination === rejected.to.email ? 'reject' : 'ok'));
    await invoke([recordOf(rejected), recordOf(sent)]);
    expect(await store.get(rejected.id)).toMatchObject({ status: 'failed' });

    fakeSes.answerWith(() => 'ok');
    const result = await makeRedriveEmails({ outbox: store, clock: { now: () => new Date() } })(EVENT_ID, { stuckAfterMinutes: 60 });
    expect(result.requeued).toBeGreaterThanOrEqual(1);
    expect(await store.get(rejected.id)).toMatchObject({ status: 'pending', redrivenAt: expect.any(String) });
    expect(await store.get(sent.id)).toMatchObject({ status: 'sent' });
    // The stream hands the requeued entry (a MODIFY back to pending) to the mailer again.
    await invoke([recordOf(rejected, 'MODIFY'), recordOf(sent, 'MODIFY')]);
    expect(fakeSes.acceptedFor(rejected.id)).toHaveLength(1);
    expect(fakeSes.acceptedFor(sent.id)).toHaveLength(1);
  });
});

describe('claims', () => {
  const clock = manualClock('2026-06-01T12:00:00Z');
  const recording = () => {
    const calls: string[] = [];
    return { calls, mailer: { send: async ({ to }: { to: string }) => (calls.push(to), { messageId: `rec-${calls.length}` }) } };
  };
  const deliverWith = (mailer: { send(m: { to: string }): Promise<{ messageId: string }> }) =>
    makeDeliverOutboxEntry({
      outbox: store,
      suppressions: dynamoSuppressionList(TABLE),
      events: dynamoEventStore(TABLE),
      compose: outboxMessageComposer({ fromAddress: 'no-reply@example.org', links: sampleLinks }),
      mailer,
      clock,
    });

  it('a live claim is left to its mailer; a lapsed one (the mailer died) is taken over', async () => {
    const entry = await newEntry(unique('lapsed'));
    const claim = await store.claim(entry, clock.now(), 60_000);
    expect(claim.claimed).toBe(true);
    const { calls, mailer } = recording();
    const deliver = deliverWith(mailer);
    await expect(deliver(entry)).rejects.toBeInstanceOf(RetryableDeliveryError);
    expect(calls).toEqual([]);
    clock.advance(61_000);
    expect(await deliver(entry)).toBe('sent');
    expect(calls).toEqual([entry.to.email]);
    // The first mailer waking up cannot record an outcome over the second one's.
    expect(claim.claimed && (await store.markSent(entry, claim.token, 'late', clock.now()))).toBe(false);
    expect(await store.get(entry.id)).toMatchObject({ status: 'sent', sesMessageId: 'rec-1', attempts: 2 });
  });

  it('two mailers racing for one entry send one email', async () => {
    const entry = await newEntry(unique('race'));
    const { calls, mailer } = recording();
    const deliver = deliverWith(mailer);
    const outcomes = await Promise.allSettled([deliver(entry), deliver(entry), deliver(entry)]);
    expect(outcomes.filter((o) => o.status === 'fulfilled' && o.value === 'sent')).toHaveLength(1);
    expect(calls).toHaveLength(1);
  });
});

describe('what an email costs in DynamoDB', () => {
  /** Every call the handler makes while `run` runs: operation and partition key. */
  const callsDuring = async (run: () => Promise<unknown>) => {
    const calls: { operation: string; pk: string; units: number; error?: string }[] = [];
    const stop = observeDynamoCalls((call) => {
      const pk = (call.input.Key as { PK?: unknown } | undefined)?.PK;
      const seen = { operation: call.operation, pk: typeof pk === 'string' ? pk : '', units: call.capacityUnits };
      calls.push({ ...seen, ...(call.error ? { error: call.error } : {}) });
    });
    try {
      await run();
    } finally {
      stop();
    }
    return calls;
  };

  it("claims, checks the suppression list and marks each email; its event's configuration is read once for the batch", async () => {
    const eventId = `${EVENT_ID}-costs`;
    await dynamoEventStore(TABLE).put(sampleStoredEvent(eventId));
    const entries = await Promise.all([1, 2, 3].map((i) => newEntry(unique(`costs-${i}`), 'registration-received', { eventId })));
    const calls = await callsDuring(async () => expect(await invoke(entries.map((e) => recordOf(e)))).toEqual({ batchItemFailures: [] }));
    for (const entry of entries) {
      expect(fakeSes.acceptedFor(entry.id)).toHaveLength(1);
      // The claim rewrites the entry in place in GSI2 (pending and sending share a partition): 1 unit for the item, 1
      // for the index. The mark moves it to the sent partition: 1 for the item, 2 for the index (a delete and a put).
      const writes = calls.filter((c) => c.pk === `OUTBOX#${entry.id}`);
      expect(writes.map((c) => [c.operation, c.units])).toEqual([
        ['UpdateItem', 2],
        ['UpdateItem', 3],
      ]);
    }
    expect(calls.filter((c) => c.pk.startsWith('SUPPRESSED#')).map((c) => c.operation)).toEqual(['GetItem', 'GetItem', 'GetItem']);
    expect(calls.filter((c) => c.pk === `EVENT#${eventId}`).map((c) => c.operation)).toEqual(['GetItem']);
    expect(calls).toHaveLength(3 * 3 + 1);
  });

  it('a record for an entry already sent costs one refused claim, and no read of the entry', async () => {
    const entry = await newEntry(unique('costs-again'));
    await invoke([recordOf(entry)]);
    const calls = await callsDuring(async () => expect(await invoke([recordOf(entry, 'MODIFY')])).toEqual({ batchItemFailures: [] }));
    expect(calls).toEqual([{ operation: 'UpdateItem', pk: `OUTBOX#${entry.id}`, units: 0, error: 'ConditionalCheckFailedException' }]);
    expect(fakeSes.acceptedFor(entry.id)).toHaveLength(1);
  });

  it('a claim lost to another mailer is retried without a read, and the email is sent once', async () => {
    const entry = await newEntry(unique('costs-lost'));
    const record = recordOf(entry);
    const other = await store.claim(entry, new Date(), 60_000);
    if (!other.claimed) throw new Error('not claimed');
    const calls = await callsDuring(async () =>
      expect(await invoke([record])).toEqual({ batchItemFailures: [{ itemIdentifier: record.dynamodb!.SequenceNumber }] }),
    );
    expect(calls).toEqual([{ operation: 'UpdateItem', pk: `OUTBOX#${entry.id}`, units: 0, error: 'ConditionalCheckFailedException' }]);
    // The other mailer sends and marks it; the retried record then finds it sent.
    expect(await store.markSent(entry, other.token, 'other-mailer', new Date())).toBe(true);
    expect(await invoke([record])).toEqual({ batchItemFailures: [] });
    expect(fakeSes.attemptsFor(entry.id)).toEqual([]);
    expect(await store.get(entry.id)).toMatchObject({ status: 'sent', sesMessageId: 'other-mailer', attempts: 1 });
  });

  it('a record for an entry that does not exist is done, after one read to be sure', async () => {
    const ghost = sampleEntry('registration-received', 'en', { eventId: EVENT_ID, id: '01KNOSUCHENTRY00000000000X' });
    const calls = await callsDuring(async () => expect(await invoke([recordOf(ghost)])).toEqual({ batchItemFailures: [] }));
    expect(calls.map((c) => c.operation)).toEqual(['UpdateItem', 'GetItem']);
  });
});

describe('pending and sending share a GSI2 partition', () => {
  it('an entry being sent is listed and counted as sending, not pending, page by page', async () => {
    const eventId = `${EVENT_ID}-shared`;
    const entries = [];
    for (let i = 0; i < 5; i += 1) entries.push(await newEntry(unique(`shared-${i}`), 'registration-received', { eventId }));
    // One createdAt for all (the sample's): the index orders them by id.
    const claimedIds = [entries[0]!, entries[2]!, entries[3]!].map((e) => e.id).sort();
    for (const id of claimedIds) expect((await store.claim({ id, eventId }, new Date(), 60_000)).claimed).toBe(true);
    const pendingIds = entries
      .map((e) => e.id)
      .filter((id) => !claimedIds.includes(id))
      .sort();

    const all = async (status: 'pending' | 'sending', limit: number) => {
      const ids: string[] = [];
      let cursor: string | undefined;
      for (let pages = 0; pages < 10; pages += 1) {
        const page = await store.listByStatus(eventId, status, { limit, ...(cursor ? { cursor } : {}) });
        expect(page.items.length).toBeLessThanOrEqual(limit);
        ids.push(...page.items.map((e) => e.id));
        if (!page.nextCursor) return ids;
        cursor = page.nextCursor;
      }
      throw new Error('too many pages');
    };
    for (const limit of [1, 2, 100]) {
      expect(await all('sending', limit)).toEqual(claimedIds);
      expect(await all('pending', limit)).toEqual(pendingIds);
    }
    expect(await store.countByStatus(eventId, 'sending')).toBe(3);
    expect(await store.countByStatus(eventId, 'pending')).toBe(2);
    expect(await emailDeliveryCounts(eventId, store)).toEqual({ undelivered: 5, suppressed: 0 });
    expect((await store.listUndelivered(eventId)).map((e) => e.id).sort()).toEqual(entries.map((e) => e.id).sort());
  });

  it('a claim made before they shared one (GSI2PK ...#OUTBOX#sending) is still found, redriven and sent once', async () => {
    const eventId = `${EVENT_ID}-legacy`;
    await dynamoEventStore(TABLE).put(sampleStoredEvent(eventId));
    const entry = await newEntry(unique('legacy'), 'registration-received', { eventId });
    // As the claim used to leave it: sending, in its own partition, with a lease that lapsed (its mailer died).
    await documentClient().send(
      new UpdateCommand({
        TableName: TABLE,
        Key: { PK: `OUTBOX#${entry.id}`, SK: 'OUTBOX' },
        UpdateExpression: 'SET #status = :sending, GSI2PK = :legacy, sendingUntil = :lapsed, claimToken = :token, attempts = :one',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':sending': 'sending',
          ':legacy': `EVENT#${eventId}#OUTBOX#sending`,
          ':lapsed': '2026-01-01T00:00:00.000Z',
          ':token': 'old',
          ':one': 1,
        },
      }),
    );
    expect(await store.countByStatus(eventId, 'sending')).toBe(1);
    expect((await store.listUndelivered(eventId)).map((e) => e.id)).toEqual([entry.id]);
    expect(await makeRedriveEmails({ outbox: store, clock: { now: () => new Date() } })(eventId, { stuckAfterMinutes: 0 })).toMatchObject({
      requeued: 1,
    });
    expect(await store.countByStatus(eventId, 'sending')).toBe(0);
    expect(await invoke([recordOf(entry, 'MODIFY')])).toEqual({ batchItemFailures: [] });
    expect(fakeSes.acceptedFor(entry.id)).toHaveLength(1);
    expect(await store.get(entry.id)).toMatchObject({ status: 'sent' });
    expect((await store.listByStatus(eventId, 'sent', { limit: 10 })).items.map((e) => e.id)).toEqual([entry.id]);
  });
});

describe('a slow or absent SES: one copy per owed email', () => {
  /** The scheduled sweep as deployed (real clock), and the same sweep at a moment of the test's choosing. */
  const sweepNow = () => sweepHandler({}, lambdaContext('plenary-outbox-retry-sweep', 60_000));
  const sweepAt = (at: Date) => makeRetryStuckEmails({ ...sweepDependencies(), clock: manualClock(at) })();
  const minutesAfter = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * 60_000);
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  /** Owed just now: the sweep retries an email by itself for 24 hours after it was owed. */
  const owedNow = (label: string) => newEntry(unique(label), 'registration-received', { createdAt: new Date().toISOString() });
  // After a request SES did not answer, the mailer pauses for a second (records fail fast and are retried): start past it.
  beforeEach(() => sleep(1_100));

  it('SES takes the email but answers after the timeout: one copy across the first attempt, stream redeliveries and sweeps', async () => {
    const entry = await owedNow('slow');
    const record = recordOf(entry);
    fakeSes.answerWith(() => 'late');
    // The SDK gives up after its 5 s request timeout; it must not send the message again.
    expect(await invoke([record])).toEqual({ batchItemFailures: [] });
    expect(fakeSes.attemptsFor(entry.id)).toHaveLength(1);
    expect(fakeSes.acceptedFor(entry.id)).toHaveLength(1);
    const uncertain = await store.get(entry.id);
    expect(uncertain).toMatchObject({
      status: 'uncertain',
      attempts: 1,
      attemptedAt: expect.any(String),
      messageTag: `${entry.id}_1`,
      lastError: 'TimeoutError',
    });
    expect(fakeSes.attemptsFor(entry.id)[0]!.tag).toBe(`${entry.id}_1`);
    // The console lists it, and counts it as not delivered.
    expect((await store.listByStatus(EVENT_ID, 'uncertain', { limit: 100 })).items.map((e) => e.id)).toContain(entry.id);

    // Stream redeliveries (Lambda retrying the batch, a MODIFY) find it uncertain and send nothing.
    fakeSes.answerWith(() => 'ok');
    await sleep(1_100);
    expect(await invoke([record])).toEqual({ batchItemFailures: [] });
    expect(await invoke([recordOf(entry, 'MODIFY')])).toEqual({ batchItemFailures: [] });
    expect(fakeSes.attemptsFor(entry.id)).toHaveLength(1);

    // The sweep finds the message in SES's record of what it took: sent, with SES's message id, nothing resent.
    await sweepNow();
    expect(await store.get(entry.id)).toMatchObject({ status: 'sent', sesMessageId: fakeSes.acceptedFor(entry.id)[0]!.messageId });
    await sweepAt(minutesAfter(uncertain!.attemptedAt!, 60));
    await sweepAt(minutesAfter(uncertain!.attemptedAt!, 23 * 60));
    expect(await invoke([recordOf(entry, 'MODIFY')])).toEqual({ batchItemFailures: [] });
    expect(fakeSes.attemptsFor(entry.id)).toHaveLength(1);
    expect(fakeSes.acceptedFor(entry.id)).toHaveLength(1);
  });

  it('several late answers in one batch: each email once, and all of them settled by the sweep', async () => {
    const entries = await Promise.all([1, 2, 3].map((i) => owedNow(`slow-batch-${i}`)));
    fakeSes.answerWith(() => 'late');
    expect(await invoke(entries.map((e) => recordOf(e)))).toEqual({ batchItemFailures: [] });
    fakeSes.answerWith(() => 'ok');
    await sleep(1_100);
    expect(await invoke(entries.map((e) => recordOf(e)))).toEqual({ batchItemFailures: [] });
    await sweepNow();
    await sweepNow();
    for (const entry of entries) {
      expect(fakeSes.acceptedFor(entry.id), entry.id).toHaveLength(1);
      expect(await store.get(entry.id)).toMatchObject({ status: 'sent' });
    }
  });

  it('SES never took the email and never answered: sent again once, only after the confirmation window', async () => {
    const entry = await owedNow('lost');
    fakeSes.answerWith(() => 'lost');
    expect(await invoke([recordOf(entry)])).toEqual({ batchItemFailures: [] });
    const { attemptedAt } = (await store.get(entry.id))!;
    expect(await store.get(entry.id)).toMatchObject({ status: 'uncertain' });
    expect(fakeSes.acceptedFor(entry.id)).toHaveLength(0);

    // No confirmation yet, but the window is still open: the sweep waits rather than risk a second copy.
    fakeSes.answerWith(() => 'ok');
    await sweepNow();
    await sweepAt(minutesAfter(attemptedAt!, 14));
    expect(await store.get(entry.id)).toMatchObject({ status: 'uncertain' });

    // Past the window with no confirmation: SES did not take it, so it goes back to pending and is sent once.
    await sweepAt(minutesAfter(attemptedAt!, 16));
    expect(await store.get(entry.id)).toMatchObject({ status: 'pending' });
    await sleep(1_100); // the mailer's pause after an unanswered request
    expect(await invoke([recordOf(entry, 'MODIFY')])).toEqual({ batchItemFailures: [] });
    await sweepAt(minutesAfter(attemptedAt!, 40));
    expect(await invoke([recordOf(entry, 'MODIFY')])).toEqual({ batchItemFailures: [] });
    expect(fakeSes.acceptedFor(entry.id)).toHaveLength(1);
    expect(await store.get(entry.id)).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('SES refusing connections or answering 500: every email is sent once SES is back, none lost', async () => {
    const entries = await Promise.all([1, 2, 3].map((i) => owedNow(`refused-${i}`)));
    const records = entries.map((e) => recordOf(e));
    await fakeSes.stop();
    try {
      // The stream retries each record a few times while SES is down, then gives up on it (the DLQ).
      for (let i = 0; i < 3; i += 1) expect((await invoke(records)).batchItemFailures).toHaveLength(3);
    } finally {
      await fakeSes.start();
    }
    expect(fakeSes.accepted.filter((e) => entries.some((x) => x.id === e.outboxId))).toEqual([]);

    // SES answers 500 for a while: the adapter retries it (SES did not take it), then the record is retried.
    await sleep(1_100);
    fakeSes.answerWith(() => 'error500');
    expect((await invoke([records[0]!])).batchItemFailures).toHaveLength(1);
    expect(fakeSes.attemptsFor(entries[0]!.id)).toHaveLength(3);

    // SES is back; no stream record is left, so the sweep re-queues what got stuck, and each is sent once.
    fakeSes.answerWith(() => 'ok');
    const result = await sweepAt(new Date(Date.now() + 11 * 60_000));
    expect(result.requeued).toBeGreaterThanOrEqual(3);
    for (const entry of entries) expect(await store.get(entry.id)).toMatchObject({ status: 'pending' });
    expect(await invoke(entries.map((e) => recordOf(e, 'MODIFY')))).toEqual({ batchItemFailures: [] });
    await invoke(entries.map((e) => recordOf(e, 'MODIFY')));
    for (const entry of entries) {
      expect(fakeSes.acceptedFor(entry.id), entry.id).toHaveLength(1);
      expect(await store.get(entry.id)).toMatchObject({ status: 'sent' });
    }
  });
});

describe('in AWS, a Send event confirms an uncertain email', () => {
  const clock = manualClock(new Date());
  /** An entry whose send went unanswered, as the mailer leaves it (without waiting for a real timeout). */
  const uncertainEntry = async (label: string) => {
    const entry = await newEntry(unique(label), 'registration-received', { createdAt: clock.now().toISOString() });
    const claim = await store.claim(entry, clock.now(), 60_000);
    if (!claim.claimed) throw new Error('not claimed');
    const messageTag = `${entry.id}_1`;
    expect(
      await store.markUncertain(entry, claim.token, { reason: 'TimeoutError', attemptedAt: clock.now().toISOString(), messageTag }, clock.now()),
    ).toBe(true);
    return { entry, messageTag };
  };
  const sweepAfter = (minutes: number) =>
    makeRetryStuckEmails({
      outbox: store,
      events: { listAllIds: async () => [EVENT_ID] },
      confirmations: recordedSendConfirmations(store),
      clock: manualClock(new Date(clock.now().getTime() + minutes * 60_000)),
    })();
  const sendEvent = (tag: string, messageId: string) =>
    feedbackHandler(sesFeedbackSnsEvent({ type: 'Send', tag, messageId }), lambdaContext('plenary-ses-bounces', 30_000));

  it('the feedback worker records it on the entry, and the sweep marks the entry sent without sending again', async () => {
    const { entry, messageTag } = await uncertainEntry('aws-confirmed');
    expect(await sendEvent(messageTag, 'ses-aws-1')).toMatchObject({ confirmed: 1 });
    expect(await store.get(entry.id)).toMatchObject({ status: 'uncertain', confirmedMessageId: 'ses-aws-1', sendConfirmedAt: expect.any(String) });
    expect((await sweepAfter(1)).confirmed).toBeGreaterThanOrEqual(1);
    expect(await store.get(entry.id)).toMatchObject({ status: 'sent', sesMessageId: 'ses-aws-1' });
    expect(fakeSes.attemptsFor(entry.id)).toEqual([]);
  });

  it('without a Send event, the entry is sent again after the window; a Send event arriving late stops a second copy', async () => {
    const { entry, messageTag } = await uncertainEntry('aws-unconfirmed');
    await sweepAfter(5);
    expect(await store.get(entry.id)).toMatchObject({ status: 'uncertain' });
    await sweepAfter(16);
    expect(await store.get(entry.id)).toMatchObject({ status: 'pending' });
    // The Send event for the first attempt arrives before the mailer takes the entry again: it sends nothing.
    await sendEvent(messageTag, 'ses-aws-late');
    expect(await invoke([recordOf(entry, 'MODIFY')])).toEqual({ batchItemFailures: [] });
    expect(await store.get(entry.id)).toMatchObject({ status: 'sent', sesMessageId: 'ses-aws-late' });
    expect(fakeSes.attemptsFor(entry.id)).toEqual([]);
  });

  it('a Send event for an entry already sent, or for no entry of ours, changes nothing', async () => {
    const entry = await newEntry(unique('aws-sent'));
    await invoke([recordOf(entry)]);
    const before = await store.get(entry.id);
    await sendEvent(`${entry.id}_1`, 'ses-other');
    await sendEvent('01KNOSUCHENTRY000000000000_1', 'ses-none');
    expect(await store.get(entry.id)).toEqual(before);
    expect(await store.get('01KNOSUCHENTRY000000000000')).toBeUndefined();
  });
});
