/**
 * IAM for the local platform. In AWS each function's role allows exactly the DynamoDB actions its route or
 * worker declares (`access` in functions/; infra/functions/access-grants.ts). Locally every function runs in
 * this one process with no IAM at all, so a call outside the declaration would pass here and fail in AWS.
 * This module closes that gap: the platform runs each invocation as its function (`runAs`), and every
 * DynamoDB call made during it is checked against the declaration the way IAM checks it, element by element
 * for transactions, and by partition key for idempotency records. A refused call fails like IAM's
 * AccessDeniedException, so every integration test and every `npm start` session exercises the declarations.
 *
 * Calls made outside an invocation (the platform's own table setup, seeding, the stream reader, tests that
 * arrange data) are not checked: they are not a function's.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { idempotencyPk } from '../shared/adapters/items/idempotency-record.ts';
import { IDEMPOTENCY_ACTIONS, type DynamoDbAction, type FunctionAccess } from '../shared/function-access.ts';

export interface Caller {
  /** The function's name in the route or worker table, for the refusal message. */
  name: string;
  access: FunctionAccess;
}

/** One action a call needs, and the partition key it touches where IAM could condition on it. */
interface Need {
  action: DynamoDbAction;
  partitionKey?: string;
}

export class AccessDenied extends Error {
  override readonly name = 'AccessDeniedException';
  readonly $fault = 'client';
  readonly $metadata = { httpStatusCode: 400 };
}

const caller = new AsyncLocalStorage<Caller>();

/** The function whose invocation is running, if any (the local user directory and local/s3-permissions.ts check its Cognito and S3 calls against it). */
export const currentCaller = (): Caller | undefined => caller.getStore();

/** Runs one invocation as `who`: its DynamoDB calls are checked against `who.access`. */
export const runAs = <T>(who: Caller, invoke: () => Promise<T>): Promise<T> => caller.run(who, invoke);

type Input = Record<string, unknown>;

/** `{ PK: 'x' }` from the document client, `{ PK: { S: 'x' } }` from the plain client (Powertools). */
const partitionKeyOf = (keyOrItem: unknown): string | undefined => {
  const pk = (keyOrItem as Input | undefined)?.PK;
  if (typeof pk === 'string') return pk;
  const s = (pk as { S?: unknown } | undefined)?.S;
  return typeof s === 'string' ? s : undefined;
};

const SINGLE: Record<string, DynamoDbAction> = {
  Get: 'GetItem',
  GetItem: 'GetItem',
  Put: 'PutItem',
  PutItem: 'PutItem',
  Update: 'UpdateItem',
  UpdateItem: 'UpdateItem',
  Delete: 'DeleteItem',
  DeleteItem: 'DeleteItem',
  Query: 'Query',
  Scan: 'Scan',
  BatchGet: 'BatchGetItem',
  BatchGetItem: 'BatchGetItem',
  BatchWrite: 'BatchWriteItem',
  BatchWriteItem: 'BatchWriteItem',
};

/** What IAM would check for this command: transactions element by element (they have no action of their own). */
export const needsOf = (commandName: string, input: Input): Need[] => {
  const operation = commandName.replace(/Command$/, '');
  if (operation === 'TransactWrite' || operation === 'TransactWriteItems' || operation === 'TransactGet' || operation === 'TransactGetItems') {
    const elements = (input.TransactItems ?? []) as Record<string, Input>[];
    return elements.flatMap((element) =>
      Object.entries(element).map(([kind, body]) => ({
        action: kind === 'ConditionCheck' ? 'ConditionCheckItem' : SINGLE[kind]!,
        partitionKey: partitionKeyOf(body.Key ?? body.Item),
      })),
    );
  }
  const action = SINGLE[operation];
  if (!action) throw new AccessDenied(`local/dynamodb-permissions.ts does not know ${commandName}: add what IAM checks for it`);
  return [{ action, partitionKey: partitionKeyOf(input.Key ?? input.Item) }];
};

/** Whether the declaration allows this need, as the function's IAM policy would. */
export const allows = (access: FunctionAccess, { action, partitionKey }: Need): boolean =>
  (access.dynamodb ?? []).includes(action) ||
  (access.idempotency !== undefined &&
    (IDEMPOTENCY_ACTIONS as readonly string[]).includes(action) &&
    partitionKey === idempotencyPk(access.idempotency));

const check = (commandName: string, input: Input) => {
  const who = caller.getStore();
  if (!who) return;
  for (const need of needsOf(commandName, input)) {
    if (!allows(who.access, need)) {
      throw new AccessDenied(
        `${who.name} is not authorized to perform dynamodb:${need.action}${need.partitionKey ? ` on ${need.partitionKey.split('#')[0]}# items` : ''}: ` +
          'declare it in the access of its route (functions/<capability>/<name>.route.ts) or worker (functions/workers.ts)',
      );
    }
  }
};

type Send = (command: { constructor: { name: string }; input: Input }, ...rest: unknown[]) => Promise<unknown>;
let installed = false;

/**
 * Checks every call of both DynamoDB clients (the document client our adapters use, and the plain client
 * inside Powertools' idempotency layer) before it leaves the process. Once per process; the platform calls it.
 */
export const enforceDeclaredDynamoDbAccess = (log: (line: string) => void = console.error): void => {
  if (installed) return;
  installed = true;
  for (const client of [DynamoDBClient, DynamoDBDocumentClient]) {
    const prototype = client.prototype as unknown as { send: Send };
    const send = prototype.send;
    prototype.send = function (this: unknown, command, ...rest) {
      try {
        check(command.constructor.name, command.input);
      } catch (error) {
        log(`[iam] ${(error as Error).message}`);
        return Promise.reject(error);
      }
      return send.call(this, command, ...rest);
    } as Send;
  }
};
