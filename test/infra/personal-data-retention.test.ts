/**
 * The retention job in AWS (docs/privacy.md): scheduled once a day, granted exactly what it erases with (expired
 * idempotency records too: its table-wide Query and DeleteItem cover their partitions), and the
 * copies that outlive a deletion bounded: noncurrent document versions expire, the table's PITR window is the default.
 */
import { Match } from 'aws-cdk-lib/assertions';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { beforeAll, describe, expect, it } from 'vitest';
import { NONCURRENT_VERSION_DAYS } from '../../infra/documents.ts';
import { workers } from '../../functions/workers.ts';
import { logicalIdOf, synthPlenary, TEST_CONTEXT } from './plenary-under-test.ts';

interface Statement {
  Action: string | string[];
  Resource: unknown;
  Effect: string;
  Condition?: unknown;
}

const worker = workers.find((w) => w.name === 'personal-data-retention')!;
const sorted = (list: readonly string[]) => [...list].sort();

describe('the personal data retention job', () => {
  let built: ReturnType<typeof synthPlenary>;
  let fn: IFunction;
  beforeAll(() => {
    built = synthPlenary();
    fn = Object.values(built.stack.capabilities)
      .map((c) => c.workerFunctions.get(worker.name))
      .find(Boolean)!;
  });

  const statements = (): Statement[] => {
    const roleRef = JSON.stringify({ Ref: logicalIdOf(fn.role!) });
    return (
      Object.values(built.template.findResources('AWS::IAM::Policy')) as {
        Properties: { Roles: unknown[]; PolicyDocument: { Statement: Statement[] } };
      }[]
    )
      .filter((p) => JSON.stringify(p.Properties.Roles).includes(roleRef))
      .flatMap((p) => p.Properties.PolicyDocument.Statement);
  };

  it('runs once a day', () => {
    expect(worker.schedule).toBe('rate(1 day)');
    built.template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'rate(1 day)',
      State: 'ENABLED',
      Targets: [Match.objectLike({ Arn: { 'Fn::GetAtt': [logicalIdOf(fn), 'Arn'] } })],
    });
  });

  it('may query, read and write the table, and list and delete document versions under notes-verbales/ only: nothing else', () => {
    const tableArn = { 'Fn::GetAtt': [logicalIdOf(built.stack.data.table), 'Arn'] };
    const { documents } = built.stack;
    const grants = statements()
      .filter((s) => ![s.Action].flat().every((a) => a.startsWith('logs:') || a.startsWith('xray:')))
      .map((s) => ({ actions: sorted([s.Action].flat()), resource: s.Resource, condition: s.Condition }));
    expect(grants).toEqual(
      expect.arrayContaining([
        {
          actions: sorted(['dynamodb:Query', 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem']),
          resource: tableArn,
          condition: undefined,
        },
        { actions: ['dynamodb:Query'], resource: { 'Fn::Join': ['', [tableArn, '/index/*']] }, condition: undefined },
        { actions: ['s3:DeleteObject', 's3:DeleteObjectVersion'], resource: built.stack.resolve(documents.objectsArn), condition: undefined },
        {
          actions: ['s3:ListBucket', 's3:ListBucketVersions'],
          resource: built.stack.resolve(documents.bucket.bucketArn),
          condition: { StringLike: { 's3:prefix': ['notes-verbales/*'] } },
        },
      ]),
    );
    expect(grants).toHaveLength(4);
    // Expired idempotency records (IDEMPOTENCY#<operation>) are queried and deleted under the table-wide grant above,
    // which has no condition: no per-operation grant (dynamodb:LeadingKeys) is added, nor Get/Put/Update on them.
    expect(worker.access.idempotency).toBeUndefined();
    expect(JSON.stringify(grants)).not.toContain('LeadingKeys');
    // No KMS: deleting and listing need no key; no secret, no SES.
    expect(JSON.stringify(grants)).not.toMatch(/kms:|secretsmanager:|ses:/);
    expect(TEST_CONTEXT.region).toBeTruthy();
  });

  it('deleted or replaced document versions expire after NONCURRENT_VERSION_DAYS, delete markers after them', () => {
    expect(NONCURRENT_VERSION_DAYS).toBe(30);
    const [bucket] = Object.values(
      built.template.findResources('AWS::S3::Bucket', { Properties: { VersioningConfiguration: { Status: 'Enabled' } } }),
    ) as { Properties: { LifecycleConfiguration: { Rules: unknown[] } } }[];
    expect(bucket!.Properties.LifecycleConfiguration.Rules).toContainEqual(
      expect.objectContaining({
        NoncurrentVersionExpiration: { NoncurrentDays: NONCURRENT_VERSION_DAYS },
        ExpiredObjectDeleteMarker: true,
        Status: 'Enabled',
      }),
    );
  });

  it('the table keeps point-in-time recovery (35 days, the fixed window docs/privacy.md states)', () => {
    const tables = Object.values(built.template.findResources('AWS::DynamoDB::GlobalTable')) as {
      Properties: { Replicas: Record<string, unknown>[] };
    }[];
    expect(tables.length).toBeGreaterThan(0);
    for (const table of tables)
      for (const replica of table.Properties.Replicas) expect(replica.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
  });
});
