/**
 * The DynamoDB call meter for the benchmarks: every call the platform's functions make (our document client,
 * through `observeDynamoCalls` in shared/adapters/dynamo-call-meter.ts, and the plain client inside Powertools' idempotency
 * layer, through the same middleware put on each of its commands), with `ReturnConsumedCapacity: TOTAL` and the
 * capacity DynamoDB reports, grouped by invocation. The local platform runs every invocation as its function
 * (`runAs` in local/dynamodb-permissions.ts), with a fresh caller object per HTTP request: that object is the
 * invocation's identity, so calls are grouped correctly at any concurrency.
 *
 * Start it only after `startPlatform`: the adapters must load after the platform has set the environment.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DynamoCall } from '../shared/adapters/dynamo-call-meter.ts';
import { currentCaller, type Caller } from '../local/dynamodb-permissions.ts';

/** One call as recorded: the call, and the invocation (function and caller object) it belongs to. */
export interface RecordedCall extends DynamoCall {
  functionName: string;
  invocation: Caller;
}

const READ_OPERATIONS = new Set(['GetItem', 'BatchGetItem', 'Query', 'Scan', 'TransactGetItems']);
export const isRead = (operation: string): boolean => READ_OPERATIONS.has(operation);

export interface DynamoCallRecorder {
  /** The calls recorded since the last `take` (or the start), and forgets them. */
  take(): RecordedCall[];
  stop(): void;
}

type Send = (command: { middlewareStack: { add: (...args: never[]) => unknown } }, ...rest: unknown[]) => Promise<unknown>;

export const startDynamoCallRecorder = async (): Promise<DynamoCallRecorder> => {
  const { observeDynamoCalls, addDynamoCallMeter } = await import('../shared/adapters/dynamo-call-meter.ts');
  let calls: RecordedCall[] = [];
  const stopObserving = observeDynamoCalls((call) => {
    // Calls outside an invocation (the bench's own recount, the platform's setup) belong to no function.
    const invocation = currentCaller();
    if (invocation) calls.push({ ...call, functionName: invocation.name, invocation });
  });
  // Powertools' idempotency layer builds its own plain DynamoDBClient, out of our reach: put the same meter on
  // each command it sends. Our document client does not go through DynamoDBClient.prototype.send (it is its own class).
  const prototype = DynamoDBClient.prototype as unknown as { send: Send };
  const send = prototype.send;
  prototype.send = function (this: unknown, command, ...rest) {
    addDynamoCallMeter(command.middlewareStack as Parameters<typeof addDynamoCallMeter>[0]);
    return send.call(this, command, ...rest);
  } as Send;
  return {
    take: () => {
      const taken = calls;
      calls = [];
      return taken;
    },
    stop: () => {
      stopObserving();
      prototype.send = send;
    },
  };
};

/**
 * The longest chain of calls where each starts after the one before it ended: the round trips an invocation
 * waits for one after another (calls in flight together count once). Greedy by end time, which is exact for
 * intervals: it finds the most pairwise non-overlapping ones.
 */
export const sequentialDepth = (calls: readonly Pick<DynamoCall, 'startedAt' | 'endedAt'>[]): number => {
  let depth = 0;
  let lastEnd = Number.NEGATIVE_INFINITY;
  for (const call of [...calls].sort((a, b) => a.endedAt - b.endedAt)) {
    if (call.startedAt >= lastEnd) {
      depth++;
      lastEnd = call.endedAt;
    }
  }
  return depth;
};

/** What one kind of invocation costs in DynamoDB, per invocation (means over the invocations seen). */
export interface CallProfile {
  functionName: string;
  invocations: number;
  calls: number;
  /** The most sequential calls any invocation made, and the median. */
  depthMax: number;
  depthMedian: number;
  readUnits: number;
  writeUnits: number;
  /** The part of `writeUnits` DynamoDB Local reported for TransactWriteItems. */
  transactionWriteUnits: number;
  /** What DynamoDB bills for those transactions instead (`billedTransactionUnits`). */
  transactionWriteUnitsBilled: number;
  /** `GetItem ×2, TransactWriteItems ×1` (mean per invocation where not whole). */
  operations: string;
  /** Failed calls by error name, over all invocations (`ConditionalCheckFailedException ×3`). */
  failures: string;
}

const perInvocation = (total: number, invocations: number) => (invocations ? total / invocations : Number.NaN);
const countText = (counts: Map<string, number>, divisor: number) =>
  [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([name, n]) => `${name} ×${Number.isInteger(n / divisor) ? n / divisor : (n / divisor).toFixed(2)}`)
    .join(', ');

/**
 * One profile per function, from the calls of its invocations (grouped by caller object). A worker's invocations
 * share one caller object (local/worker-bindings.ts), so for the functions in `perUnit` the totals are divided by
 * the count given (the mailer: per email sent) and the depth is left out.
 */
