/**
 * Idempotency-Key for POSTs, with Powertools idempotency (DynamoDB persistence in the same table, TTL
 * `expiresAt`, 24 h). The same key and body replays the first answer (`replayed: true`); the same key
 * with another body is IdempotencyKeyReused (422); while the first is still running, IdempotencyKeyInFlight (409).
 *
 * Why `makeIdempotent` around the use case and not the `makeHandlerIdempotent` middy middleware: in 2.35.0
 * (the latest release) the middleware's onError hook deletes records it never acquired
 * (aws-powertools/powertools-lambda-typescript#5675, fixed in #5676 but not released), so a rejected duplicate
 * would delete the running request's lock. The function wrapper only deletes what its own call acquired.
 * It also runs after validation and auth, so a 400 or 401 never holds a key.
 *
 * The stored answer holds no secret: the manage link is derived again from the id on each replay.
 */
import { IdempotencyAlreadyInProgressError, IdempotencyConfig, IdempotencyValidationError, makeIdempotent } from '@aws-lambda-powertools/idempotency';
import { DynamoDBPersistenceLayer } from '@aws-lambda-powertools/idempotency/dynamodb';
import type { JSONValue } from '@aws-lambda-powertools/commons/types';
import type { Context } from 'aws-lambda';
import { IdempotencyKeyInFlight, IdempotencyKeyReused } from '../domain/errors.ts';
import { env } from './env.ts';
import { IDEMPOTENCY_TTL_SECONDS, idempotencyPk } from './items/idempotency-record.ts';

interface Keyed {
  /** The route's own scope (e.g. the event and registration ids) and the client's key. */
  key: string;
  /** What "the same body" means: compared by hash. */
  payload: unknown;
}

export interface Idempotent<T> {
  (
    input: { key: string | undefined; scope: string; payload: unknown; context?: Context },
    run: () => Promise<T>,
  ): Promise<{ value: T; replayed: boolean }>;
}

/** One idempotent operation (one per route): its records live under PK `IDEMPOTENCY#<operation>`. */
export const idempotentOperation = <T>(operation: string, tableName = env.tableName): Idempotent<T> => {
  let wrapped: ((input: Keyed, run: () => Promise<T>) => Promise<{ value: T; replayed: boolean }>) | undefined;
  let config: IdempotencyConfig | undefined;

  const setup = () => {
    config = new IdempotencyConfig({
      eventKeyJmesPath: 'key',
      payloadValidationJmesPath: 'payload',
      expiresAfterSeconds: IDEMPOTENCY_TTL_SECONDS,
      hashFunction: 'sha256',
      responseHook: (response) => ({ ...(response as Record<string, JSONValue>), replayed: true }),
    });
    const persistenceStore = new DynamoDBPersistenceLayer({
      tableName,
      keyAttr: 'PK',
      sortKeyAttr: 'SK',
      staticPkValue: idempotencyPk(operation),
      expiryAttr: 'expiresAt',
      clientConfig: {
        region: env.region,
        ...(env.dynamoEndpoint ? { endpoint: env.dynamoEndpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
      },
    });
    wrapped = makeIdempotent(async (_input: Keyed, run: () => Promise<T>) => ({ value: await run(), replayed: false }), {
      persistenceStore,
      config,
      keyPrefix: operation,
      dataIndexArgument: 0,
    });
  };

  return async ({ key, scope, payload, context }, run) => {
    if (key === undefined) return { value: await run(), replayed: false };
    if (!wrapped) setup();
    // The in-progress lock expires with the invocation's remaining time, so a crashed run frees its key.
    if (context) config!.registerLambdaContext(context);
    try {
      return await wrapped!({ key: `${scope}|${key}`, payload }, run);
    } catch (error) {
      if (error instanceof IdempotencyAlreadyInProgressError) throw new IdempotencyKeyInFlight();
      if (error instanceof IdempotencyValidationError) throw new IdempotencyKeyReused();
      throw error;
    }
  };
};
