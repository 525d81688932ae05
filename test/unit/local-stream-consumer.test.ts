import { describe, expect, it } from 'vitest';
import type { DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { streamConsumer, type DeadLetter } from '../../local/stream-consumer.ts';

const records = (...sequenceNumbers: string[]): DynamoDBRecord[] =>
  sequenceNumbers.map((n) => ({ eventName: 'INSERT', dynamodb: { SequenceNumber: n, NewImage: { type: { S: 'outbox' } } } }));

const sequences = (event: DynamoDBStreamEvent) => event.Records.map((r) => r.dynamodb?.SequenceNumber);

const options = (deadLetters: DeadLetter[], maxRetries = 2) => ({
  batchSize: 10,
  maxRetries,
  backoffMs: 1,
  deadLetters,
  log: () => undefined,
  isStopped: () => false,
});

describe('a local event source mapping (one stream worker)', () => {
  it('hands over only the records its filter matches, in batches of at most the batch size', async () => {
    const batches: (string | undefined)[][] = [];
    const consumer = streamConsumer(
      {
        name: 'mailer',
        filterPatterns: [{ dynamodb: { NewImage: { type: { S: ['outbox'] } } } }],
        handle: async (e) => void batches.push(sequences(e)),
      },
      { ...options([]), batchSize: 2 },
    );
    const other: DynamoDBRecord = { eventName: 'INSERT', dynamodb: { SequenceNumber: '9', NewImage: { type: { S: 'registration' } } } };
    expect(consumer.offer([...records('1', '2', '3'), other])).toBe(3);
    await consumer.settled();
    expect(batches).toEqual([['1', '2'], ['3']]);
  });

  it('retries from the first failed record, as Lambda does with ReportBatchItemFailures', async () => {
    const batches: (string | undefined)[][] = [];
    let calls = 0;
    const consumer = streamConsumer(
      {
        name: 'mailer',
        filterPatterns: [],
        handle: async (e) => {
          batches.push(sequences(e));
          calls += 1;
          return calls === 1 ? { batchItemFailures: [{ itemIdentifier: '3' }, { itemIdentifier: '2' }] } : { batchItemFailures: [] };
        },
      },
      options([]),
    );
    consumer.offer(records('1', '2', '3', '4'));
    await consumer.settled();
    expect(batches).toEqual([
      ['1', '2', '3', '4'],
      ['2', '3', '4'],
    ]);
  });

  it('retries a whole batch when the handler throws or names a record it was not given', async () => {
    const batches: (string | undefined)[][] = [];
    let calls = 0;
    const consumer = streamConsumer(
      {
        name: 'mailer',
        filterPatterns: [],
        handle: async (e) => {
          batches.push(sequences(e));
          calls += 1;
          if (calls === 1) throw new Error('SES down');
          if (calls === 2) return { batchItemFailures: [{ itemIdentifier: 'unknown' }] };
          return undefined;
        },
      },
      options([]),
    );
    consumer.offer(records('1', '2'));
    await consumer.settled();
    expect(batches).toEqual([
      ['1', '2'],
      ['1', '2'],
      ['1', '2'],
    ]);
  });

  it('after the last retry, sends what is left to the dead-letter list and goes on with later records', async () => {
    const deadLetters: DeadLetter[] = [];
    const seen: (string | undefined)[][] = [];
    const consumer = streamConsumer(
      {
        name: 'mailer',
        filterPatterns: [],
        handle: async (e) => {
          seen.push(sequences(e));
          return { batchItemFailures: e.Records.filter((r) => r.dynamodb?.SequenceNumber === '2').map(() => ({ itemIdentifier: '2' })) };
        },
      },
      { ...options(deadLetters, 2), batchSize: 3 },
    );
    consumer.offer(records('1', '2', '3', '4'));
    await consumer.settled();
    expect(deadLetters).toEqual([expect.objectContaining({ worker: 'mailer', sequenceNumbers: ['2', '3'] })]);
    // One try and two retries of the failed part, then the next batch.
    expect(seen).toEqual([['1', '2', '3'], ['2', '3'], ['2', '3'], ['4']]);
  });
});
