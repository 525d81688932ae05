/**
 * Turns a route's or worker's declared `access` into IAM grants and the environment that goes with them,
 * so a permission and the variable that uses it cannot drift apart. Least privilege: a read route gets
 * read actions on the table only; only `ses: true` may send mail, and only from the configured identity;
 * only code that builds or checks manage links (registration, and the mailer) may read their key.
 */
import { Stack, type CfnElement } from 'aws-cdk-lib';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import { Effect, PolicyStatement, type Role } from 'aws-cdk-lib/aws-iam';
import type { Capability, RouteAccess } from '../../shared/http/route-types.ts';
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
  mail: MailSender;
  manageLinkKey: ISecret;
}

/** Registration functions check and issue manage links; the mailer puts them in emails. */
const usesManageLinks = (capability: Capability, access: RouteAccess) => capability === 'registration' || access.ses === true;

export const grantAccess = (role: Role, { capability, access }: { capability: Capability; access: RouteAccess }, targets: AccessTargets): Record<string, string> => {
  const env: Record<string, string> = {};
  if (usesManageLinks(capability, access)) {
    targets.manageLinkKey.grantRead(role);
    env.MANAGE_LINK_KEY_SECRET_ARN = targets.manageLinkKey.secretArn;
  }
  if (access.table !== 'none') {
    if (access.table === 'read') targets.table.grantReadData(role);
    else targets.table.grantReadWriteData(role);
    env.TABLE_NAME = targets.table.tableName;
    acknowledgeNag(
      role,
      `AwsSolutions-IAM5[Resource::<${logicalId(targets.table)}.Arn>/index/*]`,
      "Queries the GSIs of its one table (GSI1 lists, GSI2 time-ordered work); the wildcard covers only that table's indexes.",
    );
  }
  if (access.ses) {
    role.addToPolicy(
      new PolicyStatement({
        effect: Effect.ALLOW,
        actions: ['ses:SendEmail', 'ses:SendRawEmail'],
        resources: [targets.mail.identityArn, targets.mail.configurationSetArn],
        conditions: { StringEquals: { 'ses:FromAddress': targets.mail.fromAddress } },
      }),
    );
    env.SES_CONFIGURATION_SET = targets.mail.configurationSetName;
    env.SES_FROM = targets.mail.fromAddress;
  }
  return env;
};

const logicalId = (table: ITableV2) => Stack.of(table).getLogicalId(table.node.defaultChild as CfnElement);
