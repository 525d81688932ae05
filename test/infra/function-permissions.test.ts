import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { beforeAll, describe, expect, it } from 'vitest';
import { routes } from '../../functions/routes.ts';
import { workers } from '../../functions/workers.ts';
import { idempotencyPk } from '../../shared/adapters/items/idempotency-record.ts';
import type { Worker } from '../../functions/workers.ts';
import { IDEMPOTENCY_ACTIONS, type FunctionAccess } from '../../shared/function-access.ts';
import type { Route } from '../../shared/http/route-spec.ts';
import { fixtureDocumentsRoute, fixtureWorkers, fixtureWriteRoute, logicalIdOf, synthPlenary, TEST_CONTEXT } from './plenary-under-test.ts';

interface Statement {
  Action: string | string[];
  Resource: unknown;
  Effect: string;
  Condition?: Record<string, Record<string, unknown>>;
}

const actionsOf = (s: Statement) => [s.Action].flat();
const sorted = (list: readonly string[]) => [...list].sort();
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Every function the stack builds: one per route handler (routes sharing a handler share it) and one per worker. */
const routeHandlers = [...new Map([...routes, fixtureWriteRoute, fixtureDocumentsRoute].map((r) => [r.handler, r])).values()];
const allWorkers: Worker[] = [...workers, ...Object.values(fixtureWorkers)];
const WRITES = ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem'];

