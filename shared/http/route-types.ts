/**
 * The shape of one route. The route table (routes.ts) lists them; the CDK stack makes its HTTP API routes,
 * functions and grants from it, the local server routes by it, and the OpenAPI document is built from it.
 */
import type * as z from 'zod/mini';
import type { Group } from './auth.ts';

/** `ANY` only for the catch-all route that answers 404 and 405 (API Gateway's own answers are not problems). */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'ANY';

export type Capability = 'platform' | 'events' | 'registration' | 'press' | 'notifications';

/**
 * DynamoDB actions as IAM names them. A transaction has no action of its own: IAM authorizes each of its
 * elements as PutItem, UpdateItem, DeleteItem or ConditionCheckItem (and TransactGetItems' as GetItem), so a
 * function declares the element kinds its transactions hold.
 */
export const DYNAMODB_ACTIONS = ['GetItem', 'BatchGetItem', 'Query', 'Scan', 'PutItem', 'UpdateItem', 'DeleteItem', 'BatchWriteItem', 'ConditionCheckItem'] as const;
export type DynamoDbAction = (typeof DYNAMODB_ACTIONS)[number];

/** What Powertools' DynamoDB persistence layer calls for an idempotent operation (delete: a failed run frees its key). */
export const IDEMPOTENCY_ACTIONS = ['GetItem', 'PutItem', 'UpdateItem', 'DeleteItem'] as const satisfies readonly DynamoDbAction[];

/**
 * Why a function reads the manage-link secret: it derives manage links (register returns one, the mailer puts
 * them in emails), or it keys its rate-limit counters with an HMAC derived from that secret.
 */
export type ManageLinkKeyUse = 'derives-manage-links' | 'rate-limit-hmac';

/**
 * What the function may touch; infra turns exactly this into its role's policy (least privilege) and the local
 * platform refuses any DynamoDB call outside it, as IAM would (local/dynamodb-permissions.ts).
 */
export interface RouteAccess {
  /** The actions its adapters call on the table, derived from the code (Query also covers the table's indexes). */
  dynamodb?: readonly DynamoDbAction[];
  /**
   * The operation named in its `idempotentOperation(name)`: IDEMPOTENCY_ACTIONS on the items whose partition
   * key is `IDEMPOTENCY#<name>` and nowhere else (IAM condition `dynamodb:LeadingKeys`).
   */
  idempotency?: string;
  /** Reads the manage-link secret, for these reasons; absent: it may not. */
  manageLinkKey?: readonly ManageLinkKeyUse[];
  /** Permission to send email through SES (only the mailer normally needs this). */
  ses?: boolean;
}

export interface ResponseSpec {
  description: string;
  schema?: z.ZodMiniType;
  /** Defaults to application/json; problem answers are application/problem+json. */
  contentType?: string;
}

export interface Route {
  method: HttpMethod;
  /** Full path including the `/api` prefix, with `{param}` placeholders, e.g. `/api/events/{eventId}`. */
  path: string;
  /** Module under functions/, without extension, exporting `handler`: e.g. `events/get-event`. */
  handler: string;
  /** `public`, or the Cognito groups admitted (the JWT authorizer guards every non-public route). */
  auth: 'public' | readonly Group[];
  capability: Capability;
  access: RouteAccess;
  openapi: {
    operationId: string;
    summary: string;
    description?: string;
    tags: string[];
    /** `bodyOptional`: the route also takes no body at all (e.g. a redrive with its defaults). */
    request?: { body?: z.ZodMiniType; bodyOptional?: boolean; params?: z.ZodMiniType; query?: z.ZodMiniType; headers?: z.ZodMiniType };
    /** A public route that still needs a bearer token of its own: `manageToken`, the delegate's manage link. */
    security?: 'manageToken';
    /** Success responses; the common problem responses are added by the document builder. */
    responses: Record<number, ResponseSpec>;
  };
}

/** A function that is not behind a route: stream consumers, schedules, SNS subscribers. */
export interface Worker {
  name: string;
  handler: string;
  capability: Capability;
  trigger: 'outbox-stream' | 'schedule' | 'ses-notifications';
  access: RouteAccess;
  /** Stream workers: the Lambda event filter pattern (infra gives it to the event source mapping; local applies it). */
  filterPattern?: Record<string, unknown>;
  /** Schedule workers: an EventBridge rate expression, e.g. `rate(5 minutes)`. */
  schedule?: string;
}
