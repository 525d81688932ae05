/** The one DynamoDB document client of the process (module scope, created on first use). */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, paginateQuery, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { env } from './env.ts';

let client: DynamoDBDocumentClient | undefined;

export const documentClient = (): DynamoDBDocumentClient => {
  client ??= DynamoDBDocumentClient.from(
    new DynamoDBClient({
      region: env.region,
      ...(env.dynamoEndpoint
        ? { endpoint: env.dynamoEndpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }
        : {}),
    }),
    { marshallOptions: { removeUndefinedValues: true } },
  );
  return client;
};

/** Tests and the local platform point the process at another endpoint or table. */
export const resetDocumentClient = (): void => {
  client = undefined;
};

type Item = Record<string, unknown>;

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