describe('function permissions are exactly the access each route and worker declares', () => {
  let built: ReturnType<typeof synthPlenary>;
  let tableArn: unknown;
  let streamArn: unknown;
  beforeAll(() => {
    built = synthPlenary();
    tableArn = { 'Fn::GetAtt': [logicalIdOf(built.stack.data.table), 'Arn'] };
    streamArn = { 'Fn::GetAtt': [logicalIdOf(built.stack.data.table), 'StreamArn'] };
  });

  const statementsOf = (fn: IFunction): Statement[] => {
    const roleRef = { Ref: logicalIdOf(fn.role!) };
    const policies = Object.values(built.template.findResources('AWS::IAM::Policy')) as {
      Properties: { Roles: unknown[]; PolicyDocument: { Statement: Statement[] } };
    }[];
    return policies
      .filter((p) => JSON.stringify(p.Properties.Roles).includes(JSON.stringify(roleRef)))
      .flatMap((p) => p.Properties.PolicyDocument.Statement);
  };
  const routeFunction = (handler: string) =>
    Object.values(built.stack.capabilities)
      .map((c) => c.routeFunctions.get(handler))
      .find(Boolean)!;
  const workerFunction = (name: string) =>
    Object.values(built.stack.capabilities)
      .map((c) => c.workerFunctions.get(name))
      .find(Boolean)!;
  const tableActions = (fn: IFunction) =>
    statementsOf(fn)
      .filter((s) => same(s.Resource, tableArn) && !s.Condition)
      .flatMap(actionsOf);

  /**
   * Reads the synthesized policy statement by statement; whatever the declaration does not explain is
   * returned, so the test fails on any grant nobody asked for.
   */
  const unexplained = (fn: IFunction, access: FunctionAccess, trigger?: Worker['trigger']): Statement[] => {
    const declared = sorted((access.dynamodb ?? []).map((a) => `dynamodb:${a}`));
    return statementsOf(fn).filter((s) => {
      const actions = sorted(actionsOf(s));
      if (s.Effect !== 'Allow') return true;
      // Its own log group, and X-Ray, which has no resource-level permissions.
      if (same(actions, ['logs:CreateLogStream', 'logs:PutLogEvents']))
        return !same(s.Resource, { 'Fn::GetAtt': [logicalIdOf((fn as NodejsFunction).logGroup), 'Arn'] });
      if (same(actions, ['xray:PutTelemetryRecords', 'xray:PutTraceSegments']) && s.Resource === '*') return false;
      if (same(s.Resource, tableArn) && !s.Condition) return !same(actions, declared);
      if (same(s.Resource, { 'Fn::Join': ['', [tableArn, '/index/*']] }))
        return !(same(actions, ['dynamodb:Query']) && declared.includes('dynamodb:Query'));
      if (same(s.Resource, tableArn) && s.Condition) {
        const expected = { 'ForAllValues:StringEquals': { 'dynamodb:LeadingKeys': [idempotencyPk(access.idempotency ?? '')] } };
        return !(access.idempotency && same(actions, sorted(IDEMPOTENCY_ACTIONS.map((a) => `dynamodb:${a}`))) && same(s.Condition, expected));
      }
      if (actions.every((a) => a.startsWith('secretsmanager:'))) {
        // GetSecretValue only: all the Parameters and Secrets extension calls with the function's role.
        const reads = same(actions, ['secretsmanager:GetSecretValue']);
        // The badge-signing secret, only for a function that declares it (the badge routes: functions/venue/).
        if (same(s.Resource, { Ref: logicalIdOf(built.stack.badgeSigningKey.secret) })) return !(access.badgeSigningKey && reads);
        return !(access.manageLinkKey?.length && reads);
      }
      if (actions.every((a) => a.startsWith('ses:'))) return !access.ses;
      // The colleague routes: their declared Cognito actions, on the console's user pool only (test/infra/users-permissions.test.ts).
      if (actions.every((a) => a.startsWith('cognito-idp:')))
        return !(
          same(actions, sorted((access.cognito ?? []).map((a) => `cognito-idp:${a}`))) &&
          same(s.Resource, { 'Fn::GetAtt': [logicalIdOf(built.stack.auth.userPool), 'Arn'] })
        );
      // Notes verbales: exactly the declared object actions on the prefix, ListBucket on it for GetObject, and their KMS use.
      if (actions.every((a) => a.startsWith('s3:') || a.startsWith('kms:'))) return !documentsGrantExplained(s, actions, access.s3 ?? []);
      // A stream worker reads the table's stream and sends what it gives up on to its own dead-letter queue.
      if (trigger === 'outbox-stream' && same(s.Resource, streamArn))
        return !actions.every((a) =>
          ['dynamodb:ListStreams', 'dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator'].includes(a),
        );
      if (trigger === 'outbox-stream' && same(actions, ['sqs:GetQueueAttributes', 'sqs:GetQueueUrl', 'sqs:SendMessage'])) return false;
      return true;
    });
  };

  const documentsGrantExplained = (s: Statement, actions: string[], declared: readonly string[]): boolean => {
    const { documents } = built.stack;
    const bucketArn = built.stack.resolve(documents.bucket.bucketArn);
    const bucketLevel = ['ListBucket', 'ListBucketVersions'];
    if (same(s.Resource, built.stack.resolve(documents.objectsArn)))
      return declared.length > 0 && same(actions, sorted(declared.filter((a) => !bucketLevel.includes(a)).map((a) => `s3:${a}`)));
    // Listing: the declared List* actions, and ListBucket for GetObject; on the bucket, for the prefix only.
    const listing = sorted([
      ...new Set([...declared.filter((a) => bucketLevel.includes(a)), ...(declared.includes('GetObject') ? ['ListBucket'] : [])]),
    ]);
    if (actions.every((a) => bucketLevel.map((b) => `s3:${b}`).includes(a)))
      return (
        listing.length > 0 &&
        same(
          actions,
          listing.map((a) => `s3:${a}`),
        ) &&
        same(s.Resource, bucketArn) &&
        same(s.Condition, { StringLike: { 's3:prefix': ['notes-verbales/*'] } })
      );
    const kms = sorted([
      ...(declared.includes('PutObject') ? ['kms:GenerateDataKey'] : []),
      ...(declared.includes('GetObject') ? ['kms:Decrypt'] : []),
    ]);
    return (
      kms.length > 0 &&
      same(actions, kms) &&
      same(s.Resource, built.stack.resolve(documents.key.keyArn)) &&
      same(s.Condition, { StringEquals: { 'kms:ViaService': `s3.${TEST_CONTEXT.region}.amazonaws.com` } })
    );
  };

  it.each(routeHandlers.map((r) => [r.handler, r] as const))(
    'route function %s has its declared actions and nothing else',
    (handler, route: Route) => {
      const fn = routeFunction(handler);
      expect(unexplained(fn, route.access)).toEqual([]);
      expect(sorted(tableActions(fn))).toEqual(sorted((route.access.dynamodb ?? []).map((a) => `dynamodb:${a}`)));
    },
  );

  it.each(allWorkers.map((w) => [w.name, w] as const))('worker %s has its declared actions and nothing else', (name, worker: Worker) => {
    const fn = workerFunction(name);
    expect(unexplained(fn, worker.access, worker.trigger)).toEqual([]);
    expect(sorted(tableActions(fn))).toEqual(sorted((worker.access.dynamodb ?? []).map((a) => `dynamodb:${a}`)));
  });

  it('routes that share a handler declare the same access (they share one function and one role)', () => {
    for (const route of routes)
      expect(route.access, `${route.method} ${route.path}`).toEqual(routeHandlers.find((r) => r.handler === route.handler)!.access);
  });

  it('the public register function cannot Scan, delete or batch-write; its only DeleteItem is on its own idempotency records', () => {
    const fn = routeFunction('registration/register');
    const actions = statementsOf(fn).flatMap(actionsOf);
    expect(actions).not.toContain('dynamodb:Scan');
    expect(actions).not.toContain('dynamodb:BatchWriteItem');
    expect(tableActions(fn)).not.toContain('dynamodb:DeleteItem');
    const deleting = statementsOf(fn).filter((s) => actionsOf(s).includes('dynamodb:DeleteItem'));
    expect(deleting).toHaveLength(1);
    expect(deleting[0]!.Condition).toEqual({ 'ForAllValues:StringEquals': { 'dynamodb:LeadingKeys': ['IDEMPOTENCY#register-delegate'] } });
  });

  it('no function may Scan or use a DynamoDB wildcard, and functions that only read cannot write', () => {
    const functions = [
      ...routeHandlers.map((r) => [routeFunction(r.handler), r.access] as const),
      ...allWorkers.map((w) => [workerFunction(w.name), w.access] as const),
    ];
    for (const [fn, access] of functions) {
      const actions = statementsOf(fn).flatMap(actionsOf);
      expect(actions.filter((a) => a === 'dynamodb:Scan' || a === 'dynamodb:*' || a === '*')).toEqual([]);
      const readsOnly = !(access.dynamodb ?? []).some((a) => WRITES.includes(`dynamodb:${a}`)) && !access.idempotency;
      if (readsOnly) expect(actions.filter((a) => WRITES.includes(a))).toEqual([]);
    }
  });

  it.each(routes.map((r) => [r.handler, r] as const))('%s is granted the idempotency operation its spec runs, if any', (_handler, route: Route) => {
    // The handler runs its Idempotency-Key records under its spec's operation (test/unit/route-specs.test.ts: the
    // handler is made from that spec); the grant must name the same one, or the records would be outside it.
    expect(route.access.idempotency).toBe(route.spec?.idempotent?.operation);
  });

  it('only functions that derive manage or delegation links, or key public rate limits with it, may read the manage-link key', () => {
    const secretRef = { Ref: logicalIdOf(built.stack.manageLinkKey.secret) };
    const readers = [
      ...routeHandlers
        .filter((r) => statementsOf(routeFunction(r.handler)).some((s) => same(s.Resource, secretRef)))
        .map((r) => `${r.handler}: ${r.access.manageLinkKey?.join(', ')}`),
      ...allWorkers
        .filter((w) => statementsOf(workerFunction(w.name)).some((s) => same(s.Resource, secretRef)))
        .map((w) => `${w.name}: ${w.access.manageLinkKey?.join(', ')}`),
    ];
    expect(readers.sort()).toEqual([
      // The focal point's dossier writes (upload offer, completion, submission) key the per-client limit of public POSTs.
      'delegations/complete-note-verbale: rate-limit-hmac',
      // Derives a focal point's delegation token to store its hash (the mailer derives it again for the email).
      'delegations/invite-focal-point: derives-manage-links',
      // Derives the nominee's manage token to store its hash, and keys the per-client limit on nominations.
      'delegations/nominate: derives-manage-links, rate-limit-hmac',
      'delegations/offer-note-verbale-upload: rate-limit-hmac',
      'delegations/submit-delegation: rate-limit-hmac',
      'fixture-send-outbox-email: derives-manage-links',
      'outbox-mailer: derives-manage-links',
      // Derives an accredited journalist's manage token to store its hash (the mailer derives it again for the email).
      'press/decide-accreditation: derives-manage-links',
      'press/submit-inquiry: rate-limit-hmac',
      'registration/cancel-own-registration: rate-limit-hmac',
      // The delegate's own erasure is a public POST: it keys the per-client limit.
      'registration/erase-own-registration: rate-limit-hmac',
      'registration/register: derives-manage-links, rate-limit-hmac',
    ]);
  });

  it('only the functions that make badges may read the badge-signing secret', () => {
    const secretRef = { Ref: logicalIdOf(built.stack.badgeSigningKey.secret) };
    const readers = routeHandlers
      .filter((r) => statementsOf(routeFunction(r.handler)).some((s) => same(s.Resource, secretRef)))
      .map((r) => r.handler);
    const workerReaders = allWorkers.filter((w) => statementsOf(workerFunction(w.name)).some((s) => same(s.Resource, secretRef)));
    expect(readers.sort()).toEqual(['venue/admin-badge', 'venue/admin-badges', 'venue/get-own-badge']);
    expect(workerReaders).toEqual([]);
  });

  it('the check-in functions verify badges with the published public key: they can read no secret and are told of none', () => {
    const secretRefs = [built.stack.badgeSigningKey.secret, built.stack.manageLinkKey.secret].map((secret) => ({ Ref: logicalIdOf(secret) }));
    const venueRoutes = routeHandlers.filter((r) => r.handler.startsWith('venue/check-in'));
    expect(venueRoutes.map((r) => r.handler).sort()).toEqual(['venue/check-in', 'venue/check-in-roster']);
    for (const route of venueRoutes) {
      const fn = routeFunction(route.handler);
      expect(route.access.badgeSigningKey).toBeUndefined();
      expect(statementsOf(fn).filter((s) => secretRefs.some((ref) => JSON.stringify(s.Resource).includes(JSON.stringify(ref))))).toEqual([]);
      expect(
        statementsOf(fn)
          .flatMap(actionsOf)
          .filter((a) => a.startsWith('secretsmanager:')),
      ).toEqual([]);
      const variables = (
        built.template.findResources('AWS::Lambda::Function')[logicalIdOf(fn)] as {
          Properties: { Environment: { Variables: Record<string, unknown> } };
        }
      ).Properties.Environment.Variables;
      expect(variables).not.toHaveProperty('BADGE_SIGNING_SECRET_ARN');
      expect(variables).not.toHaveProperty('MANAGE_LINK_KEY_SECRET_ARN');
    }
  });

  it('the mailer may send only from the configured identity, through the configuration set', () => {
    const statements = statementsOf(workerFunction(fixtureWorkers.mailer.name));
    const sending = statements.filter((s) => actionsOf(s).some((a) => a.startsWith('ses:')));
    expect(sending).toHaveLength(1);
    const [send] = sending;
    expect(actionsOf(send!)).toEqual(['ses:SendEmail']);
    const { email } = built.stack;
    expect(send!.Resource).toEqual([built.stack.resolve(email.identity.emailIdentityArn), built.stack.resolve(email.sender.configurationSetArn)]);
    expect(send!.Condition).toEqual({ StringEquals: { 'ses:FromAddress': `no-reply@${TEST_CONTEXT.sesIdentity}` } });
  });

  it('each function is told only what its grants let it use', () => {
    const envOf = (fn: IFunction) =>
      (
        built.template.findResources('AWS::Lambda::Function')[logicalIdOf(fn)] as {
          Properties: { Environment: { Variables: Record<string, unknown> } };
        }
      ).Properties.Environment.Variables;
    expect(envOf(workerFunction(fixtureWorkers.mailer.name))).toMatchObject({
      SES_FROM: `no-reply@${TEST_CONTEXT.sesIdentity}`,
      SES_CONFIGURATION_SET: built.stack.resolve(built.stack.email.configurationSet.configurationSetName),
      TABLE_NAME: built.stack.resolve(built.stack.data.table.tableName),
      MANAGE_LINK_KEY_SECRET_ARN: built.stack.resolve(built.stack.manageLinkKey.secret.secretArn),
    });
    expect(envOf(routeFunction(fixtureWriteRoute.handler))).not.toHaveProperty('SES_FROM');
    expect(envOf(routeFunction('registration/admin-get-registration'))).not.toHaveProperty('MANAGE_LINK_KEY_SECRET_ARN');
    expect(envOf(routeFunction('platform/health'))).not.toHaveProperty('TABLE_NAME');
  });
});
