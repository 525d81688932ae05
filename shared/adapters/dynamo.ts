/** The one DynamoDB document client of the process (module scope, created on first use), and the helpers every adapter shares. */
import { DynamoDBClient, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, paginateQuery, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { env } from './env.ts';
import type { Item } from './items/item.ts';

let client: DynamoDBDocumentClient | undefined;

export const documentClient = (): DynamoDBDocumentClient => {
  if (!client) {
    client = DynamoDBDocumentClient.from(
      new DynamoDBClient({
        region: env.region,
        ...(env.dynamoEndpoint ? { endpoint: env.dynamoEndpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
      }),
      { marshallOptions: { removeUndefinedValues: true } },
    );
    for (const observe of clientObservers) observe(client);
  }
  return client;
};

/**
 * Who wants the client once it exists: only the bench's call meter (dynamo-call-meter.ts), through
 * `whenDocumentClient`. In a function nobody does, and the meter's code is not even in its bundle.
 */
const clientObservers: ((client: DynamoDBDocumentClient) => void)[] = [];

/** Runs `observe` on the process's document client: now if it exists, else as soon as it is made. */
export const whenDocumentClient = (observe: (client: DynamoDBDocumentClient) => void): void => {
  clientObservers.push(observe);
  if (client) observe(client);
};

/** Every item a query matches, page after page (the SDK's own paginator). */
export const queryAll = async (input: QueryCommandInput): Promise<Item[]> => {
  const items: Item[] = [];
  for await (const page of paginateQuery({ client: documentClient() }, input)) items.push(...(page.Items ?? []));
  return items;
};

/** How many items a query matches, counted by DynamoDB (`Select: COUNT`) across pages. */
export const countAll = async (input: Omit<QueryCommandInput, 'Select'>): Promise<number> => {
  let count = 0;
  for await (const page of paginateQuery({ client: documentClient() }, { ...input, Select: 'COUNT' })) count += page.Count ?? 0;
  return count;
};

/** Whether a single write failed its condition (checked by name: the error may come from another copy of the SDK). */
export const isConditionFailure = (error: unknown): boolean => (error as Error | undefined)?.name === 'ConditionalCheckFailedException';

/** Runs a conditional write; false when its condition did not hold. */
export const conditionally = async (write: Promise<unknown>): Promise<boolean> => {
  try {
    await write;
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
};

/**
 * A cancelled transaction's reason codes, one per element in order (`ConditionalCheckFailed` where that element's
 * condition failed, `TransactionConflict`, `None`...); undefined for any other error.
 */
export const cancellationCodes = (error: unknown): string[] | undefined =>
  error instanceof TransactionCanceledException ? (error.CancellationReasons ?? []).map((r) => r.Code ?? 'None') : undefined;
