/**
 * The retry sweep reports how many emails are overdue as the `OverdueEmails` metric (Powertools Metrics, CloudWatch
 * embedded metric format on stdout), which the OverdueEmails alarm watches. On a table of its own in DynamoDB Local,
 * so the count is exactly what this test planted, and with no stream reader, so nothing planted gets sent meanwhile.
 */
import type { ScheduledEvent } from 'aws-lambda';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createOwnTable } from '../support/own-table.ts';
import { lambdaContext } from '../../local/lambda-context.ts';
import type { OutboxEntry, OutboxStatus } from '../../shared/domain/notifications/outbox.ts';
import { sampleEntry, sampleStoredEvent } from '../unit/email-samples.ts';

const TABLE = 'plenary-overdue-metric';
// Set before the handler and the adapters are imported: they read their configuration once.
process.env.TABLE_NAME = TABLE;
process.env.POWERTOOLS_SERVICE_NAME = 'plenary-notifications';
delete process.env.POWERTOOLS_METRICS_DISABLED;
delete process.env.POWERTOOLS_DEV;

const { handler } = await import('../../functions/notifications/outbox-retry-sweep.ts');
const { outboxPut } = await import('../../shared/adapters/outbox.ts');
const { dynamoEventStore } = await import('../../shared/adapters/events-store.ts');
const { documentClient } = await import('../../shared/adapters/dynamo.ts');
const { TransactWriteCommand } = await import('@aws-sdk/lib-dynamodb');
const { METRICS_NAMESPACE, OVERDUE_EMAILS_METRIC } = await import('../../shared/observability/metrics.ts');

const EVENT_ID = `overdue-${Date.now().toString(36)}`;
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
let sequence = 0;

const plant = async (status: OutboxStatus, owedMinutesAgo: number, extra: Partial<OutboxEntry> = {}) => {
  const id = `01K${String(++sequence).padStart(23, '0')}`;
  const entry: OutboxEntry = {
    ...sampleEntry('registration-received', 'en', { eventId: EVENT_ID, id }),
    createdAt: minutesAgo(owedMinutesAgo),
    status,
    ...extra,
  };
  await documentClient().send(new TransactWriteCommand({ TransactItems: [outboxPut(entry, TABLE)] }));
};

/** The embedded-metric-format documents the handler printed while running. */
const runSweep = async () => {
  const printed: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    printed.push(String(chunk));
    return true;
  });
  try {
    await handler({} as ScheduledEvent, lambdaContext('plenary-outbox-retry-sweep', 60_000));
  } finally {
    spy.mockRestore();
  }
  return printed
    .flatMap((text) => text.split('\n'))
    .filter((line) => line.includes('"_aws"'))
    .map(
      (line) =>
        JSON.parse(line) as Record<string, unknown> & {
          _aws: { CloudWatchMetrics: { Namespace: string; Dimensions: string[][]; Metrics: { Name: string; Unit: string }[] }[] };
        },
    );
};

beforeAll(async () => {
  await createOwnTable(TABLE);
  await dynamoEventStore(TABLE).put(sampleStoredEvent(EVENT_ID));
});

afterEach(() => vi.restoreAllMocks());

describe('the retry sweep reports overdue emails', () => {
  it('emits OverdueEmails = 0 in the Plenary namespace, with the service dimension, when nothing is late', async () => {
    await plant('sent', 120);
    await plant('pending', 5);
    const [document, ...more] = await runSweep();
    expect(more).toEqual([]);
    const [directive] = document!._aws.CloudWatchMetrics;
    expect(directive).toMatchObject({
      Namespace: METRICS_NAMESPACE,
      Dimensions: [['service']],
      Metrics: [{ Name: OVERDUE_EMAILS_METRIC, Unit: 'Count' }],
    });
    expect(document).toMatchObject({ service: 'plenary-notifications', [OVERDUE_EMAILS_METRIC]: 0 });
  });

  it('counts undelivered entries owed more than 30 minutes ago, the ones it re-queues included', async () => {
    await plant('failed', 180);
    await plant('sending', 45, { sendingUntil: minutesAgo(-60) });
    await plant('pending', 40);
    await plant('failed', 3 * 24 * 60);
    const [document] = await runSweep();
    expect(document![OVERDUE_EMAILS_METRIC]).toBe(3);
  });
});
