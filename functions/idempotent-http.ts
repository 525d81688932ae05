/**
 * `http(spec, run)` for the routes whose spec is `idempotent`: the same stack, and `run` gets `idempotent(work)`,
 * which runs `work` once per Idempotency-Key, the runs kept by Powertools in the table
 * (shared/adapters/idempotency.ts). A module of its own so that only these handlers bundle Powertools idempotency.
 */
import { idempotentOperation, type Idempotent } from '../shared/adapters/idempotency.ts';
import { makeHttp, type HttpHandler, type HttpRequest, type HttpResult, type HttpSpec, type SuccessBody } from '../shared/http/http-handler.ts';
import { idempotencyKeyOf } from '../shared/http/idempotency-key.ts';
import type { RouteSpec } from '../shared/http/route-spec.ts';

const operations = new Map<string, Idempotent<unknown>>();

export const http: <const S extends HttpSpec & { idempotent: NonNullable<RouteSpec['idempotent']> }>(
  spec: S,
  run: (request: HttpRequest<S>) => Promise<HttpResult<SuccessBody<S>>>,
) => HttpHandler = makeHttp((spec, { headers, params, body, context }) => {
  const { operation, scope } = spec.idempotent!;
  let once = operations.get(operation);
  if (!once) operations.set(operation, (once = idempotentOperation<unknown>(operation)));
  // A route about no event (scope `route`) has no params at all.
  const { eventId, id, code } = (params ?? {}) as { eventId: string; id?: string; code?: string };
  let ran = false;
  let replayed = false;
  const idempotent = async <T>(work: () => Promise<T>): Promise<T> => {
    ran = true;
    // The key is read only now: a check the handler makes first (the manage token) answers before a bad key (400).
    const key = idempotencyKeyOf(headers);
    const keyScope = scope === 'route' ? operation : scope === 'event' ? eventId : scope === 'delegation' ? `${eventId}/${code}` : `${eventId}/${id}`;
    const outcome = await once({ key, scope: keyScope, payload: body ?? {}, context }, work);
    replayed ||= outcome.replayed;
    return outcome.value as T;
  };
  return {
    extras: { idempotent },
    finish: (result) => {
      // An answer without the idempotent run would make retries unsafe: a bug, so a 500.
      if (!ran) throw new Error('no idempotent run');
      return replayed ? { ...result, headers: { ...result.headers, 'Idempotent-Replayed': 'true' } } : result;
    },
  };
});
