/**
 * `http(spec, run)` for the routes whose spec is `idempotent`: the same stack, with the Idempotency-Key runs kept
 * by Powertools in the table (shared/adapters/idempotency.ts). A separate module so that only these handlers
 * bundle Powertools idempotency.
 */
import { idempotentOperation } from '../shared/adapters/idempotency.ts';
import { makeHttp, type HttpHandler, type HttpRequest, type HttpResult, type HttpSpec, type SuccessBody } from '../shared/http/http-handler.ts';
import { idempotencyKeyOf } from '../shared/http/idempotency-key.ts';
import type { RouteSpec } from '../shared/http/route-spec.ts';

export const http: <const S extends HttpSpec & { idempotent: NonNullable<RouteSpec['idempotent']> }>(
  spec: S,
  run: (request: HttpRequest<S>) => Promise<HttpResult<SuccessBody<S>>>,
) => HttpHandler = makeHttp((operation) => {
  const once = idempotentOperation<unknown>(operation);
  // A bad Idempotency-Key is a 400 naming `headers.idempotency-key`, answered when the handler reaches its idempotent run.
  return ({ headers, ...rest }, run) => once({ key: idempotencyKeyOf(headers), ...rest }, run);
});
