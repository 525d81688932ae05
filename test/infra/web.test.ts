import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { logicalIdOf, synthPlenary } from './plenary-under-test.ts';

type Distribution = { DistributionConfig: Record<string, unknown> & { CacheBehaviors: Record<string, unknown>[]; DefaultCacheBehavior: Record<string, unknown> } };

describe('the site', () => {
  let built: ReturnType<typeof synthPlenary>;
  let distribution: Distribution;
  beforeAll(() => {
    built = synthPlenary();
    distribution = (Object.values(built.template.findResources('AWS::CloudFront::Distribution'))[0] as { Properties: Distribution }).Properties;
  });

  it('keeps the pages in a private, encrypted, TLS-only bucket with access logs', () => {
    const bucketId = logicalIdOf(built.stack.web.bucket);
    built.template.hasResourceProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
      LoggingConfiguration: Match.objectLike({ LogFilePrefix: 'site/' }),
    });
    built.template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: bucketId },
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]) },
    });
  });

  it('lets only CloudFront read the bucket, through Origin Access Control', () => {
    built.template.hasResourceProperties('AWS::CloudFront::OriginAccessControl', {
      OriginAccessControlConfig: { OriginAccessControlOriginType: 's3', SigningBehavior: 'always', SigningProtocol: 'sigv4' },
    });
    const origins = distribution.DistributionConfig.Origins as { S3OriginConfig?: unknown; OriginAccessControlId?: unknown }[];
    const s3Origin = origins.find((o) => o.S3OriginConfig);
    expect(s3Origin?.OriginAccessControlId).toBeDefined();
  });

  it('sends /api/* to the HTTP API uncached, with every method and every viewer header but Host', () => {
    const api = distribution.DistributionConfig.CacheBehaviors.find((b) => b.PathPattern === '/api/*');
    expect(api).toMatchObject({
      AllowedMethods: ['GET', 'HEAD', 'OPTIONS', 'PUT', 'PATCH', 'POST', 'DELETE'],
      CachePolicyId: '4135ea2d-6df8-44a3-9df3-4b5a84be39ad', // Managed-CachingDisabled
      OriginRequestPolicyId: 'b689b0a8-53d0-40ab-baf2-68738e2966ac', // Managed-AllViewerExceptHostHeader
      ViewerProtocolPolicy: 'https-only',
    });
    const origins = distribution.DistributionConfig.Origins as { Id: string; DomainName: unknown; CustomOriginConfig?: { OriginProtocolPolicy: string } }[];
    const apiOrigin = origins.find((o) => o.Id === api!.TargetOriginId);
    expect(JSON.stringify(apiOrigin!.DomainName)).toContain(logicalIdOf(built.stack.api.httpApi));
    expect(apiOrigin!.CustomOriginConfig?.OriginProtocolPolicy).toBe('https-only');
  });

  it('answers with strict security headers: a CSP without inline scripts, HSTS, no framing, nosniff, a referrer policy', () => {
    built.template.hasResourceProperties('AWS::CloudFront::ResponseHeadersPolicy', {
      ResponseHeadersPolicyConfig: {
        SecurityHeadersConfig: {
          ContentSecurityPolicy: { ContentSecurityPolicy: Match.stringLikeRegexp("script-src 'self';"), Override: true },
          StrictTransportSecurity: Match.objectLike({ AccessControlMaxAgeSec: 63072000, IncludeSubdomains: true, Override: true }),
          FrameOptions: { FrameOption: 'DENY', Override: true },
          ContentTypeOptions: { Override: true },
          ReferrerPolicy: { ReferrerPolicy: 'strict-origin-when-cross-origin', Override: true },
        },
      },
    });
    const [policy] = Object.values(built.template.findResources('AWS::CloudFront::ResponseHeadersPolicy')) as { Properties: { ResponseHeadersPolicyConfig: { SecurityHeadersConfig: { ContentSecurityPolicy: { ContentSecurityPolicy: string } } } } }[];
    const csp = policy!.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig.ContentSecurityPolicy.ContentSecurityPolicy;
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    const policyRef = { Ref: logicalIdOf(built.stack.web.securityHeaders) };
    expect(distribution.DistributionConfig.DefaultCacheBehavior.ResponseHeadersPolicyId).toEqual(policyRef);
    expect(distribution.DistributionConfig.CacheBehaviors.every((b) => JSON.stringify(b.ResponseHeadersPolicyId) === JSON.stringify(policyRef))).toBe(true);
  });

  it('records no query string at the edge: no standard (legacy) logs, which always keep it, nor a v2 delivery that keeps it', () => {
    expect(distribution.DistributionConfig.Logging).toBeUndefined();
    for (const delivery of Object.values(built.template.findResources('AWS::Logs::Delivery')) as { Properties: { RecordFields?: string[] } }[]) {
      expect(delivery.Properties.RecordFields, 'a v2 delivery names its fields').toBeDefined();
      expect(delivery.Properties.RecordFields).not.toContain('cs-uri-query');
    }
  });

  it('serves index.html for page paths without turning API errors into pages, over HTTPS', () => {
    expect(distribution.DistributionConfig).toMatchObject({
      DefaultRootObject: 'index.html',
      DefaultCacheBehavior: { ViewerProtocolPolicy: 'redirect-to-https', FunctionAssociations: [{ EventType: 'viewer-request' }] },
    });
    expect(distribution.DistributionConfig.CustomErrorResponses).toBeUndefined();
  });

  it('deploys the built pages with a config.json that tells the console how to sign in with Cognito', () => {
    const { auth } = built.stack;
    built.template.hasResourceProperties('Custom::CDKBucketDeployment', {
      DestinationBucketName: { Ref: logicalIdOf(built.stack.web.bucket) },
      DistributionPaths: ['/*'],
    });
    const [deployment] = Object.values(built.template.findResources('Custom::CDKBucketDeployment')) as { Properties: { SourceMarkers: Record<string, unknown>[] } }[];
    // Deploy-time values substituted into config.json: the pool and the console's client.
    const substituted = deployment!.Properties.SourceMarkers.flatMap((markers) => Object.values(markers));
    expect(substituted).toContainEqual({ Ref: logicalIdOf(auth.userPool) });
    expect(substituted).toContainEqual({ Ref: logicalIdOf(auth.consoleClient) });
  });
});
