/**
 * What a Lambda function may touch, whether a route (functions/<capability>/*.route.ts) or a worker
 * (functions/workers.ts) declares it: infra turns exactly this into the function's role policy (least privilege)
 * and the local platform refuses any DynamoDB call outside it, as IAM would (local/dynamodb-permissions.ts).
 */

/** The folders under functions/: each function belongs to the capability whose folder holds it. */
export const CAPABILITIES = ['platform', 'events', 'registration', 'press', 'notifications', 'users', 'delegations', 'venue'] as const;
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

/**
 * The Cognito user-pool actions (IAM's `cognito-idp:` names, as the SDK's commands are named) that the colleague
 * routes call, on the console's user pool only.
 */
export const COGNITO_ACTIONS = [
  'ListUsers',
  'ListUsersInGroup',
  'AdminGetUser',
  'AdminListGroupsForUser',
  'AdminCreateUser',
  'AdminAddUserToGroup',
  'AdminRemoveUserFromGroup',
  'AdminDeleteUser',
] as const;
export type CognitoAction = (typeof COGNITO_ACTIONS)[number];

/** What Powertools' DynamoDB persistence layer calls for an idempotent operation (delete: a failed run frees its key). */
export const IDEMPOTENCY_ACTIONS = ['GetItem', 'PutItem', 'UpdateItem', 'DeleteItem'] as const satisfies readonly DynamoDbAction[];

/**
 * Why a function reads the manage-link secret: it derives manage links (register returns one, the mailer puts
 * them in emails), or it keys its rate-limit counters with an HMAC derived from that secret.
 */
export type ManageLinkKeyUse = 'derives-manage-links' | 'rate-limit-hmac';

/**
 * S3 actions on the documents bucket (infra/documents.ts), and only on its `notes-verbales/` objects. Each brings
 * the KMS use it needs on the bucket's key, through S3 only: PutObject (also what a presigned POST it signs is
 * checked against) kms:GenerateDataKey, GetObject kms:Decrypt plus s3:ListBucket on the prefix (so a missing
 * object answers 404, not 403), DeleteObject nothing more. The retention job erases every version of an event's
 * documents: DeleteObjectVersion on the objects, and ListBucket / ListBucketVersions, on the bucket but only for
 * the `notes-verbales/` prefix.
 */
export const S3_OBJECT_ACTIONS = ['PutObject', 'GetObject', 'DeleteObject', 'DeleteObjectVersion', 'ListBucket', 'ListBucketVersions'] as const;
/** The S3 actions IAM checks against the bucket (with an `s3:prefix` condition), not against its objects. */
export const S3_BUCKET_ACTIONS = ['ListBucket', 'ListBucketVersions'] as const satisfies readonly S3ObjectAction[];
export type S3ObjectAction = (typeof S3_OBJECT_ACTIONS)[number];

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
  /**
   * Reads the badge-signing secret (infra/badge-signing-key.ts) to sign check-in codes: only the functions that
   * make badges. The check-in routes verify with the public key, which the roster publishes, and need no secret.
   */
  badgeSigningKey?: boolean;
  /** Permission to send email through SES (only the mailer normally needs this). */
  ses?: boolean;
  /** The Cognito actions its adapter calls, allowed on the console's user pool only (the colleague routes). */
  cognito?: readonly CognitoAction[];
  /** What it does to notes verbales in the documents bucket (shared/adapters/s3-document-store.ts); absent: nothing. */
  s3?: readonly S3ObjectAction[];
}
