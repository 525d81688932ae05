/**
 * The colleague routes manage the console's accounts, so they are the most sensitive routes there are: only the
 * secretariat may call them, and each function may call only the Cognito admin actions its adapter uses, on this
 * user pool and no other.
 */
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { beforeAll, describe, expect, it } from 'vitest';
import { routes } from '../../functions/routes.ts';
import { logicalIdOf, synthPlenary } from './plenary-under-test.ts';

interface Statement {
  Action: string | string[];
  Resource: unknown;
}

const USER_ROUTES = routes.filter((r) => r.capability === 'users');

/** What each function's adapter calls (shared/adapters/cognito-user-directory.ts), written out here on purpose. */
const EXPECTED: Record<string, string[]> = {
  'users/list-users': ['cognito-idp:ListUsers', 'cognito-idp:ListUsersInGroup'],
  'users/invite-user': ['cognito-idp:AdminAddUserToGroup', 'cognito-idp:AdminCreateUser'],
  'users/change-user-groups': [
    'cognito-idp:AdminAddUserToGroup',
    'cognito-idp:AdminGetUser',
    'cognito-idp:AdminListGroupsForUser',
    'cognito-idp:AdminRemoveUserFromGroup',
  ],
  'users/remove-user': ['cognito-idp:AdminDeleteUser', 'cognito-idp:AdminGetUser', 'cognito-idp:AdminListGroupsForUser'],
};

describe('the colleague (user management) routes', () => {
  let built: ReturnType<typeof synthPlenary>;
  beforeAll(() => {
    built = synthPlenary();
  });

  const statementsOf = (fn: IFunction): Statement[] => {
    const roleRef = JSON.stringify({ Ref: logicalIdOf(fn.role!) });
    return (
      Object.values(built.template.findResources('AWS::IAM::Policy')) as {
        Properties: { Roles: unknown[]; PolicyDocument: { Statement: Statement[] } };
      }[]
    )
      .filter((p) => JSON.stringify(p.Properties.Roles).includes(roleRef))
      .flatMap((p) => p.Properties.PolicyDocument.Statement);
  };
  const cognitoStatements = (handler: string) =>
    statementsOf(built.stack.capabilities.users.routeFunctions.get(handler)!).filter((s) =>
      [s.Action].flat().some((a) => a.startsWith('cognito-idp:')),
    );

  it('are the four documented operations, all in the users capability', () => {
    expect(USER_ROUTES.map((r) => `${r.method} ${r.path}`).sort()).toEqual([
      'DELETE /api/admin/users/{username}',
      'GET /api/admin/users',
      'POST /api/admin/users',
      'PUT /api/admin/users/{username}/groups',
    ]);
  });

  it.each(USER_ROUTES.map((r) => [`${r.method} ${r.path}`, r] as const))(
    '%s admits the secretariat only, behind the JWT authorizer',
    (_name, route) => {
      expect(route.auth).toEqual(['secretariat']);
      const [authorizerId] = Object.keys(built.template.findResources('AWS::ApiGatewayV2::Authorizer', { Properties: { AuthorizerType: 'JWT' } }));
      const apiRoutes = Object.values(built.template.findResources('AWS::ApiGatewayV2::Route')) as {
        Properties: { RouteKey: string; AuthorizationType?: string; AuthorizerId?: unknown };
      }[];
      const apiRoute = apiRoutes.find((r) => r.Properties.RouteKey === `${route.method} ${route.path}`);
      expect(apiRoute?.Properties.AuthorizationType).toBe('JWT');
      expect(apiRoute?.Properties.AuthorizerId).toEqual({ Ref: authorizerId });
    },
  );

  it.each(Object.entries(EXPECTED))('%s may call only its own Cognito admin actions, on this user pool only', (handler, actions) => {
    const statements = cognitoStatements(handler);
    expect(statements).toHaveLength(1);
    expect([statements[0]!.Action].flat().sort()).toEqual(actions);
    expect(statements[0]!.Resource).toEqual({ 'Fn::GetAtt': [logicalIdOf(built.stack.auth.userPool), 'Arn'] });
  });

  it('no other function may touch the user pool', () => {
    const others = Object.entries(built.stack.capabilities)
      .filter(([capability]) => capability !== 'users')
      .flatMap(([, c]) => [...c.routeFunctions.values(), ...c.workerFunctions.values()]);
    for (const fn of others)
      expect(
        statementsOf(fn)
          .flatMap((s) => [s.Action].flat())
          .filter((a) => a.startsWith('cognito-idp:')),
      ).toEqual([]);
  });

  it('the user pool has the checkin group beside secretariat and press, and sends the invitation Plenary writes', () => {
    const groups = Object.values(built.template.findResources('AWS::Cognito::UserPoolGroup')).map(
      (g) => (g as { Properties: { GroupName: string } }).Properties.GroupName,
    );
    expect(groups.sort()).toEqual(['checkin', 'press', 'secretariat']);
    const pool = Object.values(built.template.findResources('AWS::Cognito::UserPool'))[0] as {
      Properties: { AdminCreateUserConfig: { InviteMessageTemplate: { EmailMessage: unknown; EmailSubject: string } } };
    };
    const { EmailMessage } = pool.Properties.AdminCreateUserConfig.InviteMessageTemplate;
    expect(JSON.stringify(EmailMessage)).toContain('{####}');
    expect(JSON.stringify(EmailMessage)).toContain('{username}');
  });
});
