/** The documents bucket (notes verbales): private, encrypted with its own rotated key, TLS only, versioned, logged, and reachable only by what a route declares. */
import { Match } from 'aws-cdk-lib/assertions';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { beforeAll, describe, expect, it } from 'vitest';
import { routes } from '../../functions/routes.ts';
import { fixtureDocumentsRoute, logicalIdOf, synthPlenary } from './plenary-under-test.ts';

interface Statement {
  Effect: string;
  Action: string | string[];
  Resource: unknown;
  Condition?: unknown;
}

describe('the documents bucket', () => {
  let built: ReturnType<typeof synthPlenary>;
  let bucketId: string;
  const bucket = () => built.template.toJSON().Resources[bucketId] as { Properties: Record<string, unknown>; DeletionPolicy?: string };
  beforeAll(() => {
    built = synthPlenary();
    bucketId = logicalIdOf(built.stack.documents.bucket);
  });

  const statementsOf = (fn: IFunction): Statement[] =>
    (
      Object.values(built.template.findResources('AWS::IAM::Policy')) as {
        Properties: { Roles: unknown[]; PolicyDocument: { Statement: Statement[] } };
      }[]
    )
      .filter((p) => JSON.stringify(p.Properties.Roles).includes(JSON.stringify({ Ref: logicalIdOf(fn.role!) })))
      .flatMap((p) => p.Properties.PolicyDocument.Statement);
  const functionOf = (handler: string) =>
    Object.values(built.stack.capabilities)
      .map((c) => c.routeFunctions.get(handler))
      .find(Boolean)!;

  it('is encrypted with a customer managed KMS key that rotates, kept when the stack goes', () => {
    const keyId = logicalIdOf(built.stack.documents.key);
    expect(bucket().Properties.BucketEncryption).toEqual({
      ServerSideEncryptionConfiguration: [
        { ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: { 'Fn::GetAtt': [keyId, 'Arn'] } }, BucketKeyEnabled: true },
      ],
    });
    built.template.hasResource('AWS::KMS::Key', { Properties: Match.objectLike({ EnableKeyRotation: true }), DeletionPolicy: 'Retain' });
    expect(bucket().DeletionPolicy).toBe('Retain');
  });

  it('blocks every kind of public access and has ACLs off', () => {
    expect(bucket().Properties.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
    expect(bucket().Properties.OwnershipControls).toEqual({ Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] });
  });

  it('refuses every request not made over TLS', () => {
    built.template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: bucketId },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Action: 's3:*', Principal: { AWS: '*' }, Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
  });

  it('is versioned; old versions expire after 30 days and incomplete uploads after a day', () => {
    expect(bucket().Properties.VersioningConfiguration).toEqual({ Status: 'Enabled' });
    expect(bucket().Properties.LifecycleConfiguration).toEqual({
      Rules: expect.arrayContaining([
        expect.objectContaining({ NoncurrentVersionExpiration: { NoncurrentDays: 30 }, ExpiredObjectDeleteMarker: true, Status: 'Enabled' }),
        expect.objectContaining({ AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 }, Status: 'Enabled' }),
      ]),
    });
  });

  it('logs its access to the access-log bucket, and lets only the site POST to it from a browser', () => {
    expect(bucket().Properties.LoggingConfiguration).toEqual({
      DestinationBucketName: { Ref: logicalIdOf(built.stack.web.logs) },
      LogFilePrefix: 'documents/',
    });
    const cors = (bucket().Properties.CorsConfiguration as { CorsRules: { AllowedMethods: string[]; AllowedOrigins: unknown[] }[] }).CorsRules;
    expect(cors).toHaveLength(1);
    expect(cors[0]!.AllowedMethods).toEqual(['POST']);
    expect(JSON.stringify(cors[0]!.AllowedOrigins)).not.toContain('*');
  });

  it('grants nothing on the bucket or its key to a route that declares no s3 access', () => {
    const bucketRef = JSON.stringify({ 'Fn::GetAtt': [bucketId, 'Arn'] });
    const keyRef = JSON.stringify({ 'Fn::GetAtt': [logicalIdOf(built.stack.documents.key), 'Arn'] });
    // The note verbale routes (functions/delegations/*note-verbale*) declare theirs: function-permissions.test.ts checks each grant is declared.
    expect(routes.filter((r) => r.access.s3?.length).map((r) => r.handler)).toEqual(
      expect.arrayContaining(['delegations/offer-note-verbale-upload', 'delegations/complete-note-verbale', 'delegations/admin-get-note-verbale']),
    );
    for (const route of routes.filter((r) => !r.access.s3?.length)) {
      const statements = JSON.stringify(statementsOf(functionOf(route.handler)));
      expect(statements, route.handler).not.toContain(bucketRef);
      expect(statements, route.handler).not.toContain(keyRef);
      expect(statements, route.handler).not.toMatch(/"s3:|"kms:/);
    }
  });

  it('grants a route exactly its declared object actions on notes-verbales/*, with the KMS use they need through S3 only', () => {
    const fn = functionOf(fixtureDocumentsRoute.handler);
    const documentsStatements = statementsOf(fn).filter((s) => [s.Action].flat().some((a) => /^(s3|kms):/.test(a)));
    expect(documentsStatements).toEqual([
      {
        Effect: 'Allow',
        Action: ['s3:PutObject', 's3:GetObject'],
        Resource: { 'Fn::Join': ['', [{ 'Fn::GetAtt': [bucketId, 'Arn'] }, '/notes-verbales/*']] },
      },
      {
        Effect: 'Allow',
        Action: 's3:ListBucket',
        Resource: { 'Fn::GetAtt': [bucketId, 'Arn'] },
        Condition: { StringLike: { 's3:prefix': ['notes-verbales/*'] } },
      },
      {
        Effect: 'Allow',
        Action: ['kms:GenerateDataKey', 'kms:Decrypt'],
        Resource: { 'Fn::GetAtt': [logicalIdOf(built.stack.documents.key), 'Arn'] },
        Condition: { StringEquals: { 'kms:ViaService': 's3.eu-west-1.amazonaws.com' } },
      },
    ]);
    built.template.hasResourceProperties('AWS::Lambda::Function', {
      Role: { 'Fn::GetAtt': [logicalIdOf(fn.role!), 'Arn'] },
      Environment: { Variables: Match.objectLike({ DOCUMENTS_BUCKET: { Ref: bucketId } }) },
    });
  });
});
