import { EventParams } from '../../shared/domain/params.ts';
import { CheckInBody } from '../../shared/domain/venue/check-in.ts';
import { CheckInBadRequestSchema } from '../../shared/domain/venue/problems.ts';
import { CheckInAnswerSchema } from '../../shared/domain/venue/roster-entry.ts';
import { IDEMPOTENCY_NOTE } from '../../shared/http/idempotency-key.ts';
import { defineRoute, type RouteDocs } from '../../shared/http/route-spec.ts';
import { problemAnswer } from '../../shared/http/schemas.ts';

export const docs = () =>
  ({
    responses: {
      200: {
        description: 'Checked in: this scan was the first (`firstScan`), or the participant had already checked in',
        schema: CheckInAnswerSchema,
      },
      400: {
        description: 'validation-failed naming each bad field, or invalid-badge with its `reason` (malformed, other_event, bad_signature)',
        contentType: 'application/problem+json',
        schema: CheckInBadRequestSchema,
      },
      409: problemAnswer(
        'not-confirmed: a real badge whose registration is not confirmed (cancelled, declined, unknown); or idempotency-key-in-flight',
      ),
      503: problemAnswer('busy: retry after Retry-After'),
    },
    openapi: {
      operationId: 'checkIn',
      summary: "Check a participant in at the door, by their badge's code or (a damaged badge) by registration id",
      description:
        'Give `code` (the scanned check-in code) or `registrationId` (found by search; recorded as manual), with the ' +
        "device's `scanId` (a ULID), `scannedAt` and `device` (1-60 characters). The first check-in of a registration " +
        'wins and counts once, under any concurrency (one transaction with the checked-in counters); a later scan ' +
        "answers `firstScan: false` with the first one's time and device; the same `scanId` again answers as its first " +
        'time did. Send the scanId as the Idempotency-Key.' +
        IDEMPOTENCY_NOTE,
      tags: ['venue'],
    },
  }) satisfies RouteDocs;

export const spec = defineRoute<ReturnType<typeof docs>>()({
  method: 'POST',
  path: '/api/admin/events/{eventId}/check-ins',
  auth: ['secretariat', 'checkin'],
  access: { dynamodb: ['GetItem', 'PutItem', 'UpdateItem'] },
  idempotent: { operation: 'check-in', scope: 'event' },
  request: { params: EventParams, body: CheckInBody },
});
