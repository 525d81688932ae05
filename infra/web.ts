/**
 * The site: the built pages (web/dist) in a private bucket, served with the API on one origin by CloudFront
 * (`/api/*` goes to the HTTP API uncached), so browsers need no CORS. Strict security headers on every answer.
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { Duration, RemovalPolicy, Stack, type CfnElement } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  FunctionCode,
  FunctionEventType,
  Function as EdgeFunction,
  FunctionRuntime,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  PriceClass,
  ResponseHeadersPolicy,
  SecurityPolicyProtocol,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import { VIEWER_ADDRESS_HEADER } from '../shared/http/client-address.ts';
import { contentSecurityPolicy, PERMISSIONS_POLICY } from '../shared/http/site-policy.ts';
import { REPO_ROOT } from './functions/plenary-function.ts';
import { acknowledgeNag } from './nag.ts';

export interface WebProps {
  httpApi: HttpApi;
  /** `conference.example.org` with its us-east-1 certificate, or neither (the CloudFront domain is used). */
  domain?: { name: string; certificateArn: string };
  /** Origins the console may call besides its own (the Cognito token endpoint). */
  connectSources: readonly string[];
  /** Defaults to web/dist; deployed only when it exists (run `npm run build:web` first). */
  siteDir?: string;
  /** The web ACL (in us-east-1, infra/edge.ts) in front of everything the distribution serves. */
  webAclArn: string;
  /** The header CloudFront adds to every API request, which the API functions require (infra/origin-verify.ts). */
  originVerify: { headerName: string; value: string };
}

export class Web extends Construct {
  readonly bucket: Bucket;
  /** S3 access logs: the site bucket's, and the documents bucket's (infra/documents.ts). */
  readonly logs: Bucket;
  readonly distribution: Distribution;
  /** `https://` origin of the site. */
  readonly url: string;
  readonly securityHeaders: ResponseHeadersPolicy;
  private readonly siteDir: string;

