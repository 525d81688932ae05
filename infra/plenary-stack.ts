/**
 * The one Plenary stack: stateful pieces first (table, user pool, mail), then the API and site, then one
 * construct per capability whose functions come from the route and worker tables in functions/.
 */
import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { routeFacts, routeFactsDefine } from '../functions/route-facts.ts';
import { routes as routeTable } from '../functions/routes.ts';
import { workers as workerTable } from '../functions/workers.ts';
import type { Worker } from '../functions/workers.ts';
import type { Capability } from '../shared/function-access.ts';
import type { Route } from '../shared/http/route-spec.ts';
import { Alarms } from './alarms.ts';
import { Api } from './api.ts';
import { Auth, CONSOLE_CALLBACK_PATH, SIGNED_OUT_PATH } from './auth.ts';
import { Delegations } from './capabilities/delegations.ts';
import { Events } from './capabilities/events.ts';
import { Notifications } from './capabilities/notifications.ts';
import { Platform } from './capabilities/platform.ts';
import { Press } from './capabilities/press.ts';
import { Registration } from './capabilities/registration.ts';
import { Users } from './capabilities/users.ts';
import { Venue } from './capabilities/venue.ts';
import type { PlenaryConfig } from './config.ts';
import { Data } from './data.ts';
import { Documents } from './documents.ts';
import { Email } from './email.ts';
import type { CapabilityFunctions, CapabilityProps } from './functions/capability-functions.ts';
import { VERSION } from './functions/plenary-function.ts';
import { PlenaryEdgeStack } from './edge.ts';
import { BadgeSigningKey } from './badge-signing-key.ts';
import { ManageLinkKey } from './manage-link-key.ts';
import { OriginVerify } from './origin-verify.ts';
import { Web } from './web.ts';

export interface PlenaryStackProps extends StackProps {
  config: PlenaryConfig;
  /** The tables in functions/ unless a test passes its own. */
  routes?: readonly Route[];
  workers?: readonly Worker[];
  /** The built site; deployed only if it exists. */
  siteDir?: string;
}

export class PlenaryStack extends Stack {
  readonly data: Data;
  readonly documents: Documents;
  readonly auth: Auth;
  readonly api: Api;
  readonly email: Email;
  readonly web: Web;
  readonly alarms: Alarms;
  readonly manageLinkKey: ManageLinkKey;
  readonly badgeSigningKey: BadgeSigningKey;
  /** The us-east-1 stack holding the web ACL. */
  readonly edge: PlenaryEdgeStack;
  readonly originVerify: OriginVerify;
  readonly capabilities: Record<Capability, CapabilityFunctions>;

