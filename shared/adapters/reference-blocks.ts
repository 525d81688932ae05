/**
 * Delegate reference numbers taken in blocks: one atomic `ADD` on `COUNTER#REF#D` reserves `size` numbers for this
 * process, which hands them out one by one, so most registrations make no call for their number (issue 15: the
 * registration's round trips). Numbers stay unique (each block is reserved atomically); what changes is only their
 * order across processes (two Lambda environments each hold a block) and the gaps a block leaves when its
 * environment ends; docs/registration.md, "References", says why both are acceptable.
 */
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from './dynamo.ts';
import { env } from './env.ts';
import { delegateReferenceCounterKey } from './items/counter.ts';

/** Numbers a registration function reserves at a time: a block lasts ten registrations of one event. */
export const REFERENCE_BLOCK_SIZE = 10;

interface Block {
  next: number;
  last: number;
}

/** Reserves the next `size` numbers of the event's sequence: the last of them. */
const reserve = async (eventId: string, size: number, tableName: string): Promise<number> => {
  const { Attributes } = await documentClient().send(
    new UpdateCommand({
      TableName: tableName,
      Key: delegateReferenceCounterKey(eventId),
      // The same counter as single numbers use (registrations-store.ts): both kinds of caller stay unique.
      UpdateExpression: 'SET #last = if_not_exists(#last, :zero) + :size',
      ExpressionAttributeNames: { '#last': 'last' },
      ExpressionAttributeValues: { ':zero': 0, ':size': size },
      ReturnValues: 'UPDATED_NEW',
    }),
  );
  return Number(Attributes?.last);
};

export const referenceBlocks = (size = REFERENCE_BLOCK_SIZE, tableName = env.tableName) => {
  const blocks = new Map<string, Block>();
  // One reservation at a time per event: concurrent requests in one process (the local platform) wait for it
  // rather than each reserving a block.
  const reserving = new Map<string, Promise<void>>();

  const refill = (eventId: string): Promise<void> => {
    let pending = reserving.get(eventId);
    if (!pending) {
      pending = reserve(eventId, size, tableName)
        .then((last) => void blocks.set(eventId, { next: last - size + 1, last }))
        .finally(() => reserving.delete(eventId));
      reserving.set(eventId, pending);
    }
    return pending;
  };

  return async (eventId: string): Promise<number> => {
    for (;;) {
      const block = blocks.get(eventId);
      if (block && block.next <= block.last) return block.next++;
      await refill(eventId);
    }
  };
};
