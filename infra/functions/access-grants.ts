/**
 * Turns a route's or worker's declared `access` into IAM grants and the environment that goes with them,
 * so a permission and the variable that uses it cannot drift apart. Least privilege: exactly the DynamoDB
 * actions the declaration lists, on the one table (Query also on its indexes); idempotency records only
 * under their own partition key; the manage-link key only where the declaration says why; SES only with
 * `ses: true`, and only from the configured identity; Cognito only the declared actions, on the one user pool.
 */
import { Stack, type CfnElement } from 'aws-cdk-lib';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import type { IUserPool } from 'aws-cdk-lib/aws-cognito';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import { Effect, PolicyStatement, type Role } from 'aws-cdk-lib/aws-iam';
import { idempotencyPk } from '../../shared/adapters/items/idempotency-record.ts';
import { IDEMPOTENCY_ACTIONS, S3_BUCKET_ACTIONS, type FunctionAccess, type S3ObjectAction } from '../../shared/function-access.ts';
import type { Documents } from '../documents.ts';
import { acknowledgeNag } from '../nag.ts';

export interface MailSender {
  /** ARNs of the SES identity and the configuration set a send must name. */
  identityArn: string;
  configurationSetArn: string;
  configurationSetName: string;
  fromAddress: string;
}

export interface AccessTargets {
  table: ITableV2;
  /** The console's user pool: the colleague routes manage its users. */
  userPool: IUserPool;
  mail: MailSender;
  manageLinkKey: ISecret;
  /** The secret events' badge-signing keys are derived from (infra/badge-signing-key.ts). */
  badgeSigningKey: ISecret;
  documents: Documents;
}

export const grantAccess = (role: Role, { access }: { access: FunctionAccess }, targets: AccessTargets): Record<string, string> => {
  const env: Record<string, string> = {};
  if (access.manageLinkKey?.length) {
    grantSecretValue(role, targets.manageLinkKey);
    env.MANAGE_LINK_KEY_SECRET_ARN = targets.manageLinkKey.secretArn;
  }
  if (access.badgeSigningKey) {
    grantSecretValue(role, targets.badgeSigningKey);
    env.BADGE_SIGNING_SECRET_ARN = targets.badgeSigningKey.secretArn;
  }
  const { tableArn } = targets.table;
  const actions = access.dynamodb ?? [];
  if (actions.length) {
    role.addToPolicy(new PolicyStatement({ effect: Effect.ALLOW, actions: actions.map((a) => `dynamodb:${a}`), resources: [tableArn] }));
    if (actions.includes('Query')) {
      role.addToPolicy(new PolicyStatement({ effect: Effect.ALLOW, actions: ['dynamodb:Query'], resources: [`${tableArn}/index/*`] }));
      acknowledgeNag(
        role,
        `AwsSolutions-IAM5[Resource::<${logicalId(targets.table)}.Arn>/index/*]`,
        "Queries the GSIs of its one table (GSI1 lists, GSI2 time-ordered work); the wildcard covers only that table's indexes, for Query only.",
      );
    }
  }
  if (access.idempotency) {
    // Powertools deletes a record when the run it guards fails, so a retry can go ahead: DeleteItem, but only here.
    role.addToPolicy(
      new PolicyStatement({
        effect: Effect.ALLOW,
        actions: IDEMPOTENCY_ACTIONS.map((a) => `dynamodb:${a}`),
        resources: [tableArn],
        conditions: { 'ForAllValues:StringEquals': { 'dynamodb:LeadingKeys': [idempotencyPk(access.idempotency)] } },
      }),
    );
  }
  if (actions.length || access.idempotency) env.TABLE_NAME = targets.table.tableName;
  if (access.ses) {
    role.addToPolicy(
      new PolicyStatement({
        effect: Effect.ALLOW,
        // SES v2 SendEmail (the mailer's only call) is authorized as ses:SendEmail.
        actions: ['ses:SendEmail'],
        resources: [targets.mail.identityArn, targets.mail.configurationSetArn],
        conditions: { StringEquals: { 'ses:FromAddress': targets.mail.fromAddress } },
      }),
    );
    env.SES_CONFIGURATION_SET = targets.mail.configurationSetName;
    env.SES_FROM = targets.mail.fromAddress;
  }
  if (access.cognito?.length) {
    role.addToPolicy(
      new PolicyStatement({
        effect: Effect.ALLOW,
        actions: access.cognito.map((a) => `cognito-idp:${a}`),
        resources: [targets.userPool.userPoolArn],
      }),
    );
    env.USER_POOL_ID = targets.userPool.userPoolId;
  }
  if (access.s3?.length) Object.assign(env, grantDocuments(role, access.s3, targets.documents));
  return env;
};

