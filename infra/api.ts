/**
 * The HTTP API: one `$default` stage with throttling and JSON access logs. Routes are added by the capability
 * constructs from the route table; the JWT authorizer goes on every non-public route and on no public one.
 */
import { RemovalPolicy } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { HttpApi, HttpMethod, HttpStage, LogGroupLogDestination, type IHttpRouteAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import type { Route } from '../shared/http/route-spec.ts';
import { acknowledgeNag } from './nag.ts';

export interface ApiProps {
  rateLimit: number;
  burstLimit: number;
}

export class Api extends Construct {
  readonly httpApi: HttpApi;
  readonly stage: HttpStage;
  readonly accessLogs: LogGroup;

  constructor(scope: Construct, id: string, props: ApiProps) {
    super(scope, id);
    // No CORS: the site and /api/* share one origin behind CloudFront.
    this.httpApi = new HttpApi(this, 'HttpApi', { createDefaultStage: false, description: 'Plenary public and secretariat API' });
    this.accessLogs = new LogGroup(this, 'AccessLogs', { retention: RetentionDays.THREE_MONTHS, removalPolicy: RemovalPolicy.DESTROY });
    this.stage = new HttpStage(this, 'DefaultStage', {
      httpApi: this.httpApi,
      stageName: '$default',
      autoDeploy: true,
      throttle: { rateLimit: props.rateLimit, burstLimit: props.burstLimit },
      accessLogSettings: { destination: new LogGroupLogDestination(this.accessLogs), format: accessLogFormat },
    });
  }

  /** Adds the route's method and path, guarded by `authorizer` unless the route is public. */
  addRoute(route: Route, fn: IFunction, authorizer: IHttpRouteAuthorizer) {
    const integration = new HttpLambdaIntegration(`${route.openapi.operationId}Integration`, fn);
    const [apiRoute] = this.httpApi.addRoutes({
      path: route.path,
      methods: [HttpMethod[route.method]],
      integration,
      ...(route.auth === 'public' ? {} : { authorizer }),
    });
    if (route.auth === 'public') {
      acknowledgeNag(
        apiRoute!,
        'AwsSolutions-APIG4',
        'Public by design in the route table (functions/routes.ts): delegates and journalists have no accounts.',
      );
    }
    return apiRoute;
  }
}

// No personal data and no secrets: no source IP, no query string (manage links carry `?token=`), no bodies.
const accessLogFormat = AccessLogFormat.custom(
  JSON.stringify({
    requestId: '$context.requestId',
    requestTime: '$context.requestTime',
    routeKey: '$context.routeKey',
    status: '$context.status',
    latencyMs: '$context.responseLatency',
    integrationLatencyMs: '$context.integrationLatency',
    integrationError: '$context.integrationErrorMessage',
    authorizerError: '$context.authorizer.error',
    responseLength: '$context.responseLength',
    userAgent: '$context.identity.userAgent',
  }),
);
