/**
 * A table of a test file's own on the shared DynamoDB Local, for tests that run a handler in-process against an
 * isolated table (created once; a second call, or a rerun in watch mode, finds it there).
 */
import { CreateTableCommand, DynamoDBClient, ResourceInUseException } from '@aws-sdk/client-dynamodb';
import { inject } from 'vitest';
import { tableDefinition } from '../../local/create-table.ts';

export const createOwnTable = async (tableName: string): Promise<void> => {
  const client = new DynamoDBClient({
    region: 'eu-west-1',
    endpoint: inject('platform').dynamoEndpoint,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  try {
    await client.send(new CreateTableCommand(tableDefinition(tableName)));
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error;
  } finally {
    client.destroy();
  }
};
