/**
 * Who may use the console: a Cognito user pool for the secretariat (no self sign-up), its groups, the console's
 * OAuth client (code flow with PKCE, no secret) and the JWT authorizer that guards every non-public route.
 */
import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import {
  AccountRecovery,
  ClientAttributes,
  CfnUserPoolGroup,
  CfnUserPoolUser,
  CfnUserPoolUserToGroupAttachment,
  FeaturePlan,
  Mfa,
  OAuthScope,
  StandardThreatProtectionMode,
  UserPool,
  type UserPoolClient,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { GROUPS, type Group } from '../shared/http/auth.ts';
import { INVITATION_SUBJECT, invitationHtml } from '../shared/email/colleague-invitation.ts';

export interface AuthProps {
  /** Origin of the console, e.g. `https://conference.example.org`; OAuth redirects come back here. */
  siteUrl: string;
  domainPrefix: string;
  /** Created as secretariat users; Cognito emails each a temporary password. */
  adminEmails: readonly string[];
}

/** Where the console receives the authorization code, and where sign-out lands. */
export const CONSOLE_CALLBACK_PATH = '/console/callback';
export const SIGNED_OUT_PATH = '/console/sign-in';

/** What the console's tokens carry about the user: the email (the name in history) and that it is verified. */
export const CONSOLE_READS = new ClientAttributes().withStandardAttributes({ email: true, emailVerified: true });
/**
 * Nothing Plenary reads is writable. Cognito reads an EMPTY WriteAttributes list as "every standard attribute
 * writable" (the default), so the list names one attribute that Plenary never reads nor shows: zoneinfo.
 */
export const CONSOLE_WRITES = new ClientAttributes().withStandardAttributes({ timezone: true });

export class Auth extends Construct {
  readonly userPool: UserPool;
  readonly consoleClient: UserPoolClient;
  readonly authorizer: HttpJwtAuthorizer;
  readonly groups: Record<Group, CfnUserPoolGroup>;

  constructor(scope: Construct, id: string, props: AuthProps) {
    super(scope, id);
    this.userPool = new UserPool(this, 'UserPool', {
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      signInCaseSensitive: false,
      autoVerify: { email: true },
      passwordPolicy: {
        minLength: 14,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      // The console shows personal data of delegates: a password alone is not enough.
      mfa: Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      // What a colleague invited from the console (or an admin email above) receives, in the four languages.
      userInvitation: {
        emailSubject: INVITATION_SUBJECT,
        emailBody: invitationHtml(`${props.siteUrl}${SIGNED_OUT_PATH}`, { username: '{username}', password: '{####}' }),
      },
      // Plus brings threat protection (compromised credentials, risky sign-ins); a secretariat has few users.
      featurePlan: FeaturePlan.PLUS,
      standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.groups = Object.fromEntries(
      GROUPS.map((group) => [
        group,
        new CfnUserPoolGroup(this, `Group-${group}`, {
          userPoolId: this.userPool.userPoolId,
          groupName: group,
          description: groupDescriptions[group],
        }),
      ]),
    ) as Record<Group, CfnUserPoolGroup>;

    this.userPool.addDomain('Domain', { cognitoDomain: { domainPrefix: props.domainPrefix } });
    this.consoleClient = this.userPool.addClient('ConsoleClient', {
      generateSecret: false, // a browser app cannot keep a secret; PKCE protects the code instead
      authFlows: { userSrp: true },
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE],
        callbackUrls: [`${props.siteUrl}${CONSOLE_CALLBACK_PATH}`],
        logoutUrls: [`${props.siteUrl}${SIGNED_OUT_PATH}`],
      },
      preventUserExistenceErrors: true,
      // The email is the name history records and the console shows: a user must not change it (an access token
      // of this client could call UpdateUserAttributes). Only the secretariat's administrators change users.
      readAttributes: CONSOLE_READS,
      writeAttributes: CONSOLE_WRITES,
      accessTokenValidity: Duration.hours(1),
      idTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.hours(12),
    });

    props.adminEmails.forEach((email, i) => this.addSecretariatUser(`Admin${i}`, email));

    const issuer = `https://cognito-idp.${Stack.of(this).region}.amazonaws.com/${this.userPool.userPoolId}`;
    this.authorizer = new HttpJwtAuthorizer('CognitoAuthorizer', issuer, { jwtAudience: [this.consoleClient.userPoolClientId] });
  }

  private addSecretariatUser(id: string, email: string) {
    const user = new CfnUserPoolUser(this, id, {
      userPoolId: this.userPool.userPoolId,
      username: email,
      userAttributes: [
        { name: 'email', value: email },
        { name: 'email_verified', value: 'true' },
      ],
      desiredDeliveryMediums: ['EMAIL'],
    });
    const membership = new CfnUserPoolUserToGroupAttachment(this, `${id}Secretariat`, {
      userPoolId: this.userPool.userPoolId,
      groupName: 'secretariat',
      username: email,
    });
    membership.node.addDependency(user, this.groups.secretariat);
  }
}

const groupDescriptions: Record<Group, string> = {
  secretariat: 'Technical Secretariat: everything in the console',
  press: 'Press officers: press inquiries only',
  checkin: 'Venue staff: the check-in routes only',
};