export const profileCalls = (calls: readonly RecordedCall[], perUnit: Record<string, number> = {}): CallProfile[] => {
  const byFunction = new Map<string, Map<Caller, RecordedCall[]>>();
  for (const call of calls) {
    const invocations = byFunction.get(call.functionName) ?? new Map<Caller, RecordedCall[]>();
    invocations.set(call.invocation, [...(invocations.get(call.invocation) ?? []), call]);
    byFunction.set(call.functionName, invocations);
  }
  return [...byFunction.entries()].map(([functionName, invocations]) => {
    const groups = [...invocations.values()];
    const all = groups.flat();
    const units = perUnit[functionName];
    const count = units ?? groups.length;
    const depths = units === undefined ? groups.map(sequentialDepth).sort((a, b) => a - b) : [];
    const operations = new Map<string, number>();
    const failures = new Map<string, number>();
    for (const call of all) {
      operations.set(call.operation, (operations.get(call.operation) ?? 0) + 1);
      if (call.error) failures.set(call.error, (failures.get(call.error) ?? 0) + 1);
    }
    const capacity = (read: boolean) => all.filter((c) => isRead(c.operation) === read).reduce((sum, c) => sum + c.capacityUnits, 0);
    return {
      functionName,
      invocations: count,
      calls: perInvocation(all.length, count),
      depthMax: depths.at(-1) ?? Number.NaN,
      depthMedian: depths[Math.ceil(depths.length / 2) - 1] ?? Number.NaN,
      readUnits: perInvocation(capacity(true), count),
      writeUnits: perInvocation(capacity(false), count),
      transactionWriteUnits: perInvocation(
        all.filter((c) => c.operation === 'TransactWriteItems').reduce((sum, c) => sum + c.capacityUnits, 0),
        count,
      ),
      transactionWriteUnitsBilled: perInvocation(
        all.filter((c) => c.operation === 'TransactWriteItems' && !c.error).reduce((sum, c) => sum + billedTransactionUnits(c.input), 0),
        count,
      ),
      operations: countText(operations, count),
      failures: countText(failures, 1) || '0',
    };
  });
};

/** `{ PK: 'x' }` (document client) or `{ PK: { S: 'x' } }` (plain client). */
const partitionKeyOf = (call: DynamoCall): string | undefined => {
  const pk = (call.input.Key as Record<string, unknown> | undefined)?.PK;
  if (typeof pk === 'string') return pk;
  const s = (pk as { S?: unknown } | undefined)?.S;
  return typeof s === 'string' ? s : undefined;
};

/**
 * The mailer's working time, which we cannot time per invocation (a worker's invocations share one caller): each
 * outbox entry is worked on from the first to the last call on its partition (`OUTBOX#...`: claim, the SES send
 * in between, mark), and entries of one batch run side by side, so what Lambda bills is the time at least one
 * entry was in work: the union of those spans.
 */
export const busyMs = (calls: readonly RecordedCall[], functionName: string, prefix: string): { entries: number; busyMs: number } => {
  const spans = new Map<string, { from: number; to: number }>();
  for (const call of calls) {
    const pk = call.functionName === functionName ? partitionKeyOf(call) : undefined;
    if (!pk?.startsWith(prefix)) continue;
    const span = spans.get(pk);
    spans.set(pk, { from: Math.min(span?.from ?? call.startedAt, call.startedAt), to: Math.max(span?.to ?? call.endedAt, call.endedAt) });
  }
  let total = 0;
  let reach = Number.NEGATIVE_INFINITY;
  for (const { from, to } of [...spans.values()].sort((a, b) => a.from - b.from)) {
    if (to <= reach) continue;
    total += to - Math.max(from, reach);
    reach = to;
  }
  return { entries: spans.size, busyMs: total };
};

/**
 * An item's size as DynamoDB counts it, near enough: attribute names and values in UTF-8 bytes, numbers about one
 * byte per two digits plus one, a map or list 3 bytes plus a byte per element. Plain (document client) values.
 */
export const itemBytes = (value: unknown): number => {
  if (typeof value === 'string') return Buffer.byteLength(value);
  if (typeof value === 'number' || typeof value === 'bigint') return Math.ceil(String(value).replace(/[-.]/g, '').length / 2) + 1;
  if (typeof value === 'boolean' || value === null || value === undefined) return 1;
  if (value instanceof Uint8Array) return value.byteLength;
  if (value instanceof Set || Array.isArray(value)) return 3 + [...value].reduce((sum: number, v) => sum + itemBytes(v) + 1, 0);
  return 3 + Object.entries(value as Record<string, unknown>).reduce((sum, [name, v]) => sum + Buffer.byteLength(name) + itemBytes(v) + 1, 0);
};

/**
 * What DynamoDB bills for a TransactWriteItems: 2 write units per element per KB of its item, rounded up per item,
 * plus 1 unit per KB for each global index a put item is written to (both indexes project ALL: local/create-table.ts).
 * DynamoDB Local reports something else (it rounds the sum of the items, not each one: 2 units for our raw
 * 6-item transaction, where DynamoDB bills 12). A Put's item is in the input; an Update, Delete or
 * ConditionCheck element is counted at the 1 KB minimum (2 units), which is exact for counters and claims and
 * low for a large item updated in place or an update that moves an item in an index.
 */
export const billedTransactionUnits = (input: Readonly<Record<string, unknown>>): number =>
  ((input.TransactItems ?? []) as Record<string, { Item?: Record<string, unknown> }>[]).reduce((sum, element) => {
    const put = element.Put?.Item;
    const kb = put ? Math.max(1, Math.ceil(itemBytes(put) / 1024)) : 1;
    const indexes = put ? INDEX_KEYS.filter(([pk, sk]) => put[pk] !== undefined && put[sk] !== undefined).length : 0;
    return sum + 2 * kb + indexes * kb;
  }, 0);

const INDEX_KEYS = [
  ['GSI1PK', 'GSI1SK'],
  ['GSI2PK', 'GSI2SK'],
] as const;
