import * as z from 'zod/mini';
import { EventConfigBody } from '../../shared/domain/event-config.ts';
import { EventParams } from '../../shared/domain/params.ts';
import { defineRoute, type RouteDocs } from '../../shared/http/route-spec.ts';
import { StoredEventSchema } from '../../shared/http/event-schemas.ts';
import { LimitBelowUseProblemSchema } from '../../shared/http/limit-below-use-schema.ts';
import { problemAnswer } from '../../shared/http/schemas.ts';

/**
 * `If-Match` on an edit: the `updatedAt` (or ETag) of the version the edit was made on (read by `ifMatchOf`);
 * `If-None-Match: *` on a creation: only if the id is free (read by `createOnlyOf`).
 */
const ConditionalHeaders = z.object({ 'If-Match': z.optional(z.string()), 'If-None-Match': z.optional(z.literal('*')) });

export const docs = () =>
  ({
    responses: {
      200: { description: 'Replaced', schema: StoredEventSchema },
      201: { description: 'Created', schema: StoredEventSchema },
      409: {
        description: 'limit-below-use: capacity, a quota or a removed delegation below the seats already held, with the numbers',
        contentType: 'application/problem+json',
        schema: LimitBelowUseProblemSchema,
      },
      412: problemAnswer(
        'edit-conflict: `If-Match` names a version that is no longer the stored one (load the event again), or `If-None-Match: *` and the id is taken',
      ),
      503: problemAnswer('busy: retry after Retry-After'),
    },
    openapi: {
      operationId: 'putEvent',
      summary: "Create or replace an event's configuration",
      description:
        'Validated as strictly as a registration: unknown fields refused, every bad field named, cross-field rules checked ' +
        '(dates in order, default language among the languages, distinct delegation codes of the right kind, contacts that exist). ' +
        "A limit below the seats already held (capacity, a kind's or a delegation's quota, or removing a delegation that holds " +
        'seats) is refused with 409 limit-below-use naming each limit, its new value and the seats in use; raising limits promotes ' +
        'waitlisted delegates who now fit, oldest first (each one is emailed). With `If-Match: <updatedAt>` (from GET, or its ETag) the save lands only ' +
        'over that version: an edit made on a stale copy gets 412 edit-conflict and changes nothing. With `If-None-Match: *` the PUT only ' +
        'creates: if an event with this id exists (even one created a moment ago by a colleague) it answers 412 edit-conflict and ' +
        'changes nothing, so two officers creating the same id cannot overwrite each other.',
      tags: ['secretariat'],
    },
  }) satisfies RouteDocs;

export const spec = defineRoute<ReturnType<typeof docs>>()({
  method: 'PUT',
  path: '/api/admin/events/{eventId}',
  auth: ['secretariat'],
  access: { dynamodb: ['GetItem', 'PutItem', 'UpdateItem', 'Query', 'DeleteItem', 'ConditionCheckItem'] },
  request: { params: EventParams, body: EventConfigBody, headers: ConditionalHeaders },
});
