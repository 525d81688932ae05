/**
 * The floors under a registration and a GET: one `TransactWriteItems` shaped like the one a registration writes
 * (seat counter and delegation counter with capacity conditions, the registration with a participant of the
 * bench's size, its history entry, an email guard, two outbox entries with their data, the event's `updatedAt`
 * check and the idempotency record: the same 9 elements as shared/domain/registration/commit-writes.ts gives a
 * delegate's registration), and one `GetItem` of an event's configuration item, sent straight to DynamoDB Local with
 * no HTTP, validation or use case around them. Both ask for `ReturnConsumedCapacity: TOTAL`, as the metered
 * platform does, and add up what DynamoDB reports. Every written item lives under `BENCH#` keys, outbox entries
 * included, so the platform's mailer never sees them.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
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

/** Items in the raw transaction, for the capacity it should cost in DynamoDB (2 write units per item under 1 KB). */
export const RAW_TRANSACTION_ITEMS = 9;

/** A participant as the bench's registrations send one (bench-event.ts), for items of the same size. */
const participant = (index: number) => ({
  givenName: 'Bench',
  familyName: `Participant ${index}`,
  email: `bench-${index}@example.org`,
  phone: '+31 70 123 4567',
  institution: 'Ministry of Foreign Affairs',
  position: 'Counsellor',
});

/** What the raw operations consumed so far, as DynamoDB reported it. */
export interface RawCapacity {
  calls: number;
  capacityUnits: number;
}

type Consumed = { CapacityUnits?: number } | { CapacityUnits?: number }[] | undefined;
const unitsOf = (consumed: Consumed) =>
  (Array.isArray(consumed) ? consumed : consumed ? [consumed] : []).reduce((sum, c) => sum + (c.CapacityUnits ?? 0), 0);

const clientFor = (dynamoEndpoint: string) =>
  DynamoDBDocumentClient.from(
    new DynamoDBClient({ endpoint: dynamoEndpoint, region: 'eu-west-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }),
  );

/** Returns an operation for the load loop: transaction `index` of run `runId`; `capacity` adds up what each one consumed. */
export const rawRegistrationTransaction = ({ dynamoEndpoint, tableName }: RawTarget, runId: string, capacity?: RawCapacity) => {
  const client = clientFor(dynamoEndpoint);
  const pk = `BENCH#${runId}`;
  return async (index: number): Promise<'ok'> => {
    const id = randomUUID();
    const delegation = DELEGATIONS[Math.abs(index) % DELEGATIONS.length] as string;
    const now = new Date().toISOString();
    const output = await client.send(
      new TransactWriteCommand({
        ReturnConsumedCapacity: 'TOTAL',
        TransactItems: [
          counter(tableName, pk, 'COUNTER#SEATS', CAPACITY),
          counter(tableName, pk, `COUNTER#DELEGATION#${delegation}`, CAPACITY),
          put(tableName, {
            PK: pk,
            SK: `REG#${id}`,
            delegation,
            role: 'delegate',
            language: 'en',
            status: 'pending_approval',
            participant: participant(index),
            consent: { dataProcessing: true, listInParticipants: true },
            manageTokenHash: 'f'.repeat(64),
            createdAt: now,
            updatedAt: now,
          }),
          put(tableName, { PK: pk, SK: `HIST#${id}#${now}`, action: 'registered', to: 'pending_approval', at: now, actor: { kind: 'delegate' } }),
          put(tableName, { PK: pk, SK: `EMAIL#bench-${index}@example.org`, registrationId: id }),
          put(tableName, {
            PK: `${pk}#OUTBOX#${id}`,
            SK: 'OUTBOX#delegate',
            kind: 'registration-received',
            createdAt: now,
            data: { participantName: `Bench Participant ${index}`, registrationId: id, delegation },
          }),
          put(tableName, {
            PK: `${pk}#OUTBOX#${id}`,
            SK: 'OUTBOX#secretariat',
            kind: 'registration-notice',
            createdAt: now,
            data: participant(index),
          }),
          {
            ConditionCheck: {
              TableName: tableName,
              Key: { PK: pk, SK: 'CONFIG' },
              ConditionExpression: 'attribute_not_exists(updatedAt) OR updatedAt <> :now',
              ExpressionAttributeValues: { ':now': now },
            },
          },
          put(tableName, {
            PK: `${pk}#IDEMPOTENCY`,
            SK: id,
            status: 'COMPLETED',
            data: { id, reference: `BENCH-D-${index}`, status: 'pending_approval' },
            validation: id,
          }),
        ],
      }),
    );
    if (capacity) {
      capacity.calls++;
      capacity.capacityUnits += unitsOf(output.ConsumedCapacity);
    }
    return 'ok';
  };
};

/** Returns an operation for the load loop: one strongly consistent `GetItem` of `key`, as the event store reads it. */
export const rawGetItem = ({ dynamoEndpoint, tableName }: RawTarget, key: Record<string, string>, capacity?: RawCapacity) => {
  const client = clientFor(dynamoEndpoint);
  return async (): Promise<'ok' | string> => {
    const output = await client.send(new GetCommand({ TableName: tableName, Key: key, ConsistentRead: true, ReturnConsumedCapacity: 'TOTAL' }));
    if (capacity) {
      capacity.calls++;
      capacity.capacityUnits += unitsOf(output.ConsumedCapacity);
    }
    return output.Item ? 'ok' : 'not found';
  };
};
