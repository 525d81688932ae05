/** The one DynamoDB document client of the process (module scope, created on first use), and the helpers every adapter shares. */
import { DynamoDBClient, TransactionCanceledException, type ServiceInputTypes, type ServiceOutputTypes } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, paginateQuery, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
// Types only (erased from every bundle): the SDK's middleware shapes, from the package the SDK itself uses for them.
import type { InitializeMiddleware } from '@smithy/types';
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
    // Only once someone observes (the bench): in production no meter sits on the stack.
    if (dynamoCallListeners.size > 0) addDynamoCallMeter(client.middlewareStack);
  }
  return client;
};

/** One DynamoDB call as the meter saw it: what it was, when it ran, what DynamoDB says it consumed. */
export interface DynamoCall {
  /** `GetItem`, `TransactWriteItems`...: the low-level operation, whichever client sent it. */
  operation: string;
  /** The command's input (the plain client's shape: attribute values may be `{ S: ... }`). */
  input: Readonly<Record<string, unknown>>;
  startedAt: number;
  endedAt: number;
  /** Capacity units DynamoDB reports (`ReturnConsumedCapacity: TOTAL`); 0 for a failed call, which reports none. */
  capacityUnits: number;
  /** The error's name when the call failed (`ConditionalCheckFailedException`, `TransactionCanceledException`...). */
  error?: string;
  /** HTTP attempts the SDK made (retries included). */
  attempts: number;
}

export type DynamoCallListener = (call: DynamoCall) => void;

const dynamoCallListeners = new Set<DynamoCallListener>();

type ConsumedCapacity = { CapacityUnits?: number } | { CapacityUnits?: number }[] | undefined;
const capacityUnitsOf = (consumed: ConsumedCapacity): number =>
  (Array.isArray(consumed) ? consumed : consumed ? [consumed] : []).reduce((sum, c) => sum + (c.CapacityUnits ?? 0), 0);

type MiddlewareStack = DynamoDBDocumentClient['middlewareStack'];
interface Metadata {
  $metadata?: { attempts?: number };
}

/** The middleware the meter is: asks for ReturnConsumedCapacity TOTAL and tells every listener what each call cost. */
const meter: InitializeMiddleware<ServiceInputTypes, ServiceOutputTypes> = (next, context) => async (args) => {
  // Nobody observes any more: the call goes out exactly as it would without the meter.
  if (dynamoCallListeners.size === 0) return next(args);
  const operation = String((context as { commandName?: string }).commandName ?? 'Unknown').replace(/Command$/, '');
  const input = { ...args.input, ReturnConsumedCapacity: 'TOTAL' } as ServiceInputTypes;
  const startedAt = performance.now();
  const report = (call: Omit<DynamoCall, 'operation' | 'input' | 'startedAt' | 'endedAt'>) => {
    const seen: DynamoCall = { operation, input: input as Record<string, unknown>, startedAt, endedAt: performance.now(), ...call };
    for (const listener of dynamoCallListeners) {
      try {
        listener(seen);
      } catch {
        // An observer's fault must never fail the call it watches.
      }
    }
  };
  try {
    const result = await next({ ...args, input });
    const output = result.output as { ConsumedCapacity?: ConsumedCapacity } & Metadata;
    report({ capacityUnits: capacityUnitsOf(output.ConsumedCapacity), attempts: output.$metadata?.attempts ?? 1 });
    return result;
  } catch (error) {
    const failed = error as { name?: string } & Metadata;
    report({ capacityUnits: 0, error: failed.name ?? 'Error', attempts: failed.$metadata?.attempts ?? 1 });
    throw error;
  }
};

/** Puts the meter on a client's (or one command's) middleware stack; a second call on the same stack replaces it. */
export const addDynamoCallMeter = (stack: Pick<MiddlewareStack, 'add'>): void =>
  stack.add(meter, { step: 'initialize', name: 'plenaryDynamoCallMeter', override: true });

/**
 * Opt-in for the bench: every call of this process's document client is reported to `listener`, with the
 * capacity DynamoDB says it consumed. Never called in production, where the client carries no meter at all.
 * Returns a function that stops this listener (with no listener left, the meter passes calls through untouched).
 */
export const observeDynamoCalls = (listener: DynamoCallListener): (() => void) => {
  dynamoCallListeners.add(listener);
  if (client) addDynamoCallMeter(client.middlewareStack);
  return () => dynamoCallListeners.delete(listener);
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
