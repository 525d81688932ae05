/**
 * The DynamoDB call meter, for the bench only: a middleware on the process's one document client that asks for
 * `ReturnConsumedCapacity: TOTAL` on every command and reports each call (operation, start and end, the capacity
 * DynamoDB returned, error name, attempts) to whoever observes. Nothing in functions/ imports it, so no bundle
 * carries it and no production call is touched; with no listener left it passes calls through untouched.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ServiceInputTypes, ServiceOutputTypes } from '@aws-sdk/client-dynamodb';
// Types only: the SDK's middleware shapes, from the package the SDK itself takes them from.
import type { InitializeMiddleware } from '@smithy/types';
import { whenDocumentClient } from './dynamo.ts';

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
  whenDocumentClient((client) => addDynamoCallMeter(client.middlewareStack));
  return () => dynamoCallListeners.delete(listener);
};
