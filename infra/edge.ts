/**
 * The web ACL in front of the whole site (pages and `/api/*`): AWS WAF on the CloudFront distribution.
 *
 * A web ACL for CloudFront must live in us-east-1 (scope CLOUDFRONT), whatever region the application is in, so it
 * is a small stack of its own, `PlenaryEdge`, pinned to us-east-1. The Plenary stack reads its ARN through CDK's
 * cross-region references (an SSM parameter written in us-east-1 and read by a custom resource in the app's
 * region), which also orders the deployment: `cdk deploy --all` deploys the edge stack first.
 *
 * Rules, in order:
 * 1. public writes (POST, PUT, PATCH, DELETE under /api/) per client IP over 5 minutes: a flood from one address is
 *    blocked at the edge before any function runs (the application's own per-client, per-address and per-event
 *    limits still apply behind it, and aggregate IPv6 by /64, which WAF cannot);
 * 2. every request per client IP over 5 minutes: a generous ceiling for scrapers and floods of reads;
 * 3. the AWS managed common rule set (bad inputs, known exploit patterns), with its 8 KB body-size rule counted
 *    instead of blocking: the API enforces its own 64 KB limit, and an event configuration may exceed 8 KB.
 */
import { Stack, type StackProps } from 'aws-cdk-lib';
import { CfnWebACL } from 'aws-cdk-lib/aws-wafv2';
import type { Construct } from 'constructs';

export interface EdgeLimits {
  /** Writes to /api/ per client IP in 5 minutes. */
  writesPerIp: number;
  /** Requests of any kind per client IP in 5 minutes. */
  requestsPerIp: number;
}

export const WAF_WINDOW_SECONDS = 300;

const visibility = (metricName: string): CfnWebACL.VisibilityConfigProperty => ({
  cloudWatchMetricsEnabled: true,
  metricName,
  sampledRequestsEnabled: true,
});

const method = (name: string): CfnWebACL.StatementProperty => ({
  byteMatchStatement: {
    fieldToMatch: { method: {} },
    positionalConstraint: 'EXACTLY',
    searchString: name,
    textTransformations: [{ priority: 0, type: 'NONE' }],
  },
});

export class PlenaryEdgeStack extends Stack {
  readonly webAcl: CfnWebACL;

  constructor(scope: Construct, id: string, props: StackProps & { limits: EdgeLimits }) {
    super(scope, id, props);
    const { limits } = props;
    this.webAcl = new CfnWebACL(this, 'WebAcl', {
      scope: 'CLOUDFRONT',
      description: 'Plenary: rate limits per client and the AWS common rule set, in front of the site and its API',
      defaultAction: { allow: {} },
      visibilityConfig: visibility('plenary-web-acl'),
      rules: [
        {
          name: 'PublicWritesPerIp',
          priority: 0,
          action: { block: {} },
          visibilityConfig: visibility('plenary-writes-per-ip'),
          statement: {
            rateBasedStatement: {
              aggregateKeyType: 'IP',
              limit: limits.writesPerIp,
              evaluationWindowSec: WAF_WINDOW_SECONDS,
              scopeDownStatement: {
                andStatement: {
                  statements: [
                    {
                      byteMatchStatement: {
                        fieldToMatch: { uriPath: {} },
                        positionalConstraint: 'STARTS_WITH',
                        searchString: '/api/',
                        textTransformations: [{ priority: 0, type: 'NONE' }],
                      },
                    },
                    { orStatement: { statements: ['POST', 'PUT', 'PATCH', 'DELETE'].map(method) } },
                  ],
                },
              },
            },
          },
        },
        {
          name: 'RequestsPerIp',
          priority: 1,
          action: { block: {} },
          visibilityConfig: visibility('plenary-requests-per-ip'),
          statement: { rateBasedStatement: { aggregateKeyType: 'IP', limit: limits.requestsPerIp, evaluationWindowSec: WAF_WINDOW_SECONDS } },
        },
        {
          name: 'AwsCommonRules',
          priority: 2,
          overrideAction: { none: {} },
          visibilityConfig: visibility('plenary-aws-common-rules'),
          statement: {
            managedRuleGroupStatement: {
              vendorName: 'AWS',
              name: 'AWSManagedRulesCommonRuleSet',
              ruleActionOverrides: [{ name: 'SizeRestrictions_BODY', actionToUse: { count: {} } }],
            },
          },
        },
      ],
    });
  }
}