  constructor(scope: Construct, id: string, props: PlenaryStackProps) {
    // The web ACL lives in us-east-1 (infra/edge.ts); its ARN crosses regions through CDK's SSM-backed references.
    super(scope, id, { ...props, env: { account: props.config.account, region: props.config.region }, crossRegionReferences: true });
    const { config } = props;
    this.edge = new PlenaryEdgeStack(scope, `${id}Edge`, {
      env: { account: config.account, region: 'us-east-1' },
      crossRegionReferences: true,
      description: 'Plenary: the AWS WAF web ACL of the CloudFront distribution (CloudFront web ACLs live in us-east-1)',
      limits: { writesPerIp: config.wafWritesPerIp, requestsPerIp: config.wafRequestsPerIp },
    });
    this.originVerify = new OriginVerify(this, 'OriginVerify');
    this.data = new Data(this, 'Data');
    this.manageLinkKey = new ManageLinkKey(this, 'ManageLinkKey');
    this.badgeSigningKey = new BadgeSigningKey(this, 'BadgeSigningKey');
    this.alarms = new Alarms(this, 'Alarms', { emails: config.adminEmails });
    this.email = new Email(this, 'Email', { identity: config.sesIdentity, fromAddress: config.sesFrom });
    this.api = new Api(this, 'Api', { rateLimit: config.apiRateLimit, burstLimit: config.apiBurstLimit });
    const authDomain = `https://${config.authDomainPrefix}.auth.${this.region}.amazoncognito.com`;
    this.web = new Web(this, 'Web', {
      httpApi: this.api.httpApi,
      domain: config.siteDomain && config.siteCertificateArn ? { name: config.siteDomain, certificateArn: config.siteCertificateArn } : undefined,
      // The note verbale is POSTed straight to the documents bucket (a presigned POST, virtual-hosted address).
      connectSources: [authDomain, `https://*.s3.${this.region}.amazonaws.com`],
      siteDir: props.siteDir,
      webAclArn: this.edge.webAcl.attrArn,
      originVerify: { headerName: this.originVerify.headerName, value: this.originVerify.value },
    });
    this.documents = new Documents(this, 'Documents', { siteUrl: this.web.url, accessLogs: this.web.logs });
    this.auth = new Auth(this, 'Auth', { siteUrl: this.web.url, domainPrefix: config.authDomainPrefix, adminEmails: config.adminEmails });
    this.web.deploySite(consoleConfig(this.auth, this.web.url, authDomain, this.region));

    const routes = props.routes ?? routeTable;
    this.capabilities = this.buildCapabilities({
      routes,
      workers: props.workers ?? workerTable,
      api: this.api,
      authorizer: this.auth.authorizer,
      functionDeps: {
        table: this.data.table,
        userPool: this.auth.userPool,
        mail: this.email.sender,
        manageLinkKey: this.manageLinkKey.secret,
        badgeSigningKey: this.badgeSigningKey.secret,
        documents: this.documents,
        publicBaseUrl: this.web.url,
        define: routeFactsDefine(routeFacts(routes, VERSION)),
      },
      triggers: { table: this.data.table, feedbackTopic: this.email.feedbackTopic, alarms: this.alarms },
      originVerify: this.originVerify.value,
    });

    this.alarms.watchPlatform({ httpApi: this.api.httpApi, accessLogs: this.api.accessLogs, table: this.data.table });

    new CfnOutput(this, 'SiteUrl', { value: this.web.url });
    new CfnOutput(this, 'ApiUrl', { value: `${this.web.url}/api` });
    new CfnOutput(this, 'DistributionDomainName', { value: this.web.distribution.distributionDomainName });
    new CfnOutput(this, 'UserPoolId', { value: this.auth.userPool.userPoolId });
    new CfnOutput(this, 'ConsoleClientId', { value: this.auth.consoleClient.userPoolClientId });
    new CfnOutput(this, 'AuthDomain', { value: authDomain });
    new CfnOutput(this, 'TableName', { value: this.data.table.tableName });
    new CfnOutput(this, 'AlarmTopicArn', { value: this.alarms.topic.topicArn, description: 'SNS topic every alarm sends to (docs/operations.md)' });
  }

  private buildCapabilities(props: CapabilityProps): Record<Capability, CapabilityFunctions> {
    return {
      platform: new Platform(this, props),
      events: new Events(this, props),
      registration: new Registration(this, props),
      press: new Press(this, props),
      notifications: new Notifications(this, props),
      users: new Users(this, props),
      delegations: new Delegations(this, props),
      venue: new Venue(this, props),
    };
  }
}

/** The site's `config.json` in AWS: how the console signs in (the local platform serves `{ auth: { kind: 'local' } }`). */
const consoleConfig = (auth: Auth, siteUrl: string, authDomain: string, region: string) => ({
  auth: {
    kind: 'cognito',
    region,
    userPoolId: auth.userPool.userPoolId,
    clientId: auth.consoleClient.userPoolClientId,
    domain: authDomain,
    redirectUri: `${siteUrl}${CONSOLE_CALLBACK_PATH}`,
    logoutUri: `${siteUrl}${SIGNED_OUT_PATH}`,
    scopes: ['openid', 'email', 'profile'],
  },
});
