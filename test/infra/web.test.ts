import { Match, Template } from 'aws-cdk-lib/assertions';
import { routes } from '../../functions/routes.ts';
import { workers } from '../../functions/workers.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { logicalIdOf, synthPlenary, TEST_CONTEXT } from './plenary-under-test.ts';

const TEST_REGION = TEST_CONTEXT.region;

interface WafRule {
  Name: string;
  Action?: unknown;
  OverrideAction?: unknown;
  Statement: {
    RateBasedStatement?: { AggregateKeyType: string; Limit: number; EvaluationWindowSec: number; ScopeDownStatement?: unknown };
    ManagedRuleGroupStatement?: unknown;
  };
}

type Distribution = {
  DistributionConfig: Record<string, unknown> & { CacheBehaviors: Record<string, unknown>[]; DefaultCacheBehavior: Record<string, unknown> };
};

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
    const origins = distribution.DistributionConfig.Origins as {
      Id: string;
      DomainName: unknown;
      CustomOriginConfig?: { OriginProtocolPolicy: string };
    }[];
    const apiOrigin = origins.find((o) => o.Id === api!.TargetOriginId);
    expect(JSON.stringify(apiOrigin!.DomainName)).toContain(logicalIdOf(built.stack.api.httpApi));
    expect(apiOrigin!.CustomOriginConfig?.OriginProtocolPolicy).toBe('https-only');
  });

  it("writes the viewer's own address into X-Plenary-Viewer-Address on /api/*, replacing one a caller forged", () => {
    const api = distribution.DistributionConfig.CacheBehaviors.find((b) => b.PathPattern === '/api/*') as {
      FunctionAssociations?: { EventType: string; FunctionARN: { 'Fn::GetAtt': [string, string] } }[];
    };
    const association = api.FunctionAssociations?.find((f) => f.EventType === 'viewer-request');
    expect(association).toBeDefined();
    const fn = built.template.toJSON().Resources[association!.FunctionARN['Fn::GetAtt'][0]] as { Properties: { FunctionCode: string } };
    // Run the function's own code as CloudFront would, on a request that carries a forged address.
    const handler = new Function(`${fn.Properties.FunctionCode}; return handler;`)() as (event: unknown) => {
      headers: Record<string, { value: string }>;
    };
    const request = handler({
      viewer: { ip: '2001:db8:1:2::7' },
      request: { uri: '/api/events/x/registrations', headers: { 'x-plenary-viewer-address': { value: '203.0.113.9' } } },
    });
    expect(request.headers['x-plenary-viewer-address']).toEqual({ value: '2001:db8:1:2::7' });
  });

  it('answers with strict security headers: a CSP without inline scripts, HSTS, no framing, nosniff, a referrer policy', () => {
    built.template.hasResourceProperties('AWS::CloudFront::ResponseHeadersPolicy', {
      ResponseHeadersPolicyConfig: {
        SecurityHeadersConfig: {
          ContentSecurityPolicy: { ContentSecurityPolicy: Match.stringLikeRegexp("script-src 'self' 'wasm-unsafe-eval';"), Override: true },
          StrictTransportSecurity: Match.objectLike({ AccessControlMaxAgeSec: 63072000, IncludeSubdomains: true, Override: true }),
          FrameOptions: { FrameOption: 'DENY', Override: true },
          ContentTypeOptions: { Override: true },
          ReferrerPolicy: { ReferrerPolicy: 'strict-origin-when-cross-origin', Override: true },
        },
      },
    });
    const [policy] = Object.values(built.template.findResources('AWS::CloudFront::ResponseHeadersPolicy')) as {
      Properties: { ResponseHeadersPolicyConfig: { SecurityHeadersConfig: { ContentSecurityPolicy: { ContentSecurityPolicy: string } } } };
    }[];
    const csp = policy!.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig.ContentSecurityPolicy.ContentSecurityPolicy;
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    // The check-in app compiles its QR reader (WebAssembly) and registers a service worker, both from this origin only.
    expect(csp).not.toMatch(/'unsafe-eval'/);
    expect(csp).toContain("worker-src 'self'");
    built.template.hasResourceProperties('AWS::CloudFront::ResponseHeadersPolicy', {
      ResponseHeadersPolicyConfig: {
        CustomHeadersConfig: {
          Items: Match.arrayWith([
            { Header: 'Permissions-Policy', Value: 'camera=(self), microphone=(), geolocation=(), payment=()', Override: true },
          ]),
        },
      },
    });
    // The note verbale is POSTed from the pages straight to the documents bucket.
    expect(JSON.stringify(csp)).toMatch(/connect-src 'self' [^;]*https:\/\/\*\.s3\./);
    const policyRef = { Ref: logicalIdOf(built.stack.web.securityHeaders) };
    expect(distribution.DistributionConfig.DefaultCacheBehavior.ResponseHeadersPolicyId).toEqual(policyRef);
    expect(distribution.DistributionConfig.CacheBehaviors.every((b) => JSON.stringify(b.ResponseHeadersPolicyId) === JSON.stringify(policyRef))).toBe(
      true,
    );
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
    const [deployment] = Object.values(built.template.findResources('Custom::CDKBucketDeployment')) as {
      Properties: { SourceMarkers: Record<string, unknown>[] };
    }[];
    // Deploy-time values substituted into config.json: the pool and the console's client.
    const substituted = deployment!.Properties.SourceMarkers.flatMap((markers) => Object.values(markers));
    expect(substituted).toContainEqual({ Ref: logicalIdOf(auth.userPool) });
    expect(substituted).toContainEqual({ Ref: logicalIdOf(auth.consoleClient) });
  });

  describe('AWS WAF in front of everything the distribution serves', () => {
    let edge: Template;
    beforeAll(() => {
      edge = Template.fromStack(built.stack.edge);
    });

    it('keeps the web ACL in us-east-1, where CloudFront web ACLs must live, scoped to CloudFront', () => {
      expect(built.stack.edge.region).toBe('us-east-1');
      edge.resourceCountIs('AWS::WAFv2::WebACL', 1);
      edge.hasResourceProperties('AWS::WAFv2::WebACL', { Scope: 'CLOUDFRONT', DefaultAction: { Allow: {} } });
    });

    it('blocks floods per client: writes under /api/ and requests of any kind, each over 5 minutes', () => {
      const [acl] = Object.values(edge.findResources('AWS::WAFv2::WebACL')) as { Properties: { Rules: WafRule[] } }[];
      const rateRules = acl!.Properties.Rules.filter((r) => r.Statement.RateBasedStatement);
      expect(
        rateRules.map((r) => [
          r.Name,
          r.Action,
          r.Statement.RateBasedStatement!.AggregateKeyType,
          r.Statement.RateBasedStatement!.Limit,
          r.Statement.RateBasedStatement!.EvaluationWindowSec,
        ]),
      ).toEqual([
        ['PublicWritesPerIp', { Block: {} }, 'IP', 100, 300],
        ['RequestsPerIp', { Block: {} }, 'IP', 5000, 300],
      ]);
      const writes = JSON.stringify(rateRules[0]!.Statement.RateBasedStatement!.ScopeDownStatement);
      for (const word of ['"/api/"', '"POST"', '"PUT"', '"PATCH"', '"DELETE"']) expect(writes).toContain(word);
    });

    it('applies the AWS managed common rule set, counting (not blocking) its 8 KB body rule: the API has its own 64 KB limit', () => {
      const [acl] = Object.values(edge.findResources('AWS::WAFv2::WebACL')) as { Properties: { Rules: WafRule[] } }[];
      const managed = acl!.Properties.Rules.find((r) => r.Statement.ManagedRuleGroupStatement);
      expect(managed).toMatchObject({
        OverrideAction: { None: {} },
        Statement: {
          ManagedRuleGroupStatement: {
            VendorName: 'AWS',
            Name: 'AWSManagedRulesCommonRuleSet',
            RuleActionOverrides: [{ Name: 'SizeRestrictions_BODY', ActionToUse: { Count: {} } }],
          },
        },
      });
    });

    it('attaches the web ACL to the distribution, through a cross-region reference to its ARN', () => {
      const webAclId = distribution.DistributionConfig.WebACLId as { 'Fn::GetAtt': [string, string] };
      expect(webAclId['Fn::GetAtt'][1]).toMatch(/^\/cdk\/exports\/Plenary\/PlenaryEdgeuseast1FnGetAttWebAclArn/);
      built.template.hasResourceProperties('Custom::CrossRegionExportReader', { ReaderProps: { region: TEST_REGION } });
      const [writer] = Object.values(edge.findResources('Custom::CrossRegionExportWriter')) as {
        Properties: { WriterProps: { exports: Record<string, unknown> } };
      }[];
      expect(Object.values(writer!.Properties.WriterProps.exports)).toContainEqual({ 'Fn::GetAtt': [logicalIdOf(built.stack.edge.webAcl), 'Arn'] });
    });
  });

  describe('nothing reaches the API around CloudFront', () => {
    const secretValue = () => ({
      'Fn::Join': ['', ['{{resolve:secretsmanager:', { Ref: logicalIdOf(built.stack.originVerify.secret) }, ':SecretString:::}}']],
    });
    const envOf = (fn: { node: unknown }) =>
      (
        built.template.findResources('AWS::Lambda::Function')[logicalIdOf(fn as never)] as {
          Properties: { Environment: { Variables: Record<string, unknown> } };
        }
      ).Properties.Environment.Variables;

    it('CloudFront sends the API a secret header, resolved from Secrets Manager at deploy time (never in the template)', () => {
      const api = distribution.DistributionConfig.CacheBehaviors.find((b) => b.PathPattern === '/api/*')!;
      const origins = distribution.DistributionConfig.Origins as { Id: string; OriginCustomHeaders?: unknown }[];
      expect(origins.find((o) => o.Id === api.TargetOriginId)!.OriginCustomHeaders).toEqual([
        { HeaderName: 'x-plenary-origin', HeaderValue: secretValue() },
      ]);
    });

    it('every API function is given the same value to require; workers, which no request reaches, are not', () => {
      const functions = Object.values(built.stack.capabilities);
      for (const route of routes)
        expect(envOf(functions.map((c) => c.routeFunctions.get(route.handler)).find(Boolean)!).ORIGIN_VERIFY, route.handler).toEqual(secretValue());
      for (const worker of workers)
        expect(envOf(functions.map((c) => c.workerFunctions.get(worker.name)).find(Boolean)!)).not.toHaveProperty('ORIGIN_VERIFY');
    });
  });
});
