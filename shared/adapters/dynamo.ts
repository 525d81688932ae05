/** The one DynamoDB document client of the process (module scope, created on first use). */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
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
