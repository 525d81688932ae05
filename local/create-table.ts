/**
 * The table's definition for DynamoDB Local, built from the same key constants (TABLE_KEYS) as the AWS
 * table in infra/, and an idempotent "create if missing" that also turns on TTL and the stream.
 */
import {
  CreateTableCommand,
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  ResourceNotFoundException,
  UpdateTimeToLiveCommand,
  type CreateTableCommandInput,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import { TABLE_KEYS } from '../shared/adapters/table.ts';

/**
 * The stream carries new images only: the outbox mailer (the one stream worker) reads the entry as
 * written. Switch to NEW_AND_OLD_IMAGES here and in infra/ if a worker ever needs the image before a change.
 */
export const STREAM_VIEW_TYPE = 'NEW_IMAGE' as const;

export const tableDefinition = (tableName: string): CreateTableCommandInput => {
  const { partitionKey, sortKey, gsi1, gsi2 } = TABLE_KEYS;
  const index = (g: typeof gsi1 | typeof gsi2) => ({
    IndexName: g.name,
    KeySchema: [
      { AttributeName: g.partitionKey, KeyType: 'HASH' as const },
      { AttributeName: g.sortKey, KeyType: 'RANGE' as const },
    ],
    Projection: { ProjectionType: 'ALL' as const },
  });
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [partitionKey, sortKey, gsi1.partitionKey, gsi1.sortKey, gsi2.partitionKey, gsi2.sortKey].map((name) => ({
      AttributeName: name,
      AttributeType: 'S' as const,
    })),
    KeySchema: [
      { AttributeName: partitionKey, KeyType: 'HASH' },
      { AttributeName: sortKey, KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: [index(gsi1), index(gsi2)],
    StreamSpecification: { StreamEnabled: true, StreamViewType: STREAM_VIEW_TYPE },
  };
};

const exists = async (client: DynamoDBClient, tableName: string): Promise<boolean> => {
  try {
    await client.send(new DescribeTableCommand({ TableName: tableName }));
    return true;
  } catch (error) {
    if (error instanceof ResourceNotFoundException) return false;
    throw error;
  }
};

/** The SDK waiter sleeps a whole second first; DynamoDB Local is usually ACTIVE at once. */
const waitUntilActive = async (client: DynamoDBClient, tableName: string): Promise<void> => {
  for (let i = 0; i < 300; i += 1) {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    if (Table?.TableStatus === 'ACTIVE') return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`Table ${tableName} did not become ACTIVE`);
};

const enableTtl = async (client: DynamoDBClient, tableName: string): Promise<void> => {
  const { TimeToLiveDescription } = await client.send(new DescribeTimeToLiveCommand({ TableName: tableName }));
  if (TimeToLiveDescription?.TimeToLiveStatus === 'ENABLED') return;
  await client.send(
    new UpdateTimeToLiveCommand({ TableName: tableName, TimeToLiveSpecification: { Enabled: true, AttributeName: TABLE_KEYS.ttlAttribute } }),
  );
};

/** Creates the table if it is missing; `created` tells the stream reader whether old records can exist. */
export const ensureTable = async (client: DynamoDBClient, tableName: string): Promise<{ created: boolean; streamArn: string }> => {
  const created = !(await exists(client, tableName));
  if (created) {
    await client.send(new CreateTableCommand(tableDefinition(tableName)));
    await waitUntilActive(client, tableName);
  }
  await enableTtl(client, tableName);
  const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
  if (!Table?.LatestStreamArn) throw new Error(`Table ${tableName} has no stream`);
  return { created, streamArn: Table.LatestStreamArn };
};
