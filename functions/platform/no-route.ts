/**
 * The catch-all behind `ANY /api/{proxy+}`: a request no route takes gets a problem answer, 404 for an unknown
 * path and 405 with `Allow` for a known path with another method — the same in AWS (where API Gateway would
 * otherwise answer a bare 404 for both) and locally.
 */
import { NotFound } from '../../shared/domain/errors.ts';
import { MethodNotAllowed } from '../../shared/http/http-errors.ts';
import { http } from '../../shared/http/http-handler.ts';
import { routeMatcher } from '../../shared/http/route-matcher.ts';
import type { HttpMethod } from '../../shared/http/route-spec.ts';
import { spec } from './no-route.route.ts';

/** Each path's methods, baked into this bundle from the route table (locally: set by the platform); see functions/route-facts.ts. */
const bakedMatcher = () => {
  const baked = process.env.PLENARY_ROUTE_METHODS;
  if (!baked) throw new Error('PLENARY_ROUTE_METHODS is not set: infra bakes it in, the local platform sets it');
  const methodsByPath = JSON.parse(baked) as Record<string, HttpMethod[]>;
  return routeMatcher(Object.entries(methodsByPath).flatMap(([path, methods]) => methods.map((method) => ({ method, path }))));
};

let match: ReturnType<typeof bakedMatcher> | undefined;

export const handler = http(spec, async ({ event }) => {
  match ??= bakedMatcher();
  const found = match(event.requestContext.http.method, event.rawPath);
  if (found.kind === 'wrong-method') throw new MethodNotAllowed(found.allowed);
  throw new NotFound('No such route.');
});
