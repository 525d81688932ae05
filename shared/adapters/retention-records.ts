/** When the retention job finished erasing an event's personal data (its `RETENTION` record), for the summary. */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from './dynamo.ts';
import { env } from './env.ts';
import { retentionRecordKey } from './items/retention-record.ts';

export const personalDataErasedAt = async (eventId: string, tableName = env.tableName): Promise<string | undefined> => {
  const { Item } = await documentClient().send(
    new GetCommand({ TableName: tableName, Key: retentionRecordKey(eventId), ProjectionExpression: 'finishedAt' }),
  );
  return typeof Item?.finishedAt === 'string' ? Item.finishedAt : undefined;
};
