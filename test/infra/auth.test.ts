import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { GROUPS } from '../../shared/http/auth.ts';
import { logicalIdOf, synthPlenary, TEST_CONTEXT } from './plenary-under-test.ts';

describe('sign-in for the secretariat', () => {
  let built: ReturnType<typeof synthPlenary>;
  beforeAll(() => {
    built = synthPlenary();
  });

  it('admits no self sign-up, signs in by email, and demands a strong password and MFA', () => {
    built.template.hasResourceProperties('AWS::Cognito::UserPool', {
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      UsernameAttributes: ['email'],
      MfaConfiguration: 'ON',
      EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
      Policies: {
        PasswordPolicy: Match.objectLike({
          MinimumLength: 14,
          RequireLowercase: true,
          RequireUppercase: true,
          RequireNumbers: true,
          RequireSymbols: true,
        }),
      },
      UserPoolTier: 'PLUS',
      UserPoolAddOns: { AdvancedSecurityMode: 'ENFORCED' },
    });
  });

  it.each(GROUPS)('has the %s group', (group) => {
    built.template.hasResourceProperties('AWS::Cognito::UserPoolGroup', { GroupName: group });
  });

  it('gives the console a public OAuth client: authorization code flow, no secret, redirect to the site', () => {
    built.template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      GenerateSecret: false,
      AllowedOAuthFlows: ['code'],
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthScopes: Match.arrayWith(['openid']),
      CallbackURLs: [{ 'Fn::Join': ['', Match.arrayWith([Match.stringLikeRegexp('/console/callback$')])] }],
      LogoutURLs: [{ 'Fn::Join': ['', Match.arrayWith([Match.stringLikeRegexp('/console/sign-in$')])] }],
    });
    built.template.hasResourceProperties('AWS::Cognito::UserPoolDomain', { Domain: `plenary-${TEST_CONTEXT.account}` });
  });

  it('lets a signed-in user change no attribute Plenary reads: the email (the name in history) is read-only', () => {
    const [client] = Object.values(built.template.findResources('AWS::Cognito::UserPoolClient')) as {
      Properties: { ReadAttributes?: string[]; WriteAttributes?: string[] };
    }[];
    // An empty or missing list would make every standard attribute writable: it must be present and hold only zoneinfo.
    expect(client!.Properties.WriteAttributes).toEqual(['zoneinfo']);
    expect(client!.Properties.ReadAttributes?.sort()).toEqual(['email', 'email_verified']);
    expect(client!.Properties.ReadAttributes).not.toContain('zoneinfo');
  });

  it('makes each admin email a secretariat user, invited by email', () => {
    built.template.hasResourceProperties('AWS::Cognito::UserPoolUser', { Username: TEST_CONTEXT.adminEmails, DesiredDeliveryMediums: ['EMAIL'] });
    built.template.hasResourceProperties('AWS::Cognito::UserPoolUserToGroupAttachment', {
      GroupName: 'secretariat',
      Username: TEST_CONTEXT.adminEmails,
    });
  });

  it('has a JWT authorizer that trusts this pool as issuer and the console client as audience', () => {
    const { auth } = built.stack;
    built.template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
      JwtConfiguration: {
        Audience: [{ Ref: logicalIdOf(auth.consoleClient) }],
        Issuer: { 'Fn::Join': ['', Match.arrayWith([{ Ref: logicalIdOf(auth.userPool) }])] },
      },
    });
  });
});
