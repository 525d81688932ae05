import { AccreditationBody } from '../../shared/domain/press/accreditation.ts';
import { EventItemParams } from '../../shared/domain/params.ts';
import { InquirySchema } from '../../shared/domain/press/inquiry-view.ts';
import { IDEMPOTENCY_NOTE } from '../../shared/http/idempotency-key.ts';
import { defineRoute, type RouteDocs } from '../../shared/http/route-spec.ts';
import { problemAnswer } from '../../shared/http/schemas.ts';

export const docs = () =>
  ({
    responses: {
      200: {
        description: 'The inquiry, decided: `accreditation` says who decided, when, the outcome and the registration made',
        schema: InquirySchema,
      },
      404: problemAnswer('No such event or inquiry'),
      409: problemAnswer(
        'not-an-accreditation-request (topic is not accreditation), already-decided, media-capacity-reached, already-registered (the journalist’s email holds a registration), or idempotency-key-in-flight',
      ),
      503: problemAnswer('busy: retry after Retry-After'),
    },
    openapi: {
      operationId: 'decideMediaAccreditation',
      summary: 'Accredit or decline the journalist behind an accreditation inquiry',
      description:
        'Only for an inquiry of topic `accreditation`, and only once. `accredit` makes the journalist a confirmed participant ' +
        '(delegation `PRESS`, role `press`, category press): their name (first word given name, the rest family name, unless `name` says ' +
        'otherwise), email, phone, the outlet as institution, the inquiry’s language; outside every delegation quota and the capacity, ' +
        'within `registration.mediaCapacity` when set (409 media-capacity-reached, nothing written). Their email is claimed: the same ' +
        'address can be accredited once and cannot also register as a delegate (409 already-registered). The registration, the ' +
        'journalist’s email (in their language, with the check-in code, the calendar invitation and their manage link) and the inquiry’s ' +
        'decision are one transaction. `decline` needs a `reason`, which the journalist is told by email. Either way the inquiry becomes ' +
        '`answered` and keeps the decision.' +
        IDEMPOTENCY_NOTE,
      tags: ['press'],
    },
  }) satisfies RouteDocs;

export const spec = defineRoute<ReturnType<typeof docs>>()({
  method: 'POST',
  path: '/api/admin/events/{eventId}/inquiries/{id}/accreditation',
  auth: ['press', 'secretariat'],
  access: { dynamodb: ['GetItem', 'UpdateItem', 'PutItem', 'ConditionCheckItem'], manageLinkKey: ['derives-manage-links'] },
  idempotent: { operation: 'decide-media-accreditation', scope: 'item' },
  request: { params: EventItemParams, body: AccreditationBody },
});
