/**
 * The catch-all behind `ANY /api/{proxy+}`: a request no route takes gets a problem answer, 404 for an unknown
 * path and 405 with `Allow` for a known path with another method — the same in AWS (where API Gateway would
 * otherwise answer a bare 404 for both) and locally.
 */
import { NotFound } from '../../shared/domain/errors.ts';
import { MethodNotAllowed } from '../../shared/http/http-errors.ts';
import { http } from '../../shared/http/http-handler.ts';
import { routeMatcher } from '../../shared/http/route-matcher.ts';
import { routes } from '../routes.ts';
import { spec } from './no-route.route.ts';

const match = routeMatcher(routes.filter((route) => route.method !== 'ANY'));

export const handler = http(spec, async ({ event }) => {
  const found = match(event.requestContext.http.method, event.rawPath);
  if (found.kind === 'wrong-method') throw new MethodNotAllowed(found.allowed);
  throw new NotFound('No such route.');
});
