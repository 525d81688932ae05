/**
 * What a Lambda function may touch, whether a route (functions/<capability>/*.route.ts) or a worker
 * (functions/workers.ts) declares it: infra turns exactly this into the function's role policy (least privilege)
 * and the local platform refuses any DynamoDB call outside it, as IAM would (local/dynamodb-permissions.ts).
 */

/** The folders under functions/: each function belongs to the capability whose folder holds it. */
export const CAPABILITIES = ['platform', 'events', 'registration', 'press', 'notifications', 'delegations'] as const;
export type Capability = (typeof CAPABILITIES)[number];

/**
 * DynamoDB actions as IAM names them. A transaction has no action of its own: IAM authorizes each of its
 * elements as PutItem, UpdateItem, DeleteItem or ConditionCheckItem (and TransactGetItems' as GetItem), so a
 * function declares the element kinds its transactions hold.
 */
export const DYNAMODB_ACTIONS = [
  'GetItem',
  'BatchGetItem',
  'Query',
  'Scan',
  'PutItem',
  'UpdateItem',
  'DeleteItem',
  'BatchWriteItem',
  'ConditionCheckItem',
] as const;
export type DynamoDbAction = (typeof DYNAMODB_ACTIONS)[number];

/** What Powertools' DynamoDB persistence layer calls for an idempotent operation (delete: a failed run frees its key). */
export const IDEMPOTENCY_ACTIONS = ['GetItem', 'PutItem', 'UpdateItem', 'DeleteItem'] as const satisfies readonly DynamoDbAction[];

/**
 * Why a function reads the manage-link secret: it derives manage links (register returns one, the mailer puts
 * them in emails), or it keys its rate-limit counters with an HMAC derived from that secret.
 */
export type ManageLinkKeyUse = 'derives-manage-links' | 'rate-limit-hmac';

export interface FunctionAccess {
  /** The actions its adapters call on the table, derived from the code (Query also covers the table's indexes). */
  dynamodb?: readonly DynamoDbAction[];
  /**
   * Its idempotent operation's name (a route spec's `idempotent.operation`): IDEMPOTENCY_ACTIONS on the items whose
   * partition key is `IDEMPOTENCY#<name>` and nowhere else (IAM condition `dynamodb:LeadingKeys`).
   */
  idempotency?: string;
  /** Reads the manage-link secret, for these reasons; absent: it may not. */
  manageLinkKey?: readonly ManageLinkKeyUse[];
  /** Permission to send email through SES (only the mailer normally needs this). */
  ses?: boolean;
}
