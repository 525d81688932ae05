/**
 * What every capability construct does: for each of its routes a function behind the HTTP API, and for each
 * of its workers a function wired to its trigger. A capability with extra resources adds them in its subclass.
 */
import { Duration } from 'aws-cdk-lib';
import type { IHttpRouteAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { Construct } from 'constructs';
import type { Worker } from '../../functions/workers.ts';
import type { Capability } from '../../shared/function-access.ts';
import type { Route } from '../../shared/http/route-spec.ts';
import type { Api } from '../api.ts';
import { plenaryFunction, type FunctionDeps } from './plenary-function.ts';
import { connectTrigger, type TriggerTargets } from './worker-triggers.ts';

export interface CapabilityProps {
  routes: readonly Route[];
  workers: readonly Worker[];
  api: Api;
  authorizer: IHttpRouteAuthorizer;
  functionDeps: FunctionDeps;
  triggers: TriggerTargets;
  /** What CloudFront's origin header carries; every route function refuses requests without it (shared/http/origin.ts). */
  originVerify: string;
}

/** Workers send mail and walk batches: more time than a route, which API Gateway cuts at 30 s anyway. */
const WORKER_TIMEOUT = Duration.minutes(1);

/** `registration/admin-summary` -> `AdminSummary`: a readable construct id that stays stable. */
export const constructIdFor = (handler: string) =>
  (handler.split('/').pop() ?? handler).replace(/(^|[-_.])(\w)/g, (_, _sep: string, c: string) => c.toUpperCase());

export class CapabilityFunctions extends Construct {
  /** Route functions by handler module; routes that share a handler share the function. */
  readonly routeFunctions = new Map<string, NodejsFunction>();
  /** Worker functions by worker name. */
  readonly workerFunctions = new Map<string, NodejsFunction>();

  constructor(scope: Construct, id: string, capability: Capability, props: CapabilityProps) {
    super(scope, id);
    for (const route of props.routes.filter((r) => r.capability === capability)) {
      let fn = this.routeFunctions.get(route.handler);
      if (!fn) {
        fn = plenaryFunction(this, constructIdFor(route.handler), route, props.functionDeps);
        fn.addEnvironment('ORIGIN_VERIFY', props.originVerify);
        this.routeFunctions.set(route.handler, fn);
      }
      props.api.addRoute(route, fn, props.authorizer);
    }
    for (const worker of props.workers.filter((w) => w.capability === capability)) {
      const id = constructIdFor(worker.name);
      const fn = plenaryFunction(this, id, { ...worker, timeout: WORKER_TIMEOUT }, props.functionDeps);
      this.workerFunctions.set(worker.name, fn);
      connectTrigger(this, id, worker, fn, props.triggers);
    }
  }
}
