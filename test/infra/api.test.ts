import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { routes } from '../../functions/routes.ts';
import { logicalIdOf, synthPlenary } from './plenary-under-test.ts';

type Resource = { Properties: Record<string, unknown> };

describe('the HTTP API', () => {
  let built: ReturnType<typeof synthPlenary>;
  let apiRoutes: Record<string, Resource>;
  beforeAll(() => {
    built = synthPlenary();
    apiRoutes = built.template.findResources('AWS::ApiGatewayV2::Route') as Record<string, Resource>;
  });

  const routeByKey = (routeKey: string) => Object.values(apiRoutes).find((r) => r.Properties.RouteKey === routeKey);

  describe.each(routes.map((r) => [`${r.method} ${r.path}`, r] as const))('%s', (routeKey, route) => {
    it('exists in API Gateway', () => {
      expect(routeByKey(routeKey), `no API Gateway route for ${routeKey}`).toBeDefined();
    });

    if (route.auth === 'public') {
      it('is public: no authorizer', () => {
        const props = routeByKey(routeKey)!.Properties;
        expect(props.AuthorizerId).toBeUndefined();
        expect(props.AuthorizationType ?? 'NONE').toBe('NONE');
      });
    } else {
      it(`is guarded by the Cognito JWT authorizer (groups: ${route.auth.join(', ')})`, () => {
        const props = routeByKey(routeKey)!.Properties;
        expect(props.AuthorizationType).toBe('JWT');
        const [authorizerId] = Object.keys(built.template.findResources('AWS::ApiGatewayV2::Authorizer', { Properties: { AuthorizerType: 'JWT' } }));
        expect(props.AuthorizerId).toEqual({ Ref: authorizerId });
      });
    }
  });

  it('has no route the route table does not list (besides test fixtures)', () => {
    const listed = new Set(routes.map((r) => `${r.method} ${r.path}`));
    const extra = Object.values(apiRoutes)
      .map((r) => r.Properties.RouteKey as string)
      .filter((key) => !listed.has(key) && !key.includes('/fixture/'));
    expect(extra).toEqual([]);
  });

  it('throttles the default stage and writes access logs to a log group with retention', () => {
    built.template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100 },
      AccessLogSettings: {
        DestinationArn: { 'Fn::GetAtt': [logicalIdOf(built.stack.api.accessLogs), 'Arn'] },
        Format: Match.stringLikeRegexp('"routeKey":"\\$context.routeKey"'),
      },
    });
    built.template.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 90 });
  });

  it('logs no query string, path, address or header value but the user agent (a manage token must never land there)', () => {
    const stage = Object.values(built.template.findResources('AWS::ApiGatewayV2::Stage'))[0] as Resource;
    const format = (stage.Properties.AccessLogSettings as { Format: string }).Format;
    const variables = [...format.matchAll(/\$context\.[\w.]+/g)].map(([v]) => v);
    const allowed = new Set([
      '$context.requestId',
      '$context.requestTime',
      '$context.routeKey', // `GET /api/events/{eventId}/registrations/{id}`: the template, never the values
      '$context.status',
      '$context.responseLatency',
      '$context.integrationLatency',
      '$context.integrationErrorMessage',
      '$context.authorizer.error',
      '$context.responseLength',
      '$context.identity.userAgent',
    ]);
    expect(variables.length).toBeGreaterThan(0);
    expect(variables.filter((v) => !allowed.has(v))).toEqual([]);
  });
});

describe('every function', () => {
  let built: ReturnType<typeof synthPlenary>;
  beforeAll(() => {
    built = synthPlenary();
  });

  // Functions of CDK's own (the site deployment's handler) keep CDK's settings and are not checked here.
  it('runs Node.js 22 on arm64 with source maps and a log group of its own with retention', () => {
    const functions = Object.values(built.template.findResources('AWS::Lambda::Function')) as Resource[];
    const ours = functions.filter(
      (f) => (f.Properties.Environment as { Variables?: Record<string, unknown> } | undefined)?.Variables?.POWERTOOLS_SERVICE_NAME,
    );
    expect(ours.length).toBeGreaterThan(0);
    for (const fn of ours) {
      expect(fn.Properties).toMatchObject({
        Runtime: 'nodejs22.x',
        Architectures: ['arm64'],
        Handler: 'index.handler',
        Environment: { Variables: { NODE_OPTIONS: '--enable-source-maps', PUBLIC_BASE_URL: expect.anything() } },
        LoggingConfig: { LogGroup: { Ref: expect.any(String) } },
      });
    }
  });
});
