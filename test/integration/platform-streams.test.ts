/** The stream reader hands table changes to workers as Lambda would: filtered, in the Lambda event shape. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { createStreamReader, type StreamReader } from '../../local/stream-reader.ts';
import { uniqueEventId } from '../support/api.ts';

const { dynamoEndpoint, tableName, baseUrl } = inject('platform');
const config = { endpoint: dynamoEndpoint, region: 'eu-west-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } };
const dynamo = new DynamoDBClient(config);
const documents = DynamoDBDocumentClient.from(dynamo);
const streams = new DynamoDBStreamsClient(config);

const received: DynamoDBStreamEvent[] = [];
let failNext = 0;
let reader: StreamReader;
let streamArn: string;

beforeAll(async () => {
  const { Table } = await dynamo.send(new DescribeTableCommand({ TableName: tableName }));
  streamArn = Table!.LatestStreamArn!;
  reader = createStreamReader({
    streams,
    streamArn,
    startAt: 'LATEST',
    maxRetries: 2,
    backoffMs: 10,
    workers: [
      {
        name: 'test-worker',
        filterPatterns: [{ eventName: ['INSERT'], dynamodb: { NewImage: { type: { S: ['stream-test'] } } } }],
        handle: async (event) => {
          received.push(event);
          if (failNext > 0) {
            failNext -= 1;
            return { batchItemFailures: [{ itemIdentifier: event.Records[0]!.dynamodb!.SequenceNumber! }] };
          }
          return { batchItemFailures: [] };
        },
      },
    ],
  });
  // The first drain reads the shards' positions, so LATEST starts before anything this test writes.
  await reader.drain();
  reader.start();
});

afterAll(async () => {
  await reader.stop();
  documents.destroy();
  streams.destroy();
});

const put = (item: Record<string, unknown>) => documents.send(new PutCommand({ TableName: tableName, Item: item }));

describe('the local stream reader', () => {
  it('hands an inserted item that matches a worker filter to that worker, and no other item', async () => {
    const marker = uniqueEventId('stream');
    await put({ PK: `TEST#${marker}`, SK: 'A', type: 'stream-test', marker });
    await put({ PK: `TEST#${marker}`, SK: 'B', type: 'something-else', marker });
    await reader.drain();

    const records = received.flatMap((e) => e.Records).filter((r) => r.dynamodb?.NewImage?.marker?.S === marker);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      eventName: 'INSERT',
      eventSource: 'aws:dynamodb',
      eventSourceARN: streamArn,
      dynamodb: { Keys: { PK: { S: `TEST#${marker}` }, SK: { S: 'A' } }, NewImage: { type: { S: 'stream-test' } } },
    });
  });

  it('retries a reported failure and dead-letters it after the last retry', async () => {
    const marker = uniqueEventId('stream');
    failNext = 3;
    await put({ PK: `TEST#${marker}`, SK: 'A', type: 'stream-test', marker });
    await reader.drain();
    const attempts = received.filter((e) => e.Records.some((r) => r.dynamodb?.NewImage?.marker?.S === marker));
    expect(attempts).toHaveLength(3);
    expect(reader.deadLetters).toEqual([expect.objectContaining({ worker: 'test-worker', sequenceNumbers: [expect.any(String)] })]);
  });

  it("drains the platform's own reader through POST /local/streams/drain", async () => {
    const response = await fetch(`${baseUrl}/local/streams/drain`, { method: 'POST' });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ drained: true });
  });
});