/**
 * GetSecretValue on that one secret, and nothing else: all the Parameters and Secrets extension calls with the
 * function's role (secret.grantRead would add DescribeSecret, which nothing uses). The secrets are encrypted with
 * Secrets Manager's AWS managed key, which needs no kms grant.
 */
const grantSecretValue = (role: Role, secret: ISecret): void => {
  role.addToPolicy(new PolicyStatement({ effect: Effect.ALLOW, actions: ['secretsmanager:GetSecretValue'], resources: [secret.secretArn] }));
};

/** Exactly the declared object actions on `notes-verbales/*`, and the KMS use each needs, through S3 only. */
const grantDocuments = (role: Role, actions: NonNullable<FunctionAccess['s3']>, documents: Documents): Record<string, string> => {
  const { bucket, key } = documents;
  const objectActions = actions.filter((a) => !isBucketAction(a));
  if (objectActions.length)
    role.addToPolicy(new PolicyStatement({ effect: Effect.ALLOW, actions: objectActions.map((a) => `s3:${a}`), resources: [documents.objectsArn] }));
  const bucketActions = documentsBucketActions(actions);
  if (bucketActions.length) {
    // Listing, only of the prefix. Without ListBucket, S3 answers 403 for a missing object: the check could not tell
    // "not uploaded" from "not allowed", hence ListBucket for GetObject too.
    role.addToPolicy(
      new PolicyStatement({
        effect: Effect.ALLOW,
        actions: bucketActions.map((a) => `s3:${a}`),
        resources: [bucket.bucketArn],
        conditions: { StringLike: { 's3:prefix': [`${documents.notesVerbalesPrefix}*`] } },
      }),
    );
  }
  const kmsActions = [...(actions.includes('PutObject') ? ['kms:GenerateDataKey'] : []), ...(actions.includes('GetObject') ? ['kms:Decrypt'] : [])];
  if (kmsActions.length) {
    const region = Stack.of(role).region;
    role.addToPolicy(
      new PolicyStatement({
        effect: Effect.ALLOW,
        actions: kmsActions,
        resources: [key.keyArn],
        conditions: { StringEquals: { 'kms:ViaService': `s3.${region}.amazonaws.com` } },
      }),
    );
  }
  acknowledgeNag(
    role,
    `AwsSolutions-IAM5[Resource::<${Stack.of(bucket).getLogicalId(bucket.node.defaultChild as CfnElement)}.Arn>/${documents.notesVerbalesPrefix}*]`,
    'Notes verbales are one object per upload under notes-verbales/<event>/<delegation>/; the wildcard covers only that prefix, for the declared actions only.',
  );
  return { DOCUMENTS_BUCKET: bucket.bucketName };
};

const isBucketAction = (action: S3ObjectAction): boolean => (S3_BUCKET_ACTIONS as readonly string[]).includes(action);

/** The bucket-level actions a declaration implies: its own List* actions, and ListBucket for GetObject. */
export const documentsBucketActions = (actions: readonly S3ObjectAction[]): S3ObjectAction[] =>
  [...new Set<S3ObjectAction>([...actions.filter(isBucketAction), ...(actions.includes('GetObject') ? (['ListBucket'] as const) : [])])].sort();

const logicalId = (table: ITableV2) => Stack.of(table).getLogicalId(table.node.defaultChild as CfnElement);
