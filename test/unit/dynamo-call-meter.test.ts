import { GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { documentClient } from '../../shared/adapters/dynamo.ts';
import { observeDynamoCalls, type DynamoCall } from '../../shared/adapters/dynamo-call-meter.ts';
import { billedTransactionUnits, busyMs, sequentialDepth, type RecordedCall } from '../../bench/dynamo-calls.ts';

/**
 * Stands in for DynamoDB on the process's one document client: the last middleware of the initialize step (the
 * meter's step, so after it) records the request input and answers with `answer()` (or throws it), so nothing
 * leaves the process and no credentials are needed.
 */
const stubDynamo = () => {
  const seen: Record<string, unknown>[] = [];
  let answer: () => Record<string, unknown> = () => ({});
  documentClient().middlewareStack.add(
    () => async (args) => {
      seen.push(args.input as Record<string, unknown>);
      return { output: { $metadata: { attempts: 1 }, ...answer() }, response: {} } as never;
    },
    { step: 'initialize', priority: 'low', name: 'testDynamoStub', override: true },
  );
  return { seen, answerWith: (next: () => Record<string, unknown>) => (answer = next) };
};

const get = () => documentClient().send(new GetCommand({ TableName: 'plenary-test', Key: { PK: 'EVENT#x', SK: 'CONFIG' } }));

describe('the DynamoDB call meter (bench only)', () => {
  // The tests of this file run in order: the first proves the production path, before anyone observes.
  const stub = stubDynamo();

  it('is not on the client, and asks for no consumed capacity, until someone observes', async () => {
    await get();
    expect(
      documentClient()
        .middlewareStack.identify()
        .some((name) => name.includes('plenaryDynamoCallMeter')),
    ).toBe(false);
    expect(stub.seen.at(-1)?.ReturnConsumedCapacity).toBeUndefined();
  });

  it('reports each call with its operation, duration and the capacity DynamoDB returns, asking for TOTAL', async () => {
    const calls: DynamoCall[] = [];
    const stop = observeDynamoCalls((call) => calls.push(call));
    stub.answerWith(() => ({ ConsumedCapacity: [{ TableName: 'plenary-test', CapacityUnits: 4 }] }));
    await documentClient().send(
      new TransactWriteCommand({ TransactItems: [{ Put: { TableName: 'plenary-test', Item: { PK: 'EVENT#x', SK: 'REG#1' } } }] }),
    );
    stub.answerWith(() => ({ ConsumedCapacity: { TableName: 'plenary-test', CapacityUnits: 0.5 } }));
    await get();
    stop();
    await get();

    expect(stub.seen.at(-2)?.ReturnConsumedCapacity).toBe('TOTAL');
    expect(stub.seen.at(-1)?.ReturnConsumedCapacity).toBeUndefined();
    expect(calls.map(({ operation, capacityUnits, error }) => ({ operation, capacityUnits, error }))).toEqual([
      { operation: 'TransactWriteItems', capacityUnits: 4, error: undefined },
      { operation: 'GetItem', capacityUnits: 0.5, error: undefined },
    ]);
    expect(calls[0]!.endedAt).toBeGreaterThanOrEqual(calls[0]!.startedAt);
  });

  it('reports a failed call by its error name and still fails it; a faulty listener fails nothing', async () => {
    const calls: DynamoCall[] = [];
    const stopFaulty = observeDynamoCalls(() => {
      throw new Error('listener bug');
    });
    const stop = observeDynamoCalls((call) => calls.push(call));
    stub.answerWith(() => {
      throw Object.assign(new Error('condition'), { name: 'ConditionalCheckFailedException' });
    });
    await expect(get()).rejects.toThrow('condition');
    stub.answerWith(() => ({}));
    await expect(get()).resolves.toBeDefined();
    stop();
    stopFaulty();
    expect(calls.map(({ operation, error, capacityUnits }) => ({ operation, error, capacityUnits }))).toEqual([
      { operation: 'GetItem', error: 'ConditionalCheckFailedException', capacityUnits: 0 },
      { operation: 'GetItem', error: undefined, capacityUnits: 0 },
    ]);
  });
});

describe('what the bench makes of the calls', () => {
  const call = (startedAt: number, endedAt: number, pk = 'OUTBOX#1') =>
    ({ startedAt, endedAt, functionName: 'outbox-mailer', input: { Key: { PK: pk } } }) as unknown as RecordedCall;

  it('counts the calls an invocation waited for one after another, overlapping ones once', () => {
    expect(sequentialDepth([])).toBe(0);
    expect(sequentialDepth([call(0, 10), call(10, 20), call(20, 30)])).toBe(3);
    // Two in flight together, then one after both.
    expect(sequentialDepth([call(0, 10), call(1, 12), call(12, 20)])).toBe(2);
  });

  it('bills a transaction 2 write units per item per KB, rounded up per item, and 1 per KB per index written', () => {
    const small = { Put: { Item: { PK: 'EVENT#x', SK: 'EMAIL#a@example.org' } } };
    const large = { Put: { Item: { PK: 'EVENT#x', SK: 'REG#1', notes: 'x'.repeat(1500) } } };
    const counter = { Update: { Key: { PK: 'EVENT#x', SK: 'COUNTER#SEATS' } } };
    expect(billedTransactionUnits({ TransactItems: [small, counter, counter] })).toBe(6);
    expect(billedTransactionUnits({ TransactItems: [large] })).toBe(4);
    // Written to one global index too (it projects every attribute): one more unit per KB.
    const listed = { Put: { Item: { PK: 'EVENT#x', SK: 'REG#2', GSI1PK: 'EVENT#x#REG#confirmed', GSI1SK: '2' } } };
    expect(billedTransactionUnits({ TransactItems: [listed] })).toBe(3);
  });

  it("times the mailer's work as the union of each entry's span", () => {
    expect(
      busyMs([call(0, 10, 'OUTBOX#1'), call(5, 20, 'OUTBOX#2'), call(30, 40, 'OUTBOX#1'), call(50, 60, 'EVENT#x')], 'outbox-mailer', 'OUTBOX#'),
    ).toEqual(
      // OUTBOX#1 spans 0-40 (claim to mark), OUTBOX#2 5-20 inside it; the event read is not an entry's.
      { entries: 2, busyMs: 40 },
    );
  });
});
