/**
 * `http(spec, run)` for an idempotent route whose use case keeps its answer in its own transaction (the registration:
 * shared/adapters/receipts.ts says why). `run` gets `receipted(work)`: `work` is given the request's receipt (none
 * without an Idempotency-Key): its slot, for the commit, and `earlier()`, which the use case runs before any write and
 * which throws the earlier answer of a replayed request. A replay, found before the work or after a race, answers with
 * that earlier answer and `Idempotent-Replayed: true`, as the Powertools routes do (functions/idempotent-http.ts).
 */
import { DomainError, IdempotencyKeyInFlight } from '../shared/domain/errors.ts';
import { AnsweredBefore, type ReceiptSlot } from '../shared/domain/registration/ports.ts';
import { receiptsOf, Replay, type Receipts } from '../shared/adapters/receipts.ts';
import { makeHttp, type HttpHandler, type HttpRequest, type HttpResult, type HttpSpec, type SuccessBody } from '../shared/http/http-handler.ts';
import { idempotencyKeyOf } from '../shared/http/idempotency-key.ts';
import type { RouteSpec } from '../shared/http/route-spec.ts';

export interface Receipt {
  slot: ReceiptSlot;
  /** Resolves when the request was not answered before; throws the earlier answer (or a 422 for another body). */
  earlier: () => Promise<void>;
}

export type Receipted = <T>(work: (receipt: Receipt | undefined) => Promise<T>) => Promise<T>;

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
    const earlier = async () => {
      const answer = await receipts.find(slot);
      if (answer) throw new Replay(answer);
    };
    try {
      return await work({ slot, earlier });
    } catch (error) {
      if (error instanceof Replay) {
        replayed = true;
        return error.answer as never;
      }
      if (error instanceof AnsweredBefore || error instanceof DomainError) {
        // Racing runs of one request: the winner committed its answer in the transaction that refused ours, which
        // may name only the first failed condition (the email claim, a 409), not the receipt's: look for it.
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
