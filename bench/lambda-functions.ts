/** Every Lambda function Plenary deploys: one per handler module of the route table and the worker table. */
import { readFileSync } from 'node:fs';
import { routeFacts, routeFactsDefine } from '../functions/route-facts.ts';
import { routes } from '../functions/routes.ts';
import { workers } from '../functions/workers.ts';

export interface LambdaFunction {
  /** Module under functions/, e.g. `events/get-event`. */
  handler: string;
  /** What calls it: the routes (`GET /api/events/{eventId}`) or the worker's trigger. */
  triggers: string[];
}

export const lambdaFunctions = (): LambdaFunction[] => {
  const byHandler = new Map<string, LambdaFunction>();
  const add = (handler: string, trigger: string) => {
    const fn = byHandler.get(handler) ?? { handler, triggers: [] };
    fn.triggers.push(trigger);
    byHandler.set(handler, fn);
  };
  for (const route of routes) add(route.handler, `${route.method} ${route.path}`);
  for (const worker of workers) add(worker.handler, `${worker.trigger}: ${worker.name}`);
  return [...byHandler.values()];
};

/** What infra's `define` bakes into every bundle (infra/functions/plenary-function.ts), for this repository's version. */
export const bakedRouteFacts = (): Record<string, string> => {
  const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return routeFactsDefine(routeFacts(routes, version));
};
