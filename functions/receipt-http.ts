/**
 * `http(spec, run)` for an idempotent route whose use case keeps its answer in its own transaction (the registration:
 * shared/adapters/receipts.ts says why). `run` gets `receipted(work)`: `work` is given the request's receipt slot (none
 * without an Idempotency-Key), for its commit. A repeated request is found by that commit, refused because the slot
 * holds an answer (or by another of its conditions first, such as the email claim, or by a refusal before it): only
 * then is the slot read, and its answer given with `Idempotent-Replayed: true`, as the Powertools routes do
 * (functions/idempotent-http.ts). The common path never reads the slot.
 */
import { DomainError, IdempotencyKeyInFlight } from '../shared/domain/errors.ts';
import { AnsweredBefore, type ReceiptSlot } from '../shared/domain/registration/ports.ts';
import { receiptsOf, type Receipts } from '../shared/adapters/receipts.ts';
import { makeHttp, type HttpHandler, type HttpRequest, type HttpResult, type HttpSpec, type SuccessBody } from '../shared/http/http-handler.ts';
import { idempotencyKeyOf } from '../shared/http/idempotency-key.ts';
import type { RouteSpec } from '../shared/http/route-spec.ts';

export type Receipted = <T>(work: (slot: ReceiptSlot | undefined) => Promise<T>) => Promise<T>;

const receiptsByOperation = new Map<string, Receipts>();

const base = makeHttp((spec, { headers, params, body }) => {
  const { operation, scope } = spec.idempotent!;
  let receipts = receiptsByOperation.get(operation);
  if (!receipts) receiptsByOperation.set(operation, (receipts = receiptsOf(operation)));
  const { eventId, id, code } = (params ?? {}) as { eventId: string; id?: string; code?: string };
  let ran = false;
  let replayed = false;

  const receipted: Receipted = async (work) => {
    ran = true;
    const key = idempotencyKeyOf(headers);
    if (key === undefined) return work(undefined);
    const keyScope = scope === 'route' ? operation : scope === 'event' ? eventId : scope === 'delegation' ? `${eventId}/${code}` : `${eventId}/${id}`;
    const slot = receipts.slotOf({ key, scope: keyScope, payload: body ?? {} });
    try {
      return await work(slot);
    } catch (error) {
      if (error instanceof AnsweredBefore || error instanceof DomainError) {
        // A repeat of a request already answered, or the loser of two racing copies: the answer is in the slot. A
        // cancelled transaction may name only its first failed condition (the email claim, a 409), and a repeat
        // can be refused before its commit (a 429, an event since closed): every refusal looks.
        const answer = await receipts.find(slot);
        // A slot held without an answer (a Powertools lock left from before the registration kept its own record):
        // someone else's run holds the key, as Powertools would say.
        if (!answer) throw error instanceof AnsweredBefore ? new IdempotencyKeyInFlight() : error;
        replayed = true;
        return answer as never;
      }
      throw error;
    }
  };
  return {
    extras: { receipted },
    finish: (result) => {
      // An answer without the receipted run would make retries unsafe: a bug, so a 500.
      if (!ran) throw new Error('no receipted run');
      return replayed ? { ...result, headers: { ...result.headers, 'Idempotent-Replayed': 'true' } } : result;
    },
  };
});

export const http = <const S extends HttpSpec & { idempotent: NonNullable<RouteSpec['idempotent']> }>(
  spec: S,
  run: (request: Omit<HttpRequest<S>, 'idempotent'> & { receipted: Receipted }) => Promise<HttpResult<SuccessBody<S>>>,
): HttpHandler =>
  // The extension gives `receipted` in place of `idempotent`; HttpRequest cannot say so, hence the cast.
  base(spec, run as unknown as (request: HttpRequest<S>) => Promise<HttpResult<SuccessBody<S>>>);
