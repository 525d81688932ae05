/**
 * Many decisions in one request. Why a bulk endpoint rather than the console calling the single decision route
 * once per row: this is what back offices built for batches do (Google's and Microsoft Graph's `$batch`, Salesforce's
 * composite API): one request, one Idempotency-Key for the whole selection, per-row results in one answer. The
 * server bounds the concurrency (so rows seldom collide on the counters' conditional writes), a retry after a lost
 * answer replays the same per-row results instead of reporting rows as already decided, and closing the tab midway
 * cannot leave half a selection unsent. Each row is still the single decision's use case, with its own transaction
 * and its own email.
 */
import { EventParams } from '../../shared/domain/params.ts';
import { BulkDecisionBody, BulkDecisionResultsSchema, MAX_BULK_DECISIONS } from '../../shared/domain/registration/bulk-decisions.ts';
import { IDEMPOTENCY_NOTE } from '../../shared/http/idempotency-key.ts';
import { defineRoute, type RouteDocs } from '../../shared/http/route-spec.ts';
import { problemAnswer } from '../../shared/http/schemas.ts';

export const docs = () =>
  ({
    responses: {
      200: { description: 'One outcome per id, in the order sent', schema: BulkDecisionResultsSchema },
      409: problemAnswer('idempotency-key-in-flight'),
    },
    openapi: {
      operationId: 'decideRegistrations',
      summary: 'Approve or decline many registrations in one action',
      description:
        `\`ids\`: 1 to ${MAX_BULK_DECISIONS} registrations, each once. Each is decided as by \`decideRegistration\` (its own ` +
        'transaction and its own email); the answer gives each `approved`, `declined` or `refused` with the problem that ' +
        'a single decision would have answered (e.g. `/problems/invalid-transition` for one already declined). ' +
        'A refused row changes nothing; the others go ahead.' +
        IDEMPOTENCY_NOTE,
      tags: ['secretariat'],
    },
  }) satisfies RouteDocs;

export const spec = defineRoute<ReturnType<typeof docs>>()({
  method: 'POST',
  path: '/api/admin/events/{eventId}/registrations/decisions',
  auth: ['secretariat'],
  access: { dynamodb: ['GetItem', 'UpdateItem', 'Query', 'PutItem', 'DeleteItem', 'ConditionCheckItem'] },
  idempotent: { operation: 'decide-registrations', scope: 'event' },
  request: { params: EventParams, body: BulkDecisionBody },
});
