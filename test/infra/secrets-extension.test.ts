/**
 * The Parameters and Secrets extension (infra/functions/secrets-extension.ts) is on exactly the functions that read a
 * secret, with the environment the adapter reads (shared/adapters/secrets-extension.ts); the others carry neither.
 */
import { RegionInfo } from 'aws-cdk-lib/region-info';
import { beforeAll, describe, expect, it } from 'vitest';
import { routes } from '../../functions/routes.ts';
import { workers, type Worker } from '../../functions/workers.ts';
import type { FunctionAccess } from '../../shared/function-access.ts';
import type { Route } from '../../shared/http/route-spec.ts';
import { fixtureDocumentsRoute, fixtureWorkers, fixtureWriteRoute, logicalIdOf, synthPlenary, TEST_CONTEXT } from './plenary-under-test.ts';

interface FunctionProperties {
  Layers?: unknown[];
  Environment: { Variables: Record<string, unknown> };
}

const EXTENSION_ARN = RegionInfo.get(TEST_CONTEXT.region).paramsAndSecretsLambdaLayerArn('1.0.103', 'arm64');
const readsSecret = (access: FunctionAccess) => Boolean(access.manageLinkKey?.length || access.badgeSigningKey);

describe('the Parameters and Secrets extension', () => {
  let built: ReturnType<typeof synthPlenary>;
  let functions: { name: string; access: FunctionAccess; properties: FunctionProperties }[];

  beforeAll(() => {
    built = synthPlenary();
    const resources = built.template.findResources('AWS::Lambda::Function');
    const propertiesOf = (fn: object) => (resources[logicalIdOf(fn as never)] as { Properties: FunctionProperties }).Properties;
    const routeFns: Route[] = [...new Map([...routes, fixtureWriteRoute, fixtureDocumentsRoute].map((r) => [r.handler, r])).values()];
    const workerFns: Worker[] = [...workers, ...Object.values(fixtureWorkers)];
    const capabilities = Object.values(built.stack.capabilities);
    functions = [
      ...routeFns.map((r) => ({
        name: r.handler,
        access: r.access,
        properties: propertiesOf(capabilities.map((c) => c.routeFunctions.get(r.handler)).find(Boolean)!),
      })),
      ...workerFns.map((w) => ({
        name: w.name,
        access: w.access,
        properties: propertiesOf(capabilities.map((c) => c.workerFunctions.get(w.name)).find(Boolean)!),
      })),
    ];
  });

  it('is a known version for the region and architecture (arm64)', () => {
    expect(EXTENSION_ARN).toMatch(/^arn:aws:lambda:eu-west-1:\d+:layer:AWS-Parameters-and-Secrets-Lambda-Extension-Arm64:\d+$/);
  });

  it('is a layer of every function that reads the manage-link key or the badge-signing secret, with its port and cache settings', () => {
    const readers = functions.filter((f) => readsSecret(f.access));
    expect(readers.map((f) => f.name)).toEqual(expect.arrayContaining(['registration/register', 'outbox-mailer', 'venue/admin-badges']));
    for (const { name, properties } of readers) {
      expect(properties.Layers, name).toEqual([EXTENSION_ARN]);
      expect(properties.Environment.Variables, name).toMatchObject({
        PARAMETERS_SECRETS_EXTENSION_HTTP_PORT: '2773',
        PARAMETERS_SECRETS_EXTENSION_CACHE_ENABLED: 'true',
        PARAMETERS_SECRETS_EXTENSION_LOG_LEVEL: 'warn',
        SECRETS_MANAGER_TIMEOUT_MILLIS: '2000',
      });
      const secretVariables = Object.keys(properties.Environment.Variables).filter((v) => v.endsWith('_SECRET_ARN'));
      expect(secretVariables.length, name).toBeGreaterThan(0);
    }
  });

  it('is on no other function, and they are told nothing about it', () => {
    const others = functions.filter((f) => !readsSecret(f.access));
    expect(others.map((f) => f.name)).toEqual(expect.arrayContaining(['events/get-event', 'registration/admin-get-registration', 'venue/check-in']));
    for (const { name, properties } of others) {
      expect(properties.Layers, name).toBeUndefined();
      const extensionVariables = Object.keys(properties.Environment.Variables).filter(
        (v) =>
          v.startsWith('PARAMETERS_SECRETS_') ||
          v.startsWith('SECRETS_MANAGER_') ||
          v.startsWith('SSM_PARAMETER_STORE_') ||
          v.endsWith('_SECRET_ARN'),
      );
      expect(extensionVariables, name).toEqual([]);
    }
  });
});
