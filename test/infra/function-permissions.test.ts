import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { beforeAll, describe, expect, it } from 'vitest';
import { routes } from '../../functions/routes.ts';
import { fixtureWorkers, fixtureWriteRoute, logicalIdOf, synthPlenary, TEST_CONTEXT } from './plenary-under-test.ts';

interface Statement {
  Action: string | string[];
  Resource: unknown;
  Effect: string;
  Condition?: Record<string, Record<string, string>>;
}

const WRITE_ACTIONS = ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem', 'dynamodb:TransactWriteItems'];
const actionsOf = (s: Statement) => [s.Action].flat();

describe('function permissions follow the access each route and worker declares', () => {
  let built: ReturnType<typeof synthPlenary>;
  let tableArn: unknown;
  beforeAll(() => {
    built = synthPlenary();
    tableArn = { 'Fn::GetAtt': [logicalIdOf(built.stack.data.table), 'Arn'] };
  });

  const statementsOf = (fn: IFunction): Statement[] => {
    const roleRef = { Ref: logicalIdOf(fn.role!) };
    const policies = Object.values(built.template.findResources('AWS::IAM::Policy')) as { Properties: { Roles: unknown[]; PolicyDocument: { Statement: Statement[] } } }[];
    return policies.filter((p) => JSON.stringify(p.Properties.Roles).includes(JSON.stringify(roleRef))).flatMap((p) => p.Properties.PolicyDocument.Statement);
  };
  const routeFunction = (handler: string) => Object.values(built.stack.capabilities).map((c) => c.routeFunctions.get(handler)).find(Boolean)!;
  const workerFunction = (name: string) => Object.values(built.stack.capabilities).map((c) => c.workerFunctions.get(name)).find(Boolean)!;

  it.each(routes.filter((r) => r.access.table === 'read').map((r) => [r.handler, r] as const))('%s (read) may read the table but never write it', (handler) => {
    const statements = statementsOf(routeFunction(handler));
    const actions = statements.flatMap(actionsOf);
    expect(actions).toContain('dynamodb:Query');
    expect(actions.filter((a) => WRITE_ACTIONS.includes(a) || a === 'dynamodb:*')).toEqual([]);
    expect(actions.filter((a) => a.startsWith('ses:'))).toEqual([]);
  });

  it.each(routes.filter((r) => r.access.table === 'none').map((r) => [r.handler, r] as const))('%s (no table) has no DynamoDB or SES permission', (handler) => {
    const actions = statementsOf(routeFunction(handler)).flatMap(actionsOf);
    expect(actions.filter((a) => a.startsWith('dynamodb:') || a.startsWith('ses:'))).toEqual([]);
  });

  it('a readWrite route may write only its table and that table\'s indexes', () => {
    const statements = statementsOf(routeFunction(fixtureWriteRoute.handler));
    const writing = statements.filter((s) => actionsOf(s).some((a) => WRITE_ACTIONS.includes(a)));
    expect(writing.length).toBeGreaterThan(0);
    for (const s of writing) {
      expect(s.Resource).toEqual([tableArn, { 'Fn::Join': ['', [tableArn, '/index/*']] }]);
    }
  });

  it('the mailer may send only from the configured identity, through the configuration set', () => {
    const statements = statementsOf(workerFunction(fixtureWorkers.mailer.name));
    const sending = statements.filter((s) => actionsOf(s).some((a) => a.startsWith('ses:')));
    expect(sending).toHaveLength(1);
    const [send] = sending;
    expect(actionsOf(send!).sort()).toEqual(['ses:SendEmail', 'ses:SendRawEmail']);
    const { email } = built.stack;
    expect(send!.Resource).toEqual([
      built.stack.resolve(email.identity.emailIdentityArn),
      built.stack.resolve(email.sender.configurationSetArn),
    ]);
    expect(send!.Condition).toEqual({ StringEquals: { 'ses:FromAddress': `no-reply@${TEST_CONTEXT.sesIdentity}` } });
  });

  it('only registration functions and the mailer may read the manage-link key, and nothing else in Secrets Manager', () => {
    const secretRef = { Ref: logicalIdOf(built.stack.manageLinkKey.secret) };
    const secretReads = (fn: IFunction) => statementsOf(fn).filter((s) => actionsOf(s).some((a) => a.startsWith('secretsmanager:')));
    for (const fn of [routeFunction(fixtureWriteRoute.handler), workerFunction(fixtureWorkers.mailer.name)]) {
      const reads = secretReads(fn);
      expect(reads).toHaveLength(1);
      expect(reads[0]!.Resource).toEqual(secretRef);
      expect(actionsOf(reads[0]!).sort()).toEqual(['secretsmanager:DescribeSecret', 'secretsmanager:GetSecretValue']);
    }
    for (const route of routes.filter((r) => r.capability !== 'registration' && !r.access.ses)) {
      expect(secretReads(routeFunction(route.handler)), route.handler).toEqual([]);
    }
  });

  it('the mailer is told its configuration set and sender; functions without ses are not', () => {
    const envOf = (fn: IFunction) =>
      (built.template.findResources('AWS::Lambda::Function')[logicalIdOf(fn)] as { Properties: { Environment: { Variables: Record<string, unknown> } } }).Properties.Environment
        .Variables;
    expect(envOf(workerFunction(fixtureWorkers.mailer.name))).toMatchObject({
      SES_FROM: `no-reply@${TEST_CONTEXT.sesIdentity}`,
      SES_CONFIGURATION_SET: built.stack.resolve(built.stack.email.configurationSet.configurationSetName),
      TABLE_NAME: built.stack.resolve(built.stack.data.table.tableName),
    });
    expect(envOf(routeFunction(fixtureWriteRoute.handler))).not.toHaveProperty('SES_FROM');
  });
});