  constructor(scope: Construct, id: string, props: WebProps) {
    super(scope, id);
    const logs = (this.logs = this.logBucket());
    this.bucket = new Bucket(this, 'Site', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      serverAccessLogsBucket: logs,
      serverAccessLogsPrefix: 'site/',
      removalPolicy: RemovalPolicy.DESTROY, // rebuilt from source on every deploy
      autoDeleteObjects: false,
    });
    this.securityHeaders = new ResponseHeadersPolicy(this, 'SecurityHeaders', {
      comment: 'Plenary: strict security headers',
      securityHeadersBehavior: {
        contentSecurityPolicy: {
          contentSecurityPolicy: contentSecurityPolicy(props.connectSources, { upgradeInsecureRequests: true }),
          override: true,
        },
        strictTransportSecurity: { accessControlMaxAge: Duration.days(365 * 2), includeSubdomains: true, preload: true, override: true },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
        contentTypeOptions: { override: true },
        referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN, override: true },
      },
      customHeadersBehavior: {
        customHeaders: [
          { header: 'Permissions-Policy', value: PERMISSIONS_POLICY, override: true },
          { header: 'Cross-Origin-Opener-Policy', value: 'same-origin', override: true },
        ],
      },
    });

    const region = Stack.of(this).region;
    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'Plenary site and API',
      webAclId: props.webAclArn,
      defaultRootObject: 'index.html',
      httpVersion: HttpVersion.HTTP2_AND_3,
      priceClass: PriceClass.PRICE_CLASS_ALL,
      // No standard logs: see the CFR3 acknowledgement below.
      enableLogging: false,
      ...(props.domain
        ? {
            domainNames: [props.domain.name],
            certificate: Certificate.fromCertificateArn(this, 'Certificate', props.domain.certificateArn),
            minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021,
          }
        : {}),
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: this.securityHeaders,
        functionAssociations: [{ eventType: FunctionEventType.VIEWER_REQUEST, function: this.pageRewrite() }],
      },
      additionalBehaviors: {
        '/api/*': {
          // The API's default endpoint stays on (it is this origin); the header proves a request came through here.
          origin: new HttpOrigin(`${props.httpApi.apiId}.execute-api.${region}.amazonaws.com`, {
            protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
            customHeaders: { [props.originVerify.headerName]: props.originVerify.value },
          }),
          viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: AllowedMethods.ALLOW_ALL,
          cachePolicy: CachePolicy.CACHING_DISABLED,
          // Every viewer header but Host (API Gateway routes by its own host name), query strings and cookies.
          originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
          responseHeadersPolicy: this.securityHeaders,
          functionAssociations: [{ eventType: FunctionEventType.VIEWER_REQUEST, function: this.viewerAddress() }],
        },
      },
    });
    acknowledgeNag(
      this.distribution,
      'AwsSolutions-CFR3',
      'Standard logs (legacy) always record the query string and cannot leave it out, so any token a client put in a URL would ' +
        'be kept for months; field selection (standard logging v2) must be configured in us-east-1, not in this stack. Requests ' +
        'to /api/* are recorded by the API access log (route template, status, latency; no query string, no address).',
    );
    acknowledgeNag(
      this.distribution,
      'AwsSolutions-CFR1',
      'Delegates, journalists and the secretariat connect from many countries; no geo restriction is wanted.',
    );
    if (!props.domain) {
      acknowledgeNag(
        this.distribution,
        'AwsSolutions-CFR4',
        'Without a custom domain CloudFront serves its default *.cloudfront.net certificate, whose policy it fixes; with siteDomain the distribution requires TLS 1.2 (2021).',
      );
    }
    this.url = `https://${props.domain?.name ?? this.distribution.distributionDomainName}`;
    this.siteDir = props.siteDir ?? path.join(REPO_ROOT, 'web', 'dist');
  }

  /**
   * Uploads the built site with a `config.json` that tells the pages how to sign in (it replaces the local
   * one from web/public). Skipped when the site has not been built, so synth works on a fresh checkout.
   */
  deploySite(runtimeConfig: Record<string, unknown>): BucketDeployment | undefined {
    if (!existsSync(this.siteDir)) return undefined;
    const deployment = new BucketDeployment(this, 'Deploy', {
      sources: [Source.asset(this.siteDir, { exclude: ['config.json'] }), Source.jsonData('config.json', runtimeConfig)],
      destinationBucket: this.bucket,
      distribution: this.distribution,
      distributionPaths: ['/*'],
      memoryLimit: 512,
    });
    this.acknowledgeDeploymentHandler(deployment);
    return deployment;
  }

  /** The deployment's handler is CDK's own singleton function; its permissions and runtime are CDK's choice. */
  private acknowledgeDeploymentHandler(deployment: BucketDeployment) {
    const role = deployment.handlerRole;
    const handler = role.node.scope as Construct;
    const stack = Stack.of(this);
    const why = 'CDK BucketDeployment handler (copies the built site from the CDK asset bucket, then invalidates CloudFront)';
    acknowledgeNag(handler, 'AwsSolutions-L1', `${why}: its runtime is pinned by aws-cdk-lib.`);
    acknowledgeNag(
      role,
      'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      `${why}: CDK attaches the basic execution role.`,
    );
    for (const action of ['s3:GetObject*', 's3:GetBucket*', 's3:List*', 's3:DeleteObject*', 's3:Abort*']) {
      acknowledgeNag(role, `AwsSolutions-IAM5[Action::${action}]`, `${why}: CDK's grants on the asset and site buckets only.`);
    }
    acknowledgeNag(
      role,
      `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-${stack.account}-${stack.region}/*]`,
      `${why}: reads objects of the CDK asset bucket.`,
    );
    acknowledgeNag(
      role,
      `AwsSolutions-IAM5[Resource::<${stack.getLogicalId(this.bucket.node.defaultChild as CfnElement)}.Arn>/*]`,
      `${why}: writes the objects of the site bucket only.`,
    );
    acknowledgeNag(
      role,
      'AwsSolutions-IAM5[Resource::*]',
      `${why}: cloudfront:CreateInvalidation and GetInvalidation have no narrower resource here.`,
    );
  }

  /** The site bucket's S3 access logs (CloudFront asks S3 without the viewer's query string: see CachingOptimized). */
  private logBucket() {
    const logs = new Bucket(this, 'Logs', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.OBJECT_WRITER,
      lifecycleRules: [{ expiration: Duration.days(90) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    acknowledgeNag(logs, 'AwsSolutions-S1', 'This is the access-log bucket; logging it into itself would loop.');
    return logs;
  }

  /**
   * The viewer's address for the API's rate limits (shared/http/client-address.ts): the managed origin request
   * policy forwards no CloudFront-generated header, so this writes the address into a header of our own,
   * replacing any a caller sent under that name.
   */
  private viewerAddress() {
    return new EdgeFunction(this, 'ViewerAddress', {
      runtime: FunctionRuntime.JS_2_0,
      code: FunctionCode.fromInline(`function handler(event) {
  var request = event.request;
  request.headers['${VIEWER_ADDRESS_HEADER}'] = { value: event.viewer.ip };
  return request;
}`),
    });
  }

  /**
   * The site is a single-page app routed by the History API: a path without a file extension is a page, so
   * it gets index.html. Done here rather than with custom error responses, which CloudFront would also apply
   * to the API's own 403 and 404 answers.
   */
  private pageRewrite() {
    return new EdgeFunction(this, 'PageRewrite', {
      runtime: FunctionRuntime.JS_2_0,
      code: FunctionCode.fromInline(`function handler(event) {
  var request = event.request;
  var uri = request.uri;
  var last = uri.substring(uri.lastIndexOf('/') + 1);
  if (last.indexOf('.') === -1) {
    request.uri = '/index.html';
  }
  return request;
}`),
    });
  }
}
