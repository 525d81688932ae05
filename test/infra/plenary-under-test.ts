/**
 * Builds the Plenary stack in-process for the infra tests: the real route and worker tables plus a few
 * fixture entries (so wiring is tested before every capability has written its workers), bundling skipped.
 */
import * as path from 'node:path';
import { App, Stack, Validations, type CfnElement } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { routes } from '../../functions/routes.ts';
import { workers } from '../../functions/workers.ts';
import { readConfig } from '../../infra/config.ts';
import { PlenaryStack, type PlenaryStackProps } from '../../infra/plenary-stack.ts';
import type { Worker } from '../../functions/workers.ts';
import type { Route } from '../../shared/http/route-spec.ts';

const FIXTURE_HANDLER = '../test/infra/fixtures/fixture-handler';
export const FIXTURE_SITE = path.join(import.meta.dirname, 'fixtures', 'site');

export const TEST_CONTEXT = {
  account: '123456789012',
  region: 'eu-west-1',
  sesIdentity: 'conference.example.org',
  adminEmails: 'secretariat@example.org',
};

/** A secretariat route that writes, so least-privilege writes can be checked before such routes exist. */
export const fixtureWriteRoute: Route = {
  method: 'POST',
  path: '/api/admin/fixture/{id}',
  handler: FIXTURE_HANDLER,
  auth: ['secretariat'],
  capability: 'registration',
  access: { dynamodb: ['GetItem', 'PutItem', 'Query'], idempotency: 'fixture-write' },
  openapi: { operationId: 'fixtureWrite', summary: 'fixture', tags: ['fixture'], responses: { 200: { description: 'ok' } } },
};

/** A delegations route that uploads and reads notes verbales, so the documents grants are checked before such routes exist. */
export const fixtureDocumentsRoute: Route = {
  method: 'POST',
  path: '/api/fixture/note-verbale/{id}',
  handler: '../test/infra/fixtures/fixture-documents-handler',
  auth: 'public',
  capability: 'delegations',
  access: { s3: ['PutObject', 'GetObject'] },
  openapi: { operationId: 'fixtureNoteVerbale', summary: 'fixture', tags: ['fixture'], responses: { 204: { description: 'ok' } } },
};

export const fixtureWorkers = {
  mailer: {
    name: 'fixture-send-outbox-email',
    handler: FIXTURE_HANDLER,
    capability: 'notifications',
    trigger: 'outbox-stream',
    access: { dynamodb: ['UpdateItem', 'GetItem'], ses: true, manageLinkKey: ['derives-manage-links'] },
    filterPattern: { eventName: ['INSERT'], dynamodb: { NewImage: { SK: { S: ['OUTBOX'] } } } },
  },
  reminder: {
    name: 'fixture-remind-unanswered',
    handler: FIXTURE_HANDLER,
    capability: 'press',
    trigger: 'schedule',
    schedule: 'rate(5 minutes)',
    access: { dynamodb: ['Query', 'GetItem', 'PutItem'] },
  },
  feedback: {
    name: 'fixture-record-ses-feedback',
    handler: FIXTURE_HANDLER,
    capability: 'notifications',
    trigger: 'ses-notifications',
    access: { dynamodb: ['PutItem'] },
  },
} satisfies Record<string, Worker>;

export interface BuildOptions extends Partial<Pick<PlenaryStackProps, 'routes' | 'workers' | 'siteDir'>> {
  bundling?: boolean;
  nag?: boolean;
  context?: Record<string, unknown>;
  outdir?: string;
}

export const buildPlenary = (options: BuildOptions = {}) => {
  const app = new App({
    context: { ...TEST_CONTEXT, ...(options.bundling ? {} : { 'aws:cdk:bundling-stacks': [] }), ...options.context },
    // CDK's built-in CloudFormation schema check costs ~20 s here; `cdk synth` still runs it.
    builtinCloudFormationValidation: false,
    outdir: options.outdir,
  });
  const stack = new PlenaryStack(app, 'Plenary', {
    config: readConfig(app.node, {}),
    routes: options.routes ?? [...routes, fixtureWriteRoute, fixtureDocumentsRoute],
    workers: options.workers ?? [...workers, ...Object.values(fixtureWorkers)],
    siteDir: options.siteDir ?? FIXTURE_SITE,
  });
  if (options.nag) Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { app, stack };
};

/** The default test stack, synthesized once per test file. */
export const synthPlenary = () => {
  const { app, stack } = buildPlenary();
  return { app, stack, template: Template.fromStack(stack) };
};

/** The logical id CloudFormation knows a construct (or its default resource) by. */
export const logicalIdOf = (construct: IConstruct): string => {
  const element = (construct.node.defaultChild ?? construct) as CfnElement;
  return Stack.of(element).getLogicalId(element);
};
