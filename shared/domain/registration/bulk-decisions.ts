/**
 * Approving or declining many registrations in one request. Each row is the single decision's own use case
 * (change-status.ts): its own transaction, its own history entry and its own email; a row that cannot be decided
 * (declined already, unknown id, busy) is reported as refused with its problem, and the others go ahead.
 */
import * as z from 'zod/mini';
import { DomainError, NotFound } from '../errors.ts';
import type { EventStore } from '../event-use-cases.ts';
import { Ulid } from '../primitives.ts';
import { decisionFields, reasonRequiredToDecline } from './decision-fields.ts';
import type { StatusChange } from './change-status.ts';
import type { Actor, Registration } from './registration.ts';

/** At most this many per request: a morning's worth of answers, and still a few seconds of work for one function. */
export const MAX_BULK_DECISIONS = 100;
/** Rows decided at once: enough to finish 100 in a few seconds, few enough that they seldom collide on the counters. */
const CONCURRENCY = 4;

export type BulkDecisionBody = { ids: string[]; decision: 'approve'; reason?: string } | { ids: string[]; decision: 'decline'; reason: string };

/** As DecisionBody (requests.ts): one object with rules across its fields, so every bad field is named. */
export const BulkDecisionBody = z
  .pipe(
    z
      .strictObject({
        ids: z.array(Ulid).check(
          z.minLength(1, 'At least one id'),
          z.maxLength(MAX_BULK_DECISIONS, `At most ${MAX_BULK_DECISIONS} ids`),
          z.refine((ids) => new Set(ids).size === ids.length, 'Each id once'),
        ),
        ...decisionFields,
      })
      .check(reasonRequiredToDecline()),
    z.transform((body): BulkDecisionBody =>
      body.decision === 'approve'
        ? { ids: body.ids, decision: 'approve', ...(body.reason ? { reason: body.reason } : {}) }
        : { ids: body.ids, decision: 'decline', reason: body.reason ?? '' },
    ),
  )
  .register(z.globalRegistry, { id: 'RegistrationDecisions' });

export interface RowProblem {
  type: string;
  title: string;
  status: number;
  detail?: string;
}

export type RowOutcome = { id: string; outcome: 'approved' | 'declined' } | { id: string; outcome: 'refused'; problem: RowProblem };

const problemOf = (error: unknown): RowProblem =>
  error instanceof DomainError
    ? { type: error.type, title: error.title, status: error.status, detail: error.message }
    : // Unknown errors say nothing about internals, as a whole answer would not.
      { type: '/problems/internal', title: 'Internal error', status: 500 };

/** Runs `work` on every item, at most `limit` at a time, keeping the items' order in the answer. */
const inBatches = async <T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> => {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
};

export const makeBulkDecide =
  ({
    events,
    changeStatus,
  }: {
    events: Pick<EventStore, 'get'>;
    changeStatus: (eventId: string, id: string, change: StatusChange) => Promise<Registration>;
  }) =>
  async (eventId: string, body: BulkDecisionBody, actor: Actor): Promise<{ results: RowOutcome[] }> => {
    if (!(await events.get(eventId))) throw new NotFound('No such event.');
    const change: StatusChange =
      body.decision === 'approve'
        ? { action: 'approve', actor, ...(body.reason ? { reason: body.reason } : {}) }
        : { action: 'decline', actor, reason: body.reason };
    const results = await inBatches(body.ids, CONCURRENCY, async (id): Promise<RowOutcome> => {
      try {
        await changeStatus(eventId, id, change);
        return { id, outcome: body.decision === 'approve' ? 'approved' : 'declined' };
      } catch (error) {
        return { id, outcome: 'refused', problem: problemOf(error) };
      }
    });
    return { results };
  };

/* The answer's schema, for the OpenAPI document. */
export const BulkDecisionResultsSchema = /* @__PURE__ */ z
  .object({
    results: z.array(
      z.object({
        id: z.string(),
        outcome: z.enum(['approved', 'declined', 'refused']),
        problem: z.optional(
          z.object({ type: z.string(), title: z.string(), status: z.int(), detail: z.optional(z.string()) }).register(z.globalRegistry, {
            description: 'Why this row was refused (RFC 9457 fields), present only when `outcome` is `refused`',
          }),
        ),
      }),
    ),
  })
  .register(z.globalRegistry, { id: 'RegistrationDecisionResults' });
