/**
 * The floor under a registration: one `TransactWriteItems` shaped like the one a registration writes
 * (seat counter and delegation counter with capacity conditions, the registration, an email guard,
 * two outbox entries), sent straight to DynamoDB Local with no HTTP, validation or use case around it.
 * Every item lives under `BENCH#` keys, outbox entries included, so the platform's mailer never sees them.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { randomUUID } from 'node:crypto';

export interface RawTarget {
  dynamoEndpoint: string;
  tableName: string;
}

const CAPACITY = 1_000_000;
const DELEGATIONS = ['AR', 'BO', 'BR', 'CL', 'CO', 'EC', 'GY', 'PY', 'PE', 'SR', 'UY', 'VE'];

const counter = (TableName: string, pk: string, sk: string, limit: number) => ({
  Update: {
    TableName,
    Key: { PK: pk, SK: sk },
    UpdateExpression: 'ADD active :one',
    ConditionExpression: 'attribute_not_exists(active) OR active < :limit',
    ExpressionAttributeValues: { ':one': 1, ':limit': limit },
  },
});

const put = (TableName: string, Item: Record<string, unknown>) => ({
  Put: { TableName, Item, ConditionExpression: 'attribute_not_exists(PK)' },
});

/** Returns an operation for the load loop: transaction `index` of run `runId`. */
export const rawRegistrationTransaction = ({ dynamoEndpoint, tableName }: RawTarget, runId: string) => {
  const client = DynamoDBDocumentClient.from(
    new DynamoDBClient({ endpoint: dynamoEndpoint, region: 'eu-west-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }),
  );
  const pk = `BENCH#${runId}`;
  return async (index: number): Promise<'ok'> => {
    const id = randomUUID();
    const delegation = DELEGATIONS[index % DELEGATIONS.length] as string;
    const now = new Date().toISOString();
    await client.send(
      new TransactWriteCommand({
        TransactItems: [
          counter(tableName, pk, 'COUNTER#SEATS', CAPACITY),
          counter(tableName, pk, `COUNTER#DELEGATION#${delegation}`, CAPACITY),
          put(tableName, { PK: pk, SK: `REG#${id}`, delegation, status: 'pending_approval', createdAt: now, email: `bench-${index}@example.org` }),
          put(tableName, { PK: pk, SK: `EMAIL#bench-${index}@example.org`, registrationId: id }),
          put(tableName, { PK: `${pk}#OUTBOX#${id}`, SK: 'OUTBOX#delegate', kind: 'registration-received', createdAt: now }),
          put(tableName, { PK: `${pk}#OUTBOX#${id}`, SK: 'OUTBOX#secretariat', kind: 'registration-notice', createdAt: now }),
        ],
      }),
    );
    return 'ok';
  };
};
